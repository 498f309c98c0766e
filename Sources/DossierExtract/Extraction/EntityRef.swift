import DossierModel

/// An actor or a framework, by its place in the registry.
enum EntityRef: Hashable {
    case actor(EntityKey)
    case framework(EntityKey)

    var actorID: EntityKey? { if case .actor(let id) = self { id } else { nil } }
    var frameworkID: EntityKey? { if case .framework(let id) = self { id } else { nil } }
}

/// An actor or a framework by its place in the registry's list of that kind. Extraction compares, hashes and copies
/// these on every mention, which string ids had made about a twentieth of loading; the model's id is
/// `EntityRegistry.id(ofActor:)` or `id(ofFramework:)`.
struct EntityKey: Hashable, Sendable {
    let index: Int32

    init(_ index: Int) { self.index = Int32(index) }
}

/// An entity recognised in a sentence: which tokens, what it is, and the rule that recognised it.
struct FoundEntity {
    var range: Range<Int>
    var ref: EntityRef
    var rule: String
}

struct RoleMatch {
    var range: Range<Int>
    var entry: Int
    var isPlural: Bool
}

struct VerbMatch {
    var range: Range<Int>
    var entry: Int
}
