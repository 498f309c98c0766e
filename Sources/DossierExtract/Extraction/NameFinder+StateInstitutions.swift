import DossierModel

// A state's ministries, parliament and embassies, written in capitals or not, become one actor each (see
// `StateInstitution`).
extension NameFinder {
    /// A capitalised run that names a state's ministry: after the state's adjective ("the Tajik Foreign Ministry", which
    /// `withStatePrefix` has joined to the run), after its possessive ("Azerbaijan's Ministry of Energy"), or closed by
    /// it ("the Ministry of Foreign Affairs of Mongolia"); and a state's parliament or embassy after its adjective or
    /// possessive ("Georgia's Parliament", "the Russian Embassy in Kabul", the city joining the name), a parliament also
    /// before "of" and its state ("the Parliament of Georgia").
    func stateInstitution(
        _ run: Range<Int>, unprefixed: Range<Int>, prefixState: EntityKey?, _ sentence: SentenceTokens, _ matches: SentenceMatches,
        _ registry: borrowing EntityRegistry
    ) -> (range: Range<Int>, body: StateInstitution)? {
        if let prefixState, unprefixed.upperBound == run.upperBound, let portfolio = ministryPortfolio(unprefixed, sentence) {
            return StateInstitution(owner: prefixState, portfolio: portfolio.portfolio, head: portfolio.head).map { (run, $0) }
        }
        if ownedByState(run, sentence, matches, registry), let owner = matches.entity(endingAt: run.lowerBound - 2)?.ref.actorID,
           let portfolio = ministryPortfolio(run, sentence) {
            return StateInstitution(owner: owner, portfolio: portfolio.portfolio, head: portfolio.head).map { (run, $0) }
        }
        // "Foreign Ministry spokeswoman Maria Zakharova": with no state written, the ministry is that of the state the
        // person named after the role serves.
        if prefixState == nil, unprefixed == run, let owner = stateServed(byPersonAfterRoleAt: run.upperBound, sentence, matches, registry),
           let portfolio = ministryPortfolio(run, sentence) {
            return StateInstitution(owner: owner, portfolio: portfolio.portfolio, head: portfolio.head).map { (run, $0) }
        }
        // "the Hungarian Parliament", "Georgia's Parliament", "the Russian Embassy in Kabul": the same bodies as in lower case.
        let body = sentence.word(unprefixed.upperBound - 1)
        if unprefixed.count == 1, unprefixed.upperBound == run.upperBound, Self.singleWordBodies.contains(body),
           let owner = prefixState ?? (ownedByState(run, sentence, matches, registry) ? matches.entity(endingAt: run.lowerBound - 2)?.ref.actorID : nil) {
            let city = body == "Embassy" ? embassyCity(after: run.upperBound, sentence, matches) : nil
            return (run.lowerBound..<(city?.upperBound ?? run.upperBound), StateInstitution(owner: owner, body: body, place: city.map { sentence.text($0) }))
        }
        if closedByState(run, sentence, matches, registry), let state = matches.entity(endingAt: run.upperBound - 1),
           let owner = state.ref.actorID {
            if let portfolio = ministryPortfolio(run.lowerBound..<state.range.lowerBound - 1, sentence) {
                return StateInstitution(owner: owner, portfolio: portfolio.portfolio, head: portfolio.head).map { (run, $0) }
            }
            // "the Parliament of Georgia": the same body as "Georgia's parliament".
            if state.range.lowerBound - run.lowerBound == 2, sentence.word(run.lowerBound) == "Parliament" {
                return (run, StateInstitution(owner: owner, body: "Parliament"))
            }
        }
        return nil
    }

