import DossierModel

// A state's ministries, written in capitals or not, become one actor each (see `StateMinistry`).
extension NameFinder {
    /// A capitalised run that names a state's ministry: after the state's adjective ("the Tajik Foreign Ministry", which
    /// `withStatePrefix` has joined to the run), after its possessive ("Azerbaijan's Ministry of Energy"), or closed by
    /// it ("the Ministry of Foreign Affairs of Mongolia").
    func stateMinistry(
        _ run: Range<Int>, unprefixed: Range<Int>, prefixState: EntityKey?, _ sentence: SentenceTokens, _ matches: SentenceMatches,
        _ registry: borrowing EntityRegistry
    ) -> (range: Range<Int>, ministry: StateMinistry)? {
        if let prefixState, unprefixed.upperBound == run.upperBound, let portfolio = ministryPortfolio(unprefixed, sentence) {
            return StateMinistry(owner: prefixState, portfolio: portfolio.portfolio, head: portfolio.head).map { (run, $0) }
        }
        if ownedByState(run, sentence, matches, registry), let owner = matches.entity(endingAt: run.lowerBound - 2)?.ref.actorID,
           let portfolio = ministryPortfolio(run, sentence) {
            return StateMinistry(owner: owner, portfolio: portfolio.portfolio, head: portfolio.head).map { (run, $0) }
        }
        if closedByState(run, sentence, matches, registry), let state = matches.entity(endingAt: run.upperBound - 1),
           let owner = state.ref.actorID, let portfolio = ministryPortfolio(run.lowerBound..<state.range.lowerBound - 1, sentence) {
            return StateMinistry(owner: owner, portfolio: portfolio.portfolio, head: portfolio.head).map { (run, $0) }
        }
        return nil
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
            word == "and" || Self.portfolioWords.contains(word.prefix(1).uppercased() + word.dropFirst())
        }
        return named && !portfolio.isEmpty ? (Array(portfolio), head) : nil
    }

    /// "Ministry of Foreign Affairs", "Department of Foreign Affairs": a department is written only before its portfolio.
    private static let ministryHeads: Set<String> = ["Ministry", "Department"]

    /// "China's foreign ministry", "the Kazakh energy ministry", "Beijing's defence ministry": a state's ministry written
    /// in lower case, after the state's name, adjective or capital; "the foreign ministry", "its foreign ministry" and "the
    /// country's energy ministry" are the ministry of the state the text is talking about. "A foreign ministry
    /// spokesperson" keeps its role, which names the person and their ministry together.
    func findLowercaseMinistries(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) {
        for index in 2..<max(2, sentence.count) where sentence.ids[index] == words.ministry {
            guard matches.role(startingAt: index + 1) == nil else { continue }
            var start = index - 1
            while start > index - 3, start > 1, sentence.isLowercaseWord(start - 1), sentence.word(start - 1) != "the",
                  Self.portfolioWords.contains(sentence.word(start - 1).prefix(1).uppercased() + sentence.word(start - 1).dropFirst()) {
                start -= 1
            }
            guard let portfolio = ministryPortfolio(start..<index + 1, sentence), (start..<index + 1).allSatisfy({ matches.isFree($0) }) else { continue }
            let ownerEnd = sentence.ids[start - 1] == words.possessive ? start - 2 : start - 1
            let owner: EntityKey?
            let adjective = ownerEnd == start - 1 ? matches.entity(endingAt: ownerEnd) : nil
            if let named = matches.entity(endingAt: ownerEnd) {
                owner = named.ref.actorID.flatMap { [.state, .organization].contains(registry.kind(ofActor: $0)) ? $0 : nil }
            } else if ["the", "The", "its", "Its"].contains(sentence.word(start - 1))
                        || ownerEnd >= 1 && ["country", "nation"].contains(sentence.word(ownerEnd)) && words.the.contains(sentence.ids[ownerEnd - 1]) {
                // "the foreign ministry", "the country's energy ministry": the state the text is talking about.
                owner = matches.entities.last { $0.range.upperBound < start && $0.ref.actorID.map { registry.kind(ofActor: $0) } == .state }?
                    .ref.actorID ?? subjectState(state, &registry)
            } else {
                owner = nil
            }
            guard let owner, let ministry = StateMinistry(owner: owner, portfolio: portfolio.portfolio, head: portfolio.head) else { continue }
            // "the Chinese foreign ministry" is one name, as "the Tajik Foreign Ministry" is; a possessive owner stays a
            // mention of its own, as it does before a capitalised "Foreign Ministry".
            if let adjective { matches.remove(adjective) }
            matches.add(FoundEntity(range: (adjective?.range.lowerBound ?? start)..<index + 1, ref: .actor(registry.actor(for: ministry)), rule: "organisation-name"))
        }
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
