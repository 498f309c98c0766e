/// An attributed statement: a source asserts something, through a quote or reported speech.
/// The author's own assertions are not claims.
public struct Claim: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        /// Words inside quotation marks.
        case direct
        /// Reported speech or belief with no quotation.
        case indirect
        /// Reported speech that also quotes some words.
        case mixed
    }

    public var id: String
    public var location: Location
    /// The speaker; nil when the text gives none that Dossier can find (never silently the author).
    public var speaker: EntityID?
    /// The speaker as the text writes it ("He", "Kazakhstani analyst Dosym Satpayev").
    public var speakerText: String?
    /// The words that mark the attribution ("explained", "according to", "For").
    public var cue: String
    public var kind: Kind
    /// The whole sentence (or sentences, for a quote that runs on) carrying the claim.
    public var text: String
    /// The quoted words, without the quotation marks.
    public var quote: String?
    public var actors: [EntityID]
    public var frameworks: [EntityID]
    /// The extraction rule that fired (`quote-said`, `according-to`, `for-x`…).
    public var rule: String

    public init(
        id: String, location: Location, speaker: EntityID?, speakerText: String?, cue: String, kind: Kind,
        text: String, quote: String?, actors: [EntityID], frameworks: [EntityID], rule: String
    ) {
        self.id = id
        self.location = location
        self.speaker = speaker
        self.speakerText = speakerText
        self.cue = cue
        self.kind = kind
        self.text = text
        self.quote = quote
        self.actors = actors
        self.frameworks = frameworks
        self.rule = rule
    }
}