    /// The state served by the person named right after the role that starts at `index`, as the lexicon or the article
    /// gave their affiliation.
    private func stateServed(
        byPersonAfterRoleAt index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> EntityKey? {
        guard let role = matches.role(startingAt: index), let person = matches.entity(startingAt: role.range.upperBound),
              let id = person.ref.actorID, registry.kind(ofActor: id) == .person, let served = registry.affiliation(ofActor: id),
              let state = registry.key(ofActor: served), registry.kind(ofActor: state) == .state else { return nil }
        return state
    }

    /// "Foreign Ministry", "Ministry of Industry and Trade", "defence ministry": the portfolio's words, if the words are a
    /// ministry's name and nothing more.
    func ministryPortfolio(_ range: Range<Int>, _ sentence: SentenceTokens) -> (portfolio: [String], head: String)? {
        guard range.count >= 2 else { return nil }
        let words = range.map { sentence.word($0) }
        let portfolio: ArraySlice<String>
        let head: String
        if words.last?.lowercased() == "ministry" {
            (portfolio, head) = (words.dropLast(), "Ministry")
        } else if Self.ministryHeads.contains(words[0]), words[1] == "of" {
            (portfolio, head) = (words.dropFirst(2), words[0])
        } else {
            return nil
        }
        let named = portfolio.allSatisfy { word in
            word == "and" || Self.namesPortfolio(word)
        }
        return named && !portfolio.isEmpty ? (Array(portfolio), head) : nil
    }

    /// "Ministry of Foreign Affairs", "Department of Foreign Affairs": a department is written only before its portfolio.
    private static let ministryHeads: WordSet = ["Ministry", "Department"]
    /// Bodies a state has one of, or one in each city, named by a single word after the state.
    private static let singleWordBodies: WordSet = StateInstitution.armedServices.union(["Parliament", "Embassy"])

    /// "the Sudanese army said", "Pakistan's army, which …": the service itself, not a modifier of the noun after it
    /// ("Russian military bases", "the Chinese navy's ships").
    private func namesTheService(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        let next = index + 1
        guard next < sentence.count, sentence.isLowercaseWord(next) else { return next >= sentence.count || sentence.ids[next] != words.possessive }
        let word = sentence.word(next)
        return Self.wordsAfterAService.contains(word) || ClaimFinder.finiteVerbs.contains(word) || word.hasSuffix("ed") || word.hasSuffix("ly")
            || ClaimFinder.irregularPasts.contains(word)
    }

    /// Words besides auxiliaries and past tenses that can follow a service named as the subject or object of a clause,
    /// rather than as a modifier.
    private static let wordsAfterAService: WordSet = [
        "said", "says", "and", "or", "but", "in", "on", "at", "of", "to", "from", "with", "by", "for", "into", "against", "as",
        "that", "which", "who", "also", "still", "now", "then", "later", "earlier", "again", "shot",
    ]

    /// "the Uzbek presidential press service", "the Kazakh presidential administration": a state's presidential office,
    /// named as the text writes it.
    func findPresidentialOffices(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for index in 1..<max(1, sentence.count) where sentence.ids[index] == words.presidential && index + 1 < sentence.count {
            guard let demonym = matches.entity(endingAt: index - 1), demonym.rule == "demonym", let owner = demonym.ref.actorID,
                  registry.kind(ofActor: owner) == .state else { continue }
            let next = sentence.word(index + 1)
            let end: Int
            if next == "press", index + 2 < sentence.count, ["service", "office"].contains(sentence.word(index + 2)) {
                end = index + 3
            } else if ["administration", "office"].contains(next) {
                end = index + 2
            } else {
                continue
            }
            guard (index..<end).allSatisfy({ matches.isFree($0) }) else { continue }
            let range = demonym.range.lowerBound..<end
            let id = registry.discoverActor(name: sentence.text(range), kind: .organization, affiliation: owner)
            matches.remove(demonym)
            matches.add(FoundEntity(range: range, ref: .actor(id), rule: "organisation-name"))
        }
    }

    /// "China's foreign ministry", "the Kazakh energy ministry", "Beijing's defence ministry", "the Hungarian parliament",
    /// "the Chinese embassy in Dushanbe": a state's institution written in lower case, after the state's name, adjective
    /// or capital, or before "in" and the capital ("the energy ministry in Astana"). "The foreign ministry", "its foreign
    /// ministry" and "the country's energy ministry" are otherwise the ministry of the state the text is talking about; a
    /// parliament or an embassy needs its state named. Before a role ("a senior Japanese foreign ministry official") the
    /// ministry is named too, and is the affiliation of whoever holds the role.
    func findLowercaseInstitutions(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) {
        for index in 2..<max(2, sentence.count) {
            let id = sentence.ids[index]
            let isService = words.armedService.contains(id)
            guard id == words.ministry || id == words.parliament || id == words.embassy || isService && namesTheService(index, sentence),
                  matches.isFree(index) else { continue }
            var start = index
            var portfolio: (portfolio: [String], head: String)?
            if id == words.ministry {
                start = index - 1
                while start > index - 3, start > 1, sentence.isLowercaseWord(start - 1), sentence.word(start - 1) != "the",
                      Self.namesPortfolio(sentence.word(start - 1)) {
                    start -= 1
                }
                portfolio = ministryPortfolio(start..<index + 1, sentence)
                guard portfolio != nil, (start..<index).allSatisfy({ matches.isFree($0) }) else { continue }
            }
            let ownerEnd = sentence.ids[start - 1] == words.possessive ? start - 2 : start - 1
            // "the foreign ministry", "its foreign ministry": no owner written, so the text's context gives it.
            let ownerUnwritten = ["the", "The", "its", "Its"].contains(sentence.word(start - 1))
            let owner: EntityKey?
            let adjective = ownerEnd == start - 1 ? matches.entity(endingAt: ownerEnd) : nil
            // "the energy ministry in Astana": the capital after it names the state.
            let capital = index + 2 < sentence.count && sentence.word(index + 1) == "in" ? matches.entity(startingAt: index + 2) : nil
            if let capital, capital.rule == "capital", let state = capital.ref.actorID, adjective == nil, id == words.ministry {
                owner = state
            } else if let named = matches.entity(endingAt: ownerEnd) {
                owner = named.ref.actorID.flatMap { [.state, .organization].contains(registry.kind(ofActor: $0)) ? $0 : nil }
            } else if portfolio != nil, ownerUnwritten
                        || ownerEnd >= 1 && ["country", "nation"].contains(sentence.word(ownerEnd)) && words.the.contains(sentence.ids[ownerEnd - 1]) {
                // "the foreign ministry", "the country's energy ministry": the state the text is talking about. A state
                // that only owns a thing ("Jakarta has never accepted China's nine-dash line, and the foreign ministry
                // insisted …") is not it.
                owner = matches.entities.last {
                    $0.range.upperBound < start && $0.ref.actorID.map { registry.kind(ofActor: $0) } == .state
                        && sentence.ids[$0.range.upperBound] != words.possessive
                }?.ref.actorID ?? subjectState(state, &registry)
            } else {
                owner = nil
            }
            guard let owner else { continue }
            let institution: StateInstitution
            var end = index + 1
            if let portfolio {
                guard let ministry = StateInstitution(owner: owner, portfolio: portfolio.portfolio, head: portfolio.head) else { continue }
                // "Ukraine's foreign ministry" names its owner; "the trade ministry" leaves it to what came before.
                if ownerUnwritten, let named = ministryNamedEarlier(holding: ministry, state, registry) {
                    matches.add(FoundEntity(range: start..<end, ref: .actor(named), rule: "organisation-name"))
                    continue
                }
                institution = ministry
            } else if id == words.embassy {
                // "the Chinese embassy in Dushanbe warned": the city belongs to the embassy's name, which speaks.
                let city = embassyCity(after: index + 1, sentence, matches)
                if let city {
                    for inside in matches.entities where inside.range.lowerBound > index && inside.range.lowerBound <= city.upperBound { matches.remove(inside) }
                    end = city.upperBound
                }
                institution = StateInstitution(owner: owner, body: "Embassy", place: city.map { sentence.text($0) })
            } else {
                guard registry.kind(ofActor: owner) == .state else { continue }
                institution = StateInstitution(owner: owner, body: isService ? sentence.word(index).capitalized : "Parliament")
            }
            // "the Chinese foreign ministry" is one name, as "the Tajik Foreign Ministry" is; a possessive owner stays a
            // mention of its own, as it does before a capitalised "Foreign Ministry".
            if let adjective { matches.remove(adjective) }
            matches.add(FoundEntity(range: (adjective?.range.lowerBound ?? start)..<end, ref: .actor(registry.actor(for: institution)),
                                    rule: "organisation-name"))
        }
    }

    /// "the Ministry of Investment, Industry and Trade runs the team … According to the trade ministry": a ministry the
    /// article has named in full lately, whose name holds every word of the portfolio and which serves the same state or
    /// none the text gave, is the one a lower-case mention means.
    private func ministryNamedEarlier(
        holding ministry: StateInstitution, _ state: borrowing ArticleState, _ registry: borrowing EntityRegistry
    ) -> EntityKey? {
        let owner = registry.id(ofActor: ministry.owner)
        // The last few sentences are the latest: within a paragraph their names are found before any is remembered.
        let named = state.recentOrganisations + state.recentSentences.joined().compactMap(\.ref.actorID)
        return named.last { key in
            guard registry.affiliation(ofActor: key).map({ $0 == owner }) ?? true else { return false }
            let nameWords = Set(registry.name(ofActor: key).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init))
            return nameWords.contains(ministry.head) && ministry.portfolio.allSatisfy(nameWords.contains)
        }
    }

