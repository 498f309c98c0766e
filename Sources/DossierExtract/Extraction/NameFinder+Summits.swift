import DossierModel

// A meeting of a body the lexicon knows, named by the body and where it met: "the SCO summit in Samarkand".
extension NameFinder {
    /// "the SCO summit in Samarkand", "the 15th BRICS summit", "an informal OTS summit in Shusha": a body's summit is a
    /// framework of its own beside the body, named as written with its number and where it met. A bare "the SCO summit"
    /// is the body's summit this article last named, or a summit of its own when there is none. "The Shanghai Cooperation
    /// Organisation (SCO) summit in Tianjin" is the SCO summit in Tianjin: the acronym just defined names it.
    func findBodySummits(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState) {
        for head in 1..<sentence.count where sentence.ids[head] == words.summitNoun && matches.isFree(head) {
            guard let holder = summitHolder(before: head, sentence, matches, registry) else { continue }
            let modifier = summitModifier(before: holder.start, sentence, matches)
            let written = (modifier.map { sentence.word($0) + " " } ?? "") + holder.name + " summit"
            let venue = summitVenue(after: head + 1, sentence, matches, registry) ?? travelledTo(before: holder.start, sentence, matches)
            guard holder.isWrittenAsOne || venue != nil || modifier != nil || state.lastSummits[holder.ref] != nil else { continue }
            let id = nameSummit(written, of: holder.ref, at: head, venue: venue,
                                isNumbered: modifier != nil, &matches, &registry, &state)
            // "the Shanghai Cooperation Organisation (SCO) summit" is also a name as written.
            if !holder.isWrittenAsOne { registry.learn(sentence.text(holder.start..<head + 1), for: .framework(id)) }
        }
    }

    /// "the summit of the Commonwealth of Independent States (CIS) in Dushanbe", "the informal summit of the Organization of
    /// Turkic States in Budapest": a body named after its summit. The summit takes the short name the text gives the body,
    /// and the words as written are an alias.
    func findSummitsOfBodies(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState) {
        for head in 0..<sentence.count - 2 where sentence.ids[head] == words.summitNoun && matches.isFree(head) {
            guard sentence.word(head + 1) == "of" else { continue }
            let start = words.the.contains(sentence.ids[head + 2]) && matches.entity(startingAt: head + 2) == nil ? head + 3 : head + 2
            guard let body = matches.entity(startingAt: start), isSummitHolder(body.ref, registry) else { continue }
            var end = body.range.upperBound
            var shortName = shortName(of: body.ref, written: sentence.text(body.range), registry)
            if end + 2 < sentence.count, sentence.ids[end] == words.openParen, sentence.ids[end + 2] == words.closeParen,
               let acronym = matches.entity(startingAt: end + 1), acronym.ref == body.ref {
                shortName = sentence.word(end + 1)
                end += 3
            }
            let modifier = summitModifier(before: head, sentence, matches)
            let written = (modifier.map { sentence.word($0) + " " } ?? "") + shortName + " summit"
            let venue = summitVenue(after: end, sentence, matches, registry) ?? travelledTo(before: head, sentence, matches)
            guard venue != nil || modifier != nil || state.lastSummits[body.ref] != nil else { continue }
            let id = nameSummit(written, of: body.ref, at: head, venue: venue,
                                isNumbered: modifier != nil, &matches, &registry, &state)
            registry.learn(sentence.text((modifier ?? head)..<body.range.upperBound), for: .framework(id))
        }
    }

