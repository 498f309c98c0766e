import DossierModel

/// What the lexicon recognises in one sentence: entity names, role nouns and reporting verbs.
/// Each token belongs to at most one entity; longer matches win (see Docs/extraction.md).
struct SentenceMatches {
    var entities: [FoundEntity] = []
    var roles: [RoleMatch] = []
    var verbs: [VerbMatch] = []
    /// For every token, the index into `entities` that covers it, or -1.
    var entityAt: [Int]
    /// For every token, the index into `roles` that covers it, or -1.
    var roleAt: [Int]
    /// For every token, the index into `verbs` that starts or continues there, or -1.
    var verbAt: [Int]

    init(count: Int) {
        // Sentences name two or three entities on average: growing the list from empty reallocated it at
        // almost every name.
        entities.reserveCapacity(4)
        entityAt = Array(repeating: -1, count: count)
        roleAt = Array(repeating: -1, count: count)
        verbAt = Array(repeating: -1, count: count)
    }

    func isFree(_ index: Int) -> Bool { entityAt[index] == -1 && roleAt[index] < 0 }

    /// Marks words that a lexicon entry claims without making them an entity (places).
    mutating func block(_ range: Range<Int>) {
        for token in range { entityAt[token] = -2 }
    }

    mutating func add(_ entity: FoundEntity) {
        let index = entities.count
        entities.append(entity)
        for token in entity.range { entityAt[token] = index }
    }

    /// Gives an entity's tokens back when a longer name found later takes them in: "Romanian" in
    /// "Romanian Diplomatic Institute".
    mutating func remove(_ entity: FoundEntity) {
        guard let first = entity.range.first, entityAt[first] >= 0 else { return }
        let index = entityAt[first]
        entities.remove(at: index)
        for token in entityAt.indices where entityAt[token] > index { entityAt[token] -= 1 }
        for token in entity.range { entityAt[token] = -1 }
    }

    mutating func add(_ role: RoleMatch) {
        let index = roles.count
        roles.append(role)
        for token in role.range { roleAt[token] = index }
    }

    mutating func add(_ verb: VerbMatch) {
        let index = verbs.count
        verbs.append(verb)
        for token in verb.range { verbAt[token] = index }
    }

    /// The entity whose last token is `index`.
    func entity(endingAt index: Int) -> FoundEntity? {
        guard index >= 0, index < entityAt.count, entityAt[index] >= 0 else { return nil }
        let entity = entities[entityAt[index]]
        return entity.range.upperBound == index + 1 ? entity : nil
    }

    func entity(startingAt index: Int) -> FoundEntity? {
        guard index >= 0, index < entityAt.count, entityAt[index] >= 0 else { return nil }
        let entity = entities[entityAt[index]]
        return entity.range.lowerBound == index ? entity : nil
    }

    func role(endingAt index: Int) -> RoleMatch? {
        guard index >= 0, index < roleAt.count, roleAt[index] >= 0 else { return nil }
        let role = roles[roleAt[index]]
        return role.range.upperBound == index + 1 ? role : nil
    }

    func role(startingAt index: Int) -> RoleMatch? {
        guard index >= 0, index < roleAt.count, roleAt[index] >= 0 else { return nil }
        let role = roles[roleAt[index]]
        return role.range.lowerBound == index ? role : nil
    }

    /// "Kazakhstan, Kyrgyzstan and Uzbekistan back …": a subject's actor `last`, ending before `verb`, and the actors
    /// listed before it.
    func actorsListed(endingBefore verb: Int, last: EntityID, _ sentence: SentenceTokens, _ words: RuleWords) -> [EntityID] {
        var actors = [last]
        guard var index = entities.first(where: { $0.ref.actorID == last && $0.range.upperBound <= verb })?.range.lowerBound
        else { return actors }
        // "Gazprom and the Uzbek government": an article may stand between the list's joint and its next name, and
        // "Japarov and Tajik President Emomali Rahmon": so may the demonym of a titled name.
        index = beforeModifiers(index, sentence, words)
        while index >= 2, sentence.ids[index - 1] == words.comma || sentence.ids[index - 1] == words.and,
              let entity = entity(endingAt: index - 2), let actor = entity.ref.actorID {
            actors.insert(actor, at: 0)
            index = beforeModifiers(entity.range.lowerBound, sentence, words)
        }
        return actors
    }

    private func beforeModifiers(_ start: Int, _ sentence: SentenceTokens, _ words: RuleWords) -> Int {
        var index = start
        if index >= 1, let demonym = entity(endingAt: index - 1), demonym.rule == "demonym" { index = demonym.range.lowerBound }
        if index >= 1, words.the.contains(sentence.ids[index - 1]) { index -= 1 }
        return index
    }
}
