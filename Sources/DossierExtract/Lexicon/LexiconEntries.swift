import DossierModel

/// An actor as a lexicon describes it (`@entities actor`).
public struct ActorEntry: Hashable, Sendable {
    public var name: String
    public var kind: Actor.Kind
    public var aliases: [String] = []
    public var acronyms: [String] = []
    public var demonyms: [String] = []
    public var capitals: [String] = []
    public var metonyms: [String] = []
    public var affiliation: String?
    public var role: String?
    public var titles: [String] = []
    public var shortForms: [String] = []
    /// `gender=`: for people whose given name does not show it ("Mao Ning"), so "she" can find them.
    public var gender: Gender?
    /// `kind=place`: a geographic name (a river, a mountain range) that is recognised but is not an actor; `kind=theatre`
    /// too, until it stands on its own.
    public var isPlace = false
    /// `kind=theatre`: a sea, strait or valley that analyses treat as a theatre (the South China Sea, the Strait of
    /// Hormuz): a place inside a longer name ("the Red Sea Council"), a region wherever it stands alone.
    public var isTheatre = false
    /// `adjectives=`: how many times an article may use only the region's adjective, never its name, and still not count
    /// the region among its actors ("Western sanctions … Western diplomats" describe more than they name the West). A
    /// region passes one by default; a state only when its entry says so ("Soviet-era" describes rather than names).
    public var passingAdjectives: Int?
    /// `names=`: how many times an article may name the entry, with no more adjectives than it may pass, and still not
    /// count it among its actors ("Eurasia" named once in passing).
    public var passingNames = 0
}

/// A framework as a lexicon describes it (`@entities framework`).
public struct FrameworkEntry: Hashable, Sendable {
    public var name: String
    public var kind: Framework.Kind
    public var acronyms: [String] = []
    public var aliases: [String] = []
    public var sponsors: [String] = []
    public var year: Int?
}

/// A role noun (`@roles`): "analyst", "spokeswoman" (normalised to "spokesperson").
public struct RoleEntry: Hashable, Sendable {
    public enum RoleClass: String, Hashable, Sendable {
        case official, expert, leader, media, military, business, `public`
    }

    public var text: String
    public var role: String
    public var plurals: [String] = []
    public var isTitle = false
    public var roleClass: RoleClass?
}

/// A verb that reports speech, belief, writing, support or opposition (`@verbs`).
public struct VerbEntry: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case speech, belief, writing, support, opposition
    }

    public var lemma: String
    public var forms: [String]
    public var kind: Kind
    public var requiresObject = false
    /// The verb's object, described in lower case, is a framework: "signed a two-year supply agreement".
    public var objectIsFramework = false
}

/// Everything read from one or more lexicon files.
public struct LexiconEntries: Sendable {
    public var actors: [ActorEntry] = []
    public var frameworks: [FrameworkEntry] = []
    public var roles: [RoleEntry] = []
    public var verbs: [VerbEntry] = []
    public var givenNames: [GivenNameEntry] = []

    public init() {}

    /// Adds `other`'s entries; an entry with the same name as an existing one replaces it.
    public mutating func merge(_ other: LexiconEntries) {
        Self.merge(&actors, other.actors) { $0.name }
        Self.merge(&frameworks, other.frameworks) { $0.name }
        Self.merge(&roles, other.roles) { $0.text }
        Self.merge(&verbs, other.verbs) { $0.lemma }
        Self.merge(&givenNames, other.givenNames) { $0.name }
    }

    /// The key is a closure rather than a key path: reading through a key path cost as much as the merge's hashing.
    private static func merge<Entry>(_ existing: inout [Entry], _ added: [Entry], key: (Entry) -> String) {
        // Each file holds one kind of entry; indexing the others' entries for nothing made start-up grow with every file.
        guard !added.isEmpty else { return }
        var positions: [String: Int] = [:]
        for (index, entry) in existing.enumerated() { positions[key(entry)] = index }
        for entry in added {
            if let index = positions[key(entry)] {
                existing[index] = entry
            } else {
                positions[key(entry)] = existing.count
                existing.append(entry)
            }
        }
    }
}