    /// "the SCO defence ministers' meeting in Qingdao", "a BRICS foreign ministers' meeting", "the Shanghai Cooperation
    /// Organisation (SCO) heads of government meeting": a body's meeting of ministers or of heads of government is a
    /// framework of its own, as its summit is, named as written and where it met.
    func findMinisterialMeetings(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for head in 3..<max(3, sentence.count) where sentence.ids[head] == words.meetingNoun || sentence.word(head) == "Meeting" {
            guard matches.isFree(head) else { continue }
            var index = head - 1
            if ["'", "\u{2019}"].contains(sentence.word(index)) { index -= 1 }
            var attendees: Int
            // "the ASEAN Defence Ministers' Meeting": a body's meeting written as a title too.
            if sentence.word(index).lowercased().hasPrefix("ministers") {
                attendees = index
                while attendees > 1, index - attendees < 2, sentence.tokens[attendees - 1].isWord, matches.owners[attendees - 1].entity == -1,
                      Self.namesPortfolio(sentence.word(attendees - 1)) {
                    attendees -= 1
                }
            } else if index >= 3, ["government", "state"].contains(sentence.word(index)), sentence.word(index - 1) == "of",
                      sentence.word(index - 2) == "heads" {
                attendees = index - 2
            } else {
                continue
            }
            guard let holder = summitHolder(before: attendees, sentence, matches, registry) else { continue }
            let written = holder.name + " " + sentence.text(attendees..<head + 1)
            let venue = summitVenue(after: head + 1, sentence, matches, registry)
            let id = registry.discoverFramework(name: venue.map { written + " in " + $0 } ?? written, kind: .summit)
            if venue != nil { registry.learn(written, for: .framework(id)) }
            matches.add(FoundEntity(range: attendees..<head + 1, ref: .framework(id), rule: "framework-name"))
        }
    }

    /// Names the summit at `head`: where it met, when the text says; else the body's summit named last, unless a number or
    /// a modifier says this is another; else a summit of its own.
    @discardableResult
    private func nameSummit(
        _ written: String, of body: EntityRef, at head: Int, venue: String?, isNumbered: Bool,
        _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState
    ) -> EntityKey {
        let id: EntityKey
        if let venue {
            id = registry.discoverFramework(name: written + " in " + venue, kind: .summit)
            registry.learn(written, for: .framework(id))
        } else if !isNumbered, let last = state.lastSummits[body] {
            id = last
            registry.learn(written, for: .framework(id))
        } else {
            id = registry.discoverFramework(name: written, kind: .summit)
        }
        state.lastSummits[body] = id
        matches.add(FoundEntity(range: head..<head + 1, ref: .framework(id), rule: "body-summit"))
        return id
    }

    /// The body named just before a summit, where its name starts, and how the summit's name gives it: "the SCO summit",
    /// or the acronym just defined in "the Shanghai Cooperation Organisation (SCO) summit".
    private func summitHolder(before head: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry)
        -> (ref: EntityRef, start: Int, name: String, isWrittenAsOne: Bool)? {
        if let body = matches.entity(endingAt: head - 1), isSummitHolder(body.ref, registry) {
            return (body.ref, body.range.lowerBound, sentence.text(body.range), true)
        }
        guard head >= 4, sentence.ids[head - 1] == words.closeParen, sentence.ids[head - 3] == words.openParen,
              let acronym = matches.entity(endingAt: head - 2), acronym.range.count == 1,
              let expansion = matches.entity(endingAt: head - 4), expansion.ref == acronym.ref, isSummitHolder(acronym.ref, registry) else {
            return nil
        }
        return (acronym.ref, expansion.range.lowerBound, sentence.text(acronym.range), false)
    }

    /// "the 15th", "an informal": the word before a body's summit that says which of its summits is meant.
    private func summitModifier(before start: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        guard start > 0, matches.isFree(start - 1),
              Bytes.isDigit(sentence.bytes[sentence.tokens[start - 1].start]) || sentence.isLowercaseWord(start - 1),
              Self.isOrdinalNumber(sentence.word(start - 1)) || Self.meetingModifiers.contains(sentence.word(start - 1)) else { return nil }
        return start - 1
    }