    /// "in Dushanbe", "in Malé": the city an embassy is in, a capital or another seat the lexicon knows ("Colombo") or a capitalised word or two.
    private func embassyCity(after index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Range<Int>? {
        guard index + 1 < sentence.count, sentence.word(index) == "in", sentence.tokens[index + 1].isCapitalised else { return nil }
        if let capital = matches.entity(startingAt: index + 1) {
            return capital.rule == "capital" || capital.rule == "metonym" ? capital.range : nil  // "in Colombo"
        }
        var end = index + 1
        while end < sentence.count, end - index <= 2, sentence.tokens[end].isCapitalised, sentence.tokens[end].isWord, matches.isFree(end),
              !words.monthWords.contains(sentence.ids[end]) {
            end += 1
        }
        return end > index + 1 ? index + 1..<end : nil
    }

    /// The state a recent sentence is about: its first name, if a state or someone serving one ("Seoul reacted fastest.
    /// … The next day the foreign ministry summoned …"), rather than a state named last in passing ("… to send weapons to
    /// Ukraine"). Names are found a paragraph ahead of the pronoun state, so the last sentences come first.
    private func subjectState(_ state: borrowing ArticleState, _ registry: inout EntityRegistry) -> EntityKey? {
        for entities in state.recentSentences.reversed() {
            guard let first = entities.first?.ref.actorID else { continue }
            if registry.kind(ofActor: first) == .state { return first }
            if let affiliation = registry.affiliation(ofActor: first).flatMap({ registry.lexiconActor($0) }),
               registry.kind(ofActor: affiliation) == .state {
                return affiliation
            }
        }
        return state.lastState
    }
}
