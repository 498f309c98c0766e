/// A real-world entity that acts or speaks: one per entity across the whole corpus.
public struct Actor: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        case state, person, organization, region, bloc, group, company, media, city
    }

    public var id: EntityID
    public var name: String
    public var kind: Kind
    /// Other names the text or the lexicon uses for this actor (acronyms, demonyms, capitals, short forms).
    public var aliases: [String]
    /// The state or organisation a person, group or organisation belongs to.
    public var affiliation: EntityID?
    /// The role as the text states it ("Kremlin spokeswoman" → "spokeswoman").
    public var role: String?
    /// The role the lexicon knows, normalised ("spokesperson").
    public var lexiconRole: String?
    public var mentions: [Mention]

    public init(
        id: EntityID, name: String, kind: Kind, aliases: [String] = [], affiliation: EntityID? = nil,
        role: String? = nil, lexiconRole: String? = nil, mentions: [Mention] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.affiliation = affiliation
        self.role = role
        self.lexiconRole = lexiconRole
        self.mentions = mentions
    }
}
