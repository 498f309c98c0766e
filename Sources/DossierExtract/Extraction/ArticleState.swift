import DossierModel

/// What extraction remembers while reading one article: short names of people met so far and the
/// people and group last mentioned (for pronouns).
struct ArticleState {
    let id: ArticleID
    /// The last date the article stated or counted, which "two days later" counts from; its year is the one "that
    /// September" means.
    var lastDate: PartialDate?
    /// Surnames (and other single-word forms) of people discovered in this article → actor.
    var surnames: [String: EntityKey] = [:]
    /// Middle words of people's names ("Tchiroma" of "Issa Tchiroma Bakary"), which stand for them only where no
    /// surname does, nor a lexicon's short form ("Déby" is Mahamat Déby even after "Idriss Déby Itno").
    var innerNames: [String: EntityKey] = [:]
    /// The people mentioned most recently, the latest last, each once: "she" may skip a man mentioned after her.
    private(set) var recentPeople: [Mentioned] = []
    /// Genders the text itself gives ("Ms Bekova", "Mr Rashidov"), which outrank any guess from the name.
    var statedGenders: [EntityKey: Gender] = [:]
    var lastGroup: Mentioned?
    /// The person the last sentence was about, named as its subject, whom a "he" or "she" opening the next one means
    /// before anyone named later in it ("Singh … with his counterpart, Andrei Belousov. There he insisted …").
    var subjectPerson: EntityKey?
    /// The person last mentioned with each normalised role, for "the prime minister" later on.
    var peopleByRole: [String: EntityKey] = [:]
    /// The same by the role's last word, for "the minister" after "External Affairs Minister Jaishankar"; used only
    /// when no one holds exactly that role.
    var peopleByRoleHead: [String: EntityKey] = [:]
    /// Acronyms this article defines ("Caspian Pipeline Consortium (CPC)"), which outrank the lexicon's reading.
    var definedAcronyms: [String: EntityRef] = [:]
    /// The state mentioned last, for "its foreign ministry" and "the foreign ministry" with no state named.
    var lastState: EntityKey?
    /// How often each state has been named so far, in the order first named: the article's own state is the one it
    /// names most, the first named of those that tie. A list, as a dictionary's order, and so the tie, would change
    /// from run to run.
    private(set) var stateMentions: [(state: EntityKey, count: Int)] = []
    var mainState: EntityKey? {
        var best: (state: EntityKey, count: Int)?
        for entry in stateMentions where entry.count > best?.count ?? 0 { best = entry }
        return best?.state
    }

    /// The person met earlier in the article whom a short name means.
    func person(calledBy name: String) -> EntityKey? { surnames[name] ?? innerNames[name] }

    mutating func remember(state: EntityKey) {
        lastState = state
        if let index = stateMentions.firstIndex(where: { $0.state == state }) {
            stateMentions[index].count += 1
        } else {
            stateMentions.append((state, 1))
        }
    }
    /// The names found in the last few sentences, latest last, kept as found: "the two governments" are the states
    /// they name, looked for only when a sentence counts its parties.
    private(set) var recentSentences: [[FoundEntity]] = []
    /// Organisations, companies and named groups mentioned most recently, the latest last, for "the ministry said" after
    /// "the Tajik Foreign Ministry" or "the group denied" after "the Arakan Army"; names are looked at only when such a
    /// phrase needs them.
    private(set) var recentOrganisations: [EntityKey] = []
    /// The speaker of the most recent claim in the current paragraph, for quotes that run on.
    var lastSpeaker: Mentioned?
    /// Whether the article has spoken of sanctions, after which "the 17th package" is a sanctions package.
    var speaksOfSanctions = false
    /// An outlet's arm in a state, by the lexicon's entry for the outlet: "Sputnik" after "Sputnik Azerbaijan" is the arm.
    var outletArms: [Int: EntityKey] = [:]
    /// Each body's summit named last, which a bare "the SCO summit" later means.
    var lastSummits: [EntityRef: EntityKey] = [:]
    var paragraph = -1
    /// How often each region is named and how often only its adjective is used ("Western", "Central Asian").
    var regionUses: [EntityKey: (named: Int, adjectives: Int)] = [:]
    /// Whether the lexicon lets each state met so far pass unnamed (`adjectives=`, `names=`), looked up once a state.
    var passingStates: [EntityKey: Bool] = [:]
    /// The shorter names frameworks named in full may go by later ("Vision 2040" after "Turkic World Vision 2040"); nil
    /// where two frameworks end the same way.
    private(set) var frameworkTails: [String: EntityKey?] = [:]
    private(set) var frameworksWithTails: Set<EntityKey> = []

    struct Mentioned {
        var id: EntityKey
        var text: String
    }

    /// Pronouns reach back only a few people; further back, an antecedent is named again in real prose.
    private static let rememberedPeople = 4

    var lastPerson: Mentioned? { recentPeople.last }

    /// Learns the tails of a framework's name (see `EntityRegistry.tails(ofFramework:)`) the first time this article names it.
    mutating func remember(tails: [String], of key: EntityKey) {
        guard !tails.isEmpty, frameworksWithTails.insert(key).inserted else { return }
        for tail in tails {
            if let other = frameworkTails[tail], other != key { frameworkTails[tail] = .some(nil) } else { frameworkTails[tail] = key }
        }
    }

    /// The framework this article named in full whose name ends in `name`, when only one does.
    func framework(withTail name: String) -> EntityKey? {
        frameworkTails[name] ?? nil
    }

    mutating func remember(organisation: EntityKey) {
        if recentOrganisations.last == organisation { return }
        recentOrganisations.removeAll { $0 == organisation }
        recentOrganisations.append(organisation)
        if recentOrganisations.count > 8 { recentOrganisations.removeFirst() }
    }

    mutating func remember(sentence entities: [FoundEntity]) {
        recentSentences.append(entities)
        if recentSentences.count > 3 { recentSentences.removeFirst() }
    }

    /// "the prime minister", and "the minister" by the role's last word, mean this person next.
    mutating func remember(role: String, for person: EntityKey) {
        peopleByRole[role] = person
        // The role's last word, found in its bytes: this runs for every person mentioned, and walking Characters was a
        // twentieth of extraction.
        if let space = role.utf8.lastIndex(of: UInt8(ascii: " ")) {
            peopleByRoleHead[String(role[role.utf8.index(after: space)...])] = person
        }
    }

    mutating func remember(person: Mentioned) {
        recentPeople.removeAll { $0.id == person.id }
        recentPeople.append(person)
        if recentPeople.count > Self.rememberedPeople { recentPeople.removeFirst() }
    }

    /// The latest person a pronoun of `gender` can mean: the last sentence's subject if the gender fits, else one of
    /// that gender or of unknown gender, else the latest.
    func person(answering gender: Gender?, _ genderOf: (EntityKey) -> Gender?) -> Mentioned? {
        if let subject = subjectPerson, let mentioned = recentPeople.last(where: { $0.id == subject }),
           gender == nil || (statedGenders[subject] ?? genderOf(subject)).map({ $0 == gender }) ?? true {
            return mentioned
        }
        guard let gender else { return lastPerson }
        return recentPeople.last { (statedGenders[$0.id] ?? genderOf($0.id)).map { $0 == gender } ?? true } ?? lastPerson
    }
}
