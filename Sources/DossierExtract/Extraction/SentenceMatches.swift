import DossierModel

/// What the lexicon recognises in one sentence: entity names, role nouns and reporting verbs.
/// Each token belongs to at most one entity; longer matches win (see Docs/extraction.md).
struct SentenceMatches {
    var entities: [FoundEntity] = []
    var roles: [RoleMatch] = []
    var verbs: [VerbMatch] = []
    /// Theatres the lexicon knows, set aside as places until every longer name has been found (see `ActorEntry.isTheatre`).
    var theatres: [(range: Range<Int>, actor: Int)] = []
    /// For every token, what covers it: one list of three indices rather than three lists, since this is
    /// made for every sentence and each list was an allocation.
    var owners: [TokenOwners]

    init(count: Int) {
        // Sentences name two or three entities on average: growing the list from empty reallocated it at
        // almost every name.
        entities.reserveCapacity(4)
        owners = Array(repeating: TokenOwners(), count: count)
    }

    func isFree(_ index: Int) -> Bool { owners[index].entity == -1 && owners[index].role < 0 }

    /// Marks words that a lexicon entry claims without making them an entity (places).
    mutating func block(_ range: Range<Int>) {
        for token in range { owners[token].entity = -2 }
    }

    mutating func add(_ entity: FoundEntity) {
        let index = entities.count
        entities.append(entity)
        for token in entity.range { owners[token].entity = index }
    }

    /// Gives an entity's tokens back when a longer name found later takes them in: "Romanian" in
    /// "Romanian Diplomatic Institute".
    mutating func remove(_ entity: FoundEntity) {
        guard let first = entity.range.first, owners[first].entity >= 0 else { return }
        let index = owners[first].entity
        entities.remove(at: index)
        for token in owners.indices where owners[token].entity > index { owners[token].entity -= 1 }
        for token in entity.range { owners[token].entity = -1 }
    }

    mutating func add(_ role: RoleMatch) {
        let index = roles.count
        roles.append(role)
        for token in role.range { owners[token].role = index }
    }

    mutating func add(_ verb: VerbMatch) {
        let index = verbs.count
        verbs.append(verb)
        for token in verb.range { owners[token].verb = index }
    }

    /// The entity whose last token is `index`.
    /// Where the place of an "X-based" whose "based" is at `index` starts: a known place's first word ("New
    /// Delhi-based"), else the word before the hyphen ("Mumbai-based").
    func placeBasedStart(endingAt index: Int, _ sentence: SentenceTokens) -> Int? {
        guard sentence.isPlaceBased(endingAt: index) else { return nil }
        if let place = entity(endingAt: index - 2) { return place.range.lowerBound }
        // A capital before "-based" is kept as a place, all its words: "New Delhi-based".
        var start = index - 2
        while start > 0, owners[start].entity == -2, owners[start - 1].entity == -2 { start -= 1 }
        return start
    }

    func entity(endingAt index: Int) -> FoundEntity? {
        guard index >= 0, index < owners.count, owners[index].entity >= 0 else { return nil }
        let entity = entities[owners[index].entity]
        return entity.range.upperBound == index + 1 ? entity : nil
    }

    func entity(startingAt index: Int) -> FoundEntity? {
        guard index >= 0, index < owners.count, owners[index].entity >= 0 else { return nil }
        let entity = entities[owners[index].entity]
        return entity.range.lowerBound == index ? entity : nil
    }

    func role(endingAt index: Int) -> RoleMatch? {
        guard index >= 0, index < owners.count, owners[index].role >= 0 else { return nil }
        let role = roles[owners[index].role]
        return role.range.upperBound == index + 1 ? role : nil
    }

    func role(startingAt index: Int) -> RoleMatch? {
        guard index >= 0, index < owners.count, owners[index].role >= 0 else { return nil }
        let role = roles[owners[index].role]
        return role.range.lowerBound == index ? role : nil
    }

    /// "Kazakhstan, Kyrgyzstan and Uzbekistan back …": a subject's actor `last`, ending before `verb`, and the actors
    /// listed before it.
    func actorsListed(endingBefore verb: Int, last: EntityKey, _ sentence: SentenceTokens, _ words: RuleWords) -> [EntityKey] {
        var actors = [last]
        guard var index = entities.first(where: { $0.ref.actorID == last && $0.range.upperBound <= verb })?.range.lowerBound
        else { return actors }
        // "Gazprom and the Uzbek government": an article may stand between the list's joint and its next name, and
        // "Japarov and Tajik President Emomali Rahmon": so may the demonym of a titled name.
        index = beforeModifiers(index, sentence, words)
        while index >= 2, sentence.ids[index - 1] == words.comma || sentence.ids[index - 1] == words.and,
              let entity = entity(endingAt: beforeBracketedAcronym(index - 2, sentence, words)), let actor = entity.ref.actorID {
            actors.insert(actor, at: 0)
            index = beforeModifiers(entity.range.lowerBound, sentence, words)
        }
        return actors
    }

    /// "the European Union (EU) and Kazakhstan": a name's acronym in brackets, ending at `last`, is passed over.
    private func beforeBracketedAcronym(_ last: Int, _ sentence: SentenceTokens, _ words: RuleWords) -> Int {
        last >= 3 && sentence.ids[last] == words.closeParen && sentence.ids[last - 2] == words.openParen ? last - 3 : last
    }

    private func beforeModifiers(_ start: Int, _ sentence: SentenceTokens, _ words: RuleWords) -> Int {
        var index = start
        if index >= 1, let demonym = entity(endingAt: index - 1), demonym.rule == "demonym" { index = demonym.range.lowerBound }
        if index >= 1, words.the.contains(sentence.ids[index - 1]) { index -= 1 }
        return index
    }
}

/// The matches that cover one token of a sentence.
struct TokenOwners {
    /// The index into `SentenceMatches.entities` of the entity that covers the token, -1 when none does,
    /// and -2 when a place blocks it (see `SentenceMatches.block`).
    var entity = -1
    /// The index into `SentenceMatches.roles` of the role noun that covers the token, or -1.
    var role = -1
    /// The index into `SentenceMatches.verbs` of the reporting verb that starts or continues there, or -1.
    var verb = -1
}
