/// An initiative, integration organisation, agreement, pipeline, corridor, summit format or named concept.
public struct Framework: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        case initiative, organization, agreement, pipeline, corridor, summit, concept, institution
    }

    public var id: EntityID
    public var name: String
    public var acronym: String?
    public var aliases: [String]
    public var kind: Kind
    /// Actors that the text says proposed, launched, back or lead the framework.
    public var sponsors: [EntityID]
    /// Every stance the text reports, supportive or not, with its sentence.
    public var stances: [Stance]
    public var year: Int?
    public var mentions: [Mention]

    public init(
        id: EntityID, name: String, acronym: String? = nil, aliases: [String] = [], kind: Kind,
        sponsors: [EntityID] = [], stances: [Stance] = [], year: Int? = nil, mentions: [Mention] = []
    ) {
        self.id = id
        self.name = name
        self.acronym = acronym
        self.aliases = aliases
        self.kind = kind
        self.sponsors = sponsors
        self.stances = stances
        self.year = year
        self.mentions = mentions
    }
}

/// An actor's position on a framework as the text states it: "Putin backs the Power of Siberia 2 pipeline".
public struct Stance: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        case proposed, launched, backs, resisted
    }

    public var actor: EntityID
    public var kind: Kind
    /// The verb as written ("proposed", "backs", "has resisted").
    public var verb: String
    public var location: Location

    public init(actor: EntityID, kind: Kind, verb: String, location: Location) {
        self.actor = actor
        self.kind = kind
        self.verb = verb
        self.location = location
    }

    /// Whether this stance makes the actor a sponsor of the framework.
    public var isSupport: Bool { kind != .resisted }
}