    /// A body's acronym when it has one, else its name as written: summits go by the short name.
    private func shortName(of ref: EntityRef, written: String, _ registry: borrowing EntityRegistry) -> String {
        switch ref {
        case .framework(let key): registry.framework(key).acronym ?? written
        case .actor: written
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

    /// Integration bodies, blocs and regional initiatives hold summits ("the Three Seas Initiative summit", "a Greater
    /// Mekong Subregion summit"); states, people and deals do not, and a summit format's summit ("the C5+1 summit") is
    /// the format itself.
    private func isSummitHolder(_ ref: EntityRef, _ registry: borrowing EntityRegistry) -> Bool {
        switch ref {
        case .actor(let key): [.bloc, .organization].contains(registry.kind(ofActor: key))
        case .framework(let key): [.organization, .initiative].contains(registry.kind(ofFramework: key))
        }
    }

    /// "in Samarkand", "in The Hague", "in Rio de Janeiro": a capital, a place the lexicon knows, or capitalised words
    /// no rule has taken, which after a summit's "in" name where it met. A month or a year is when, not where.
    private func summitVenue(after index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> String? {
        if let known = venue(after: index, sentence, matches) { return known }
        // "in the Tajik capital": the state's capital, by the name the lexicon gives it.
        if index + 3 < sentence.count, sentence.word(index) == "in", words.the.contains(sentence.ids[index + 1]),
           let demonym = matches.entity(startingAt: index + 2), demonym.rule == "demonym", demonym.range.upperBound < sentence.count,
           sentence.word(demonym.range.upperBound) == "capital", case .actor(let state) = demonym.ref,
           let capital = lexicon.stateCapitals[registry.id(ofActor: state)] {
            return capital
        }
        guard index + 1 < sentence.count, sentence.word(index) == "in" else { return nil }
        var end = index + 1
        while end < sentence.count, matches.isFree(end), !words.monthWords.contains(sentence.ids[end]),
              sentence.tokens[end].isCapitalised || end > index + 1 && end + 1 < sentence.count
                  && Self.placeParticles.contains(sentence.word(end)) && sentence.tokens[end + 1].isCapitalised {
            end += 1
        }
        return end > index + 1 && end - index <= 4 ? sentence.text(index + 1..<end) : nil
    }

    /// "travelled to Tianjin for the SCO summit", "visited Dushanbe on 9–10 October for the summit of the CIS": the city
    /// someone went to for a body's summit is where it met, a capital or capitalised words no rule has taken. "Was in
    /// Tianjin for the summit" is left alone: the gold files read "in" more often as where someone was before.
    private func travelledTo(before start: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> String? {
        guard start >= 4, words.the.contains(sentence.ids[start - 1]), sentence.word(start - 2) == "for" else { return nil }
        var end = start - 2
        // The dates of the visit may stand between the city and "for".
        while end > 1, start - 2 - end < 7, sentence.tokens[end - 1].isNumber || words.monthWords.contains(sentence.ids[end - 1])
            || words.features(of: sentence.ids[end - 1]).contains(.dash) || ["on", "in"].contains(sentence.word(end - 1)) {
            end -= 1
        }
        var begin = end
        if let capital = matches.entity(endingAt: end - 1), capital.rule == "capital" {
            begin = capital.range.lowerBound
        } else {
            while begin > 0, end - begin < 3, matches.isFree(begin - 1), sentence.tokens[begin - 1].isCapitalised,
                  !words.monthWords.contains(sentence.ids[begin - 1]) { begin -= 1 }
        }
        // "arrived in Tianjin for the SCO summit": arriving somewhere is travelling there.
        let arrivedIn = begin >= 2 && sentence.word(begin - 1) == "in" && ["arrived", "landed", "arriving"].contains(sentence.word(begin - 2))
        guard begin < end, begin >= 1, ["to", "visited", "visiting"].contains(sentence.word(begin - 1)) || arrivedIn else { return nil }
        return sentence.text(begin..<end)
    }

    /// Words before a body's name that say which of its summits is meant.
    private static let meetingModifiers: WordSet = ["informal", "emergency", "extraordinary", "inaugural", "annual", "jubilee"]

    /// Lower-case words inside a city's name: "Rio de Janeiro", "Dar es Salaam".
    private static let placeParticles: WordSet = ["de", "da", "do", "del", "es", "al", "el"]
}
