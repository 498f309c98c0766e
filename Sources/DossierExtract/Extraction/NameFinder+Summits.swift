import DossierModel

// A meeting of a body the lexicon knows, named by the body and where it met: "the SCO summit in Samarkand".
extension NameFinder {
    /// "the SCO summit in Samarkand", "the 15th BRICS summit", "an informal OTS summit in Shusha": a body's summit is a
    /// framework of its own beside the body, named as written with its number and where it met. A bare "the SCO summit"
    /// is the body's summit this article last named, or a summit of its own when there is none.
    func findBodySummits(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState) {
        for head in 1..<sentence.count where sentence.ids[head] == words.summitNoun && matches.isFree(head) {
            guard let body = matches.entity(endingAt: head - 1), isSummitHolder(body.ref, registry) else { continue }
            var start = body.range.lowerBound
            if start > 0, matches.isFree(start - 1), Bytes.isDigit(sentence.bytes[sentence.tokens[start - 1].start]) || sentence.isLowercaseWord(start - 1),
               Self.isOrdinalNumber(sentence.word(start - 1)) || Self.meetingModifiers.contains(sentence.word(start - 1)) {
                start -= 1
            }
            let written = sentence.text(start..<head + 1)
            let id: EntityKey
            if let place = summitVenue(after: head + 1, sentence, matches) {
                id = registry.discoverFramework(name: written + " in " + place, kind: .summit)
                registry.learn(written, for: .framework(id))
            } else if start == body.range.lowerBound, let last = state.lastSummits[body.ref] {
                id = last
                registry.learn(written, for: .framework(id))
            } else {
                id = registry.discoverFramework(name: written, kind: .summit)
            }
            state.lastSummits[body.ref] = id
            matches.add(FoundEntity(range: head..<head + 1, ref: .framework(id), rule: "body-summit"))
        }
    }

    /// "the G7 Hiroshima summit", "the NATO Vilnius summit": a body's name before a summit named after its venue belongs to
    /// the summit's name; the venue's form is an alias.
    func joinBodiesToVenueSummits(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for entity in matches.entities {
            // The noun's id first: this looks at every name in every sentence.
            guard sentence.ids[entity.range.upperBound - 1] == words.summitNoun, entity.rule != "body-summit",
                  case .framework(let key) = entity.ref, registry.kind(ofFramework: key) == .summit,
                  let body = matches.entity(endingAt: entity.range.lowerBound - 1), isSummitHolder(body.ref, registry) else { continue }
            let id = registry.discoverFramework(name: sentence.text(body.range) + " " + sentence.text(entity.range), kind: .summit)
            registry.learn(sentence.text(entity.range), for: .framework(id))
            matches.remove(entity)
            matches.add(FoundEntity(range: entity.range, ref: .framework(id), rule: entity.rule))
        }
    }

    /// Integration bodies and blocs hold summits; states, people and deals do not, and a summit format's summit
    /// ("the C5+1 summit") is the format itself.
    private func isSummitHolder(_ ref: EntityRef, _ registry: borrowing EntityRegistry) -> Bool {
        switch ref {
        case .actor(let key): [.bloc, .organization].contains(registry.kind(ofActor: key))
        case .framework(let key): registry.kind(ofFramework: key) == .organization
        }
    }

    /// "in Samarkand", "in The Hague", "in Rio de Janeiro": a capital, a place the lexicon knows, or capitalised words
    /// no rule has taken, which after a summit's "in" name where it met. A month or a year is when, not where.
    private func summitVenue(after index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> String? {
        if let known = venue(after: index, sentence, matches) { return known }
        guard index + 1 < sentence.count, sentence.word(index) == "in" else { return nil }
        var end = index + 1
        while end < sentence.count, matches.isFree(end), !words.monthWords.contains(sentence.ids[end]),
              sentence.tokens[end].isCapitalised || end > index + 1 && end + 1 < sentence.count
                  && Self.placeParticles.contains(sentence.word(end)) && sentence.tokens[end + 1].isCapitalised {
            end += 1
        }
        return end > index + 1 && end - index <= 4 ? sentence.text(index + 1..<end) : nil
    }

    /// Words before a body's name that say which of its summits is meant.
    private static let meetingModifiers: Set<String> = ["informal", "emergency", "extraordinary", "inaugural", "annual", "jubilee"]

    /// Lower-case words inside a city's name: "Rio de Janeiro", "Dar es Salaam".
    private static let placeParticles: Set<String> = ["de", "da", "do", "del", "es", "al", "el"]
}
