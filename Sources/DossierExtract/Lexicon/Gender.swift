/// The grammatical gender a pronoun ("she", "his") needs of the person it points back to.
public enum Gender: String, Hashable, Sendable {
    case female, male
}

/// A given name and the gender it usually marks (`@given-names`): "Aigerim" is a woman, "Nodir" a man.
public struct GivenNameEntry: Hashable, Sendable {
    public var name: String
    public var gender: Gender
}
