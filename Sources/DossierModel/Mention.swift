/// One occurrence of an actor or framework in the text, with the words as written and the rule
/// that recognised them (`lexicon`, `acronym`, `demonym`, `capital`, `pronoun`, `role-descriptor`…).
public struct Mention: Hashable, Sendable {
    public var location: Location
    public var text: String
    public var rule: String

    public init(location: Location, text: String, rule: String) {
        self.location = location
        self.text = text
        self.rule = rule
    }
}

/// Identifies an actor or framework across the corpus: a slug of the canonical name ("china", "xi-jinping").
public typealias EntityID = String
