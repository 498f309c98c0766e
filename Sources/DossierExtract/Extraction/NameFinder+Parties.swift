import DossierModel

// How a described deal is named: by the parties that sign it, the partner after "with", or the place a meeting
// was held.
extension NameFinder {
    /// The actors of the verb's subject ("Kazakhstan and Uzbekistan signed"), a person standing for the state they serve.
    func subjectParties(
        before verb: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: inout EntityRegistry,
        _ state: borrowing ArticleState
    ) -> [EntityRef] {
        let counted = countedParties(before: verb, sentence, matches, registry, state)
        if !counted.isEmpty { return counted.map(EntityRef.actor) }
        if let opening = partiesOpeningClause(before: verb, sentence, matches, registry) { return opening }
        if let named = appositiveParties(before: verb, sentence, matches, registry) { return named }
        var resolver = SpeakerResolver(lexicon: lexicon, sentence: sentence, matches: matches)
        resolver.createsGroups = false
        guard let subject = resolver.subject(before: verb, registry: &registry, state: state)?.id else { return [] }
        return matches.actorsListed(endingBefore: verb, last: subject, sentence, words).map(EntityRef.actor)
    }

    /// "Aliyev and Pashinyan met Trump at the White House and initialled a peace agreement": a verb after "and" with no
    /// subject of its own has the sentence's opening subject, past an opening phrase of time ("On 8 August, …").
    private func partiesOpeningClause(
        before verb: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> [EntityRef]? {
        var before = verb - 1
        while before > 0, sentence.isAdverb(before) { before -= 1 }
        guard before > 0, sentence.ids[before] == words.and else { return nil }
        var start = 0
        if let comma = (0..<min(before, 8)).first(where: { sentence.ids[$0] == words.comma }), !sentence.tokens[0].isNumber,
           words.phrasePrepositions.contains(sentence.ids[0]) || sentence.word(0) == "On" {
            start = comma + 1
        }
        let listed = actorList(from: start, sentence, matches, registry)
        guard listed.parties.count >= 2, listed.end < before else { return nil }
        return listed.parties
    }

    /// "The foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, initialled": names set between commas right before
    /// the verb are its subject.
    private func appositiveParties(
        before verb: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> [EntityRef]? {
        guard verb >= 4, sentence.ids[verb - 1] == words.comma else { return nil }
        // The list may hold commas of its own: the appositive opens at the first comma whose list runs to the verb.
        for comma in max(0, verb - 16)..<(verb - 1) where sentence.ids[comma] == words.comma {
            let listed = actorList(from: comma + 1, sentence, matches, registry)
            if listed.parties.count >= 2, listed.end == verb - 1 { return listed.parties }
        }
        return nil
    }

    /// "the two governments signed", "the three energy ministers signed", "both sides agreed": parties counted but not
    /// named are the states named last, in this sentence or before it.
    private func countedParties(
        before verb: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry,
        _ state: borrowing ArticleState
    ) -> [EntityKey] {
        var end = verb
        while end > 0, words.auxiliaries.contains(sentence.ids[end - 1]) || sentence.isAdverb(end - 1) { end -= 1 }
        guard end >= 2, Self.countedPartyNouns.contains(sentence.word(end - 1)) else { return [] }
        var count = end - 2
        if count >= 1, sentence.isLowercaseWord(count), partyCount(sentence.word(count)) == nil { count -= 1 }  // "energy ministers"
        guard count >= 0, let number = partyCount(sentence.word(count)) else { return [] }
        // A person counts for their state.
        var states: [EntityKey] = []
        for entity in entitiesNamedLast(before: count, matches, state) {
            guard let id = entity.ref.actorID else { continue }
            let kind = registry.kind(ofActor: id)
            let served = kind == .state ? id : kind == .person ? registry.affiliation(ofActor: id).flatMap { registry.key(ofActor: $0) } : nil
            guard let served, registry.kind(ofActor: served) == .state, !states.contains(served) else { continue }
            states.append(served)
            if states.count == number { return states.reversed() }
        }
        return []
    }

    /// The party named last before `index`, in this sentence or the ones before it, that "its" stands for: a state or
    /// an integration organisation ("The EAEU brought its free trade agreement with Iran into force"). A bloc is more
    /// often the partner than the owner ("Serbia opened talks with Brussels … Its free trade agreement with Beijing").
    func partyNamedLast(
        before index: Int, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState
    ) -> EntityRef? {
        for entity in entitiesNamedLast(before: index, matches, state) {
            switch entity.ref {
            case .actor(let id) where registry.kind(ofActor: id) == .state: return entity.ref
            case .framework(let id) where registry.kind(ofFramework: id) == .organization: return entity.ref
            default: continue
            }
        }
        return nil
    }

    /// The names found before `index` in this sentence, then those of the sentences before it, the latest first.
    private func entitiesNamedLast(
        before index: Int, _ matches: SentenceMatches, _ state: borrowing ArticleState
    ) -> some Sequence<FoundEntity> {
        let here = matches.entities.filter { $0.range.upperBound <= index }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        return ([here] + state.recentSentences.reversed()).lazy.flatMap { $0.reversed() }
    }

    /// "the two sides", "all three states", "both governments".
    private func partyCount(_ word: String) -> Int? {
        word == "both" ? 2 : NumberWords.values[word].flatMap { $0 >= 2 ? $0 : nil }
    }

    private static let countedPartyNouns: WordSet = [
        "governments", "countries", "states", "leaders", "presidents", "sides", "ministers", "capitals", "neighbours",
        "neighbors", "nations", "premiers", "parties", "delegations",
    ]

    /// A framework its parties name: "Serbia–China free trade agreement". Writers give two parties in either order, so
    /// both orders find the same framework and the other order is kept as an alias.
    func discoverFramework(
        parties: [String], joinedBy dash: String = "\u{2013}", description: String, kind: Framework.Kind, _ registry: inout EntityRegistry
    ) -> EntityKey {
        let name = parties.joined(separator: dash) + " " + description
        let id: EntityKey
        let reversed = parties.reversed().joined(separator: dash) + " " + description
        if parties.count == 2, let known = registry.key(ofFramework: Slug.make(reversed)) {
            registry.learn(name, for: .framework(known))
            id = known
        } else {
            id = registry.discoverFramework(name: name, kind: kind)
            if parties.count == 2 { registry.learn(reversed, for: .framework(id)) }
        }
        // "the US–Cambodia reciprocal trade agreement": writers shorten a state named in full to its acronym.
        let short = parties.map { lexicon.stateAcronyms[$0] ?? $0 }
        if short != parties {
            registry.learn(short.joined(separator: dash) + " " + description, for: .framework(id))
            if short.count == 2 { registry.learn(short.reversed().joined(separator: dash) + " " + description, for: .framework(id)) }
        }
        return id
    }

    /// "in Asmara", "at Camp David": where a meeting was held, a capital or a place the lexicon knows, as written.
    func venue(after index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> String? {
        guard index + 1 < sentence.count, ["in", "at"].contains(sentence.word(index)) else { return nil }
        if let capital = matches.entity(startingAt: index + 1), capital.rule == "capital" { return sentence.text(capital.range) }
        var end = index + 1
        while end < sentence.count, matches.owners[end].entity == -2 { end += 1 }
        return end > index + 1 ? sentence.text(index + 1..<end) : nil
    }

    /// "with Baku", "with the European Union", "with the EAEU": the other party, and where its name ends.
    func partner(after index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> (ref: EntityRef, end: Int)? {
        guard let start = partnerStart(after: index, sentence, matches),
              let entity = matches.entity(startingAt: start), isParty(entity.ref, registry) else { return nil }
        return (entity.ref, entity.range.upperBound)
    }

    /// "with Pakistan and Bangladesh": the partners after "with", a list of them too, and where the last name ends.
    func partners(after index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> (refs: [EntityRef], end: Int)? {
        guard let first = partner(after: index, sentence, matches, registry), let start = partnerStart(after: index, sentence, matches) else { return nil }
        let listed = actorList(from: start, sentence, matches, registry)
        return listed.parties.count > 1 ? (listed.parties, listed.end) : ([first.ref], first.end)
    }

    /// Where the partner's name starts after "with"; the lexicon may hold the article as part of it ("the European Union").
    private func partnerStart(after index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        guard index + 1 < sentence.count, sentence.word(index) == "with" else { return nil }
        return words.the.contains(sentence.ids[index + 1]) && matches.entity(startingAt: index + 1) == nil ? index + 2 : index + 1
    }

    /// An actor, or an integration organisation the lexicon keeps as a framework: "with the Eurasian Economic Union".
    func isParty(_ ref: EntityRef, _ registry: borrowing EntityRegistry) -> Bool {
        switch ref {
        case .actor: true
        case .framework(let key): registry.kind(ofFramework: key) == .organization
        }
    }

    /// How a party appears in the deal's name: a state or body by its name (or its acronym when the name is long),
    /// a person by the state they serve.
    func partyName(_ ref: EntityRef, _ registry: borrowing EntityRegistry) -> String? {
        let actor: Actor
        switch ref {
        case .actor(let key):
            actor = registry.actor(key)
        case .framework(let key):
            let framework = registry.framework(key)
            return framework.acronym ?? framework.name  // an integration organisation: "EAEU"
        }
        switch actor.kind {
        case .person, .group, .organization:
            // A ministry signs for its state: "Uzbekistan's Ministry of Energy" is Uzbekistan.
            guard let affiliation = actor.affiliation else { return actor.kind == .organization ? shortName(actor) : nil }
            if let key = registry.key(ofActor: affiliation) { return partyName(.actor(key), registry) }
            // A leader's state the article never names ("Pashinyan signed"): the lexicon still knows it.
            return lexicon.actorIDs.firstIndex(of: affiliation).map { lexicon.entries.actors[$0].name }
        default:
            return shortName(actor)
        }
    }

    /// A name as a party in a deal's name: the name, or a body's acronym when the name is long ("EU").
    private func shortName(_ actor: Actor) -> String {
        // A state keeps its name ("Saudi Arabia", not "KSA"); a bloc or a body goes by its acronym ("EU").
        guard actor.name.contains(" "), actor.kind != .state else { return actor.name }
        return actor.aliases.first { alias in alias.count <= 5 && alias.allSatisfy { $0.isUppercase } } ?? actor.name
    }
}
