import DossierModel

/// An actor or a framework, by id.
enum EntityRef: Hashable {
    case actor(EntityID)
    case framework(EntityID)

    var actorID: EntityID? { if case .actor(let id) = self { id } else { nil } }
    var frameworkID: EntityID? { if case .framework(let id) = self { id } else { nil } }
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
