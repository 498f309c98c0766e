import DossierModel

/// What extraction remembers while reading one article: short names of people met so far and the
/// last person and group mentioned (for pronouns).
struct ArticleState {
    let id: ArticleID
    let year: Int?
    /// Surnames (and other single-word forms) of people discovered in this article → actor.
    var surnames: [String: EntityID] = [:]
    var lastPerson: Mentioned?
    var lastGroup: Mentioned?
    /// The person last mentioned with each normalised role, for "the prime minister" later on.
    var peopleByRole: [String: EntityID] = [:]
    /// The same by the role's last word, for "the minister" after "External Affairs Minister Jaishankar"; used only
    /// when no one holds exactly that role.
    var peopleByRoleHead: [String: EntityID] = [:]
    /// The speaker of the most recent claim in the current paragraph, for quotes that run on.
    var lastSpeaker: Mentioned?
    var paragraph = -1

    struct Mentioned {
        var id: EntityID
        var text: String
    }
}
