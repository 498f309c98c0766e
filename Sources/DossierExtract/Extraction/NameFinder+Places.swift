import DossierModel

// Frameworks named after places: a capital or a known place and a noun ("the Astana format", "the Doha ceasefire",
// "the Port Sudan base agreement"), and towns joined by dashes before a carrier ("the Iași–Ungheni–Chișinău pipeline").
extension NameFinder {
    /// "the Astana format", "the Minsk process", "the Tehran declaration", "the Istanbul talks": a capital or a place the
    /// lexicon knows, and a lower-case noun for a standing format, an agreement or a meeting, name a framework, not the
    /// state.
    func findCapitalNamedFrameworks(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for entity in matches.entities {
            // The token test first: this looks at every entity of every sentence.
            guard entity.range.upperBound < sentence.count, sentence.isLowercaseWord(entity.range.upperBound),
                  entity.rule == "capital" || entity.rule == "metonym",
                  let (kind, noun) = placeNamedKind(after: entity.range, sentence, matches) else { continue }
            // "the White House summit": a seat of power that stands for a state names the summit held there, and nothing else.
            if entity.rule == "metonym", sentence.ids[noun] != words.summitNoun { continue }
            let range = entity.range.lowerBound..<noun + 1
            matches.remove(entity)
            matches.add(FoundEntity(range: range, ref: .framework(registry.discoverFramework(name: sentence.text(range), kind: kind)),
                                    rule: "framework-name"))
        }
        var index = 0
        while index < sentence.count {
            guard matches.owners[index].entity == -2, sentence.tokens[index].isCapitalised else {
                index += 1
                continue
            }
            var end = index + 1
            while end < sentence.count, matches.owners[end].entity == -2 { end += 1 }
            if let (kind, noun) = placeNamedKind(after: index..<end, sentence, matches) {
                let range = index..<noun + 1
                matches.add(FoundEntity(range: range, ref: .framework(registry.discoverFramework(name: sentence.text(range), kind: kind)),
                                        rule: "framework-name"))
                end = noun + 1
            }
            index = end
        }
    }

    /// The kind of framework a place and the noun after it name, and the noun's index: "the Astana format", "the Doha
    /// ceasefire", or with a modifier or two before a deal's noun, "the Port Sudan base agreement".
    private func placeNamedKind(after place: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> (kind: Framework.Kind, noun: Int)? {
        let next = place.upperBound
        guard next < sentence.count, sentence.isLowercaseWord(next), matches.isFree(next),
              (next..<min(next + 3, sentence.count)).contains(where: { words.placeNamedNouns.contains(sentence.ids[$0]) }) else { return nil }
        let noun = sentence.word(next)
        // "Beijing talks to the Taliban": a verb, not a meeting held there.
        if noun == "talks", next + 1 < sentence.count, sentence.word(next + 1) == "to" { return nil }
        if let kind = HeadNouns.capitalNamedNouns[noun] ?? HeadNouns.placeNamedNouns[noun] { return (kind, next) }
        // "the Asmara tripartite summit", "the Port Sudan base agreement".
        var index = next
        while index < sentence.count, index - next < 3, sentence.isLowercaseWord(index), matches.isFree(index), matches.owners[index].verb < 0,
              !words.groupBoundaries.contains(sentence.ids[index]), !words.determiners.contains(sentence.ids[index]),
              !words.auxiliaries.contains(sentence.ids[index]), !Self.commonVerbs.contains(sentence.word(index)) {
            let word = sentence.word(index)
            if index > next, let kind = HeadNouns.dealNouns[word] ?? HeadNouns.placeNamedNouns[word] { return (kind, index) }
            index += 1
        }
        return nil
    }

    /// "the Iași–Ungheni–Chișinău pipeline", "the Isaccea–Vulcănești power line": towns joined by dashes before a carrier
    /// of goods or power name it, whether or not the lexicon knows the towns.
    func findTownLinkedInfrastructure(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for index in 2..<max(2, sentence.count) where words.infrastructureNouns.contains(sentence.ids[index]) && matches.isFree(index) {
            guard let kind = HeadNouns.infrastructureNouns[sentence.word(index)] else { continue }
            // "the Cat Linh–Ha Dong metro line", "the Kars–Gyumri railway line": a second carrier's noun belongs to the
            // mention and to another name of the same line.
            var end = index + 1
            while end < sentence.count, sentence.isLowercaseWord(end), matches.isFree(end), HeadNouns.infrastructureNouns[sentence.word(end)] != nil {
                end += 1
            }
            var nameEnd = index  // past modifiers: "power", "high-voltage", "gas"
            while nameEnd > 1, index - nameEnd < 4, matches.isFree(nameEnd - 1),
                  sentence.isLowercaseWord(nameEnd - 1) && !words.groupBoundaries.contains(sentence.ids[nameEnd - 1])
                    || sentence.ids[nameEnd - 1] == words.hyphen && sentence.touches(nameEnd - 2, nameEnd - 1) {
                nameEnd -= 1
            }
            var start = nameEnd
            var towns: [Range<Int>] = []
            while let town = townName(endingAt: start - 1, sentence, matches) {
                towns.insert(town..<start, at: 0)
                start = town
                // "the Kokrajhar-Gelephu line": a hyphen joins two towns as an en dash does.
                guard start >= 2, sentence.ids[start - 1] == words.enDash || sentence.ids[start - 1] == words.hyphen,
                      sentence.touches(start - 2, start - 1), sentence.touches(start - 1, start) else { break }
                start -= 1
            }
            guard towns.count >= 2, sentence.tokens[start].isCapitalised else { continue }
            let range = start..<end
            for entity in matches.entities where entity.range.overlaps(range) { matches.remove(entity) }
            // "Kars–Gyumri railway" and "Gyumri–Kars railway" are one line.
            let id = discoverFramework(parties: towns.map { sentence.text($0) },
                                       description: sentence.text(nameEnd..<index + 1), kind: kind, &registry)
            if end > index + 1 { registry.learn(sentence.text(range), for: .framework(id)) }
            matches.add(FoundEntity(range: range, ref: .framework(id), rule: "framework-name"))
        }
    }

    /// "the Subic–Clark Railway", "the Sykes–Picot Agreement", "the Torrijos–Carter Treaties": towns or people joined by
    /// dashes before a line's or a deal's capitalised name open that name; the run found only the last of them and the head.
    func withDashedNames(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Range<Int> {
        // The dash first: this is asked of every run.
        guard run.lowerBound >= 2, sentence.ids[run.lowerBound - 1] == words.enDash,
              let head = HeadNouns.frameworks[sentence.word(run.upperBound - 1)], head == .corridor || head == .pipeline || head == .agreement
        else { return run }
        var start = run.lowerBound
        while start >= 2, sentence.ids[start - 1] == words.enDash, sentence.touches(start - 2, start - 1), sentence.touches(start - 1, start) {
            // A surname of someone met earlier belongs to the name too ("Torrijos" after "Omar Torrijos").
            if let person = matches.entity(endingAt: start - 2), person.rule == "surname" {
                start = person.range.lowerBound
                continue
            }
            guard let town = townName(endingAt: start - 2, sentence, matches), matches.entity(endingAt: start - 2) == nil else { break }
            start = town
        }
        return start..<run.upperBound
    }

    /// Where a place's name ending at `end` starts: a word no rule has claimed, a place the lexicon keeps, or a state
    /// or capital standing for a town; nil for anything else, a person above all.
    private func townName(endingAt end: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        guard end >= 0, sentence.tokens[end].isCapitalised, sentence.tokens[end].isWord else { return nil }
        if let entity = matches.entity(endingAt: end) {
            guard entity.rule == "capital" || entity.rule == "lexicon", entity.ref.actorID != nil else { return nil }
            return entity.range.lowerBound
        }
        guard matches.owners[end].entity == -2 || matches.isFree(end) && isNameToken(sentence, end) else { return nil }
        var start = end
        if matches.owners[end].entity == -2 {
            // A place the lexicon knows is all its tokens: "Mazar-i-Sharif".
            while start > 0, matches.owners[start - 1].entity == -2, !words.the.contains(sentence.ids[start - 1]) { start -= 1 }
            return start
        }
        // "The Torghundi–Herat line": a sentence's opening article is no part of the town's name.
        while start > 0, matches.owners[start - 1].entity == matches.owners[end].entity, isNameToken(sentence, start - 1) { start -= 1 }
        // "Lao Cai": a demonym opening a town's unknown name is part of it.
        if start > 0, let demonym = matches.entity(endingAt: start - 1), demonym.rule == "demonym", demonym.range.count == 1 { start -= 1 }
        // "Zamyn-Uud", "Mazar-i-Sharif": a town's name may itself be hyphenated, with a short particle inside; two long
        // capitalised words are two towns ("Kokrajhar-Gelephu", "Kičevo-Ohrid").
        var joined = start
        while joined >= 2, sentence.ids[joined - 1] == words.hyphen, sentence.touches(joined - 2, joined - 1), sentence.touches(joined - 1, joined),
              matches.isFree(joined - 2), isNameToken(sentence, joined - 2) || sentence.isLowercaseWord(joined - 2) && sentence.word(joined - 2).count <= 3,
              !(sentence.tokens[joined - 2].isCapitalised && sentence.word(joined - 2).count >= 4 && sentence.word(joined).count >= 4
                  && !Self.prefixWords.contains(sentence.word(joined - 2))) {
            joined -= 2
            if sentence.tokens[joined].isCapitalised { start = joined }
        }
        return start
    }
}

extension NameFinder {
    /// "the Permanent Court of Arbitration in The Hague": a capital right after a body or a meeting and "in" says where
    /// that body sits or met, not who acts, so it is no mention. A state named so stays a mention ("the Shangri-La
    /// Dialogue in Singapore"): gold files list it in 20 of 23 articles that name it only so. Either way a body is also
    /// known by its name with the place ("the EU Chamber of Commerce in China").
    func dropVenues(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for place in matches.entities where place.range.lowerBound >= 2 && words.inWord.contains(sentence.ids[place.range.lowerBound - 1]) {
            guard let id = place.ref.actorID, registry.kind(ofActor: id) == .state, place.rule == "lexicon" || place.rule == "capital",
                  let host = matches.entity(endingAt: place.range.lowerBound - 2) ?? bracketedHost(before: place.range.lowerBound - 1, sentence, matches)
            else { continue }
            let hostsMeetings: Bool
            switch host.ref {
            case .framework(let key): hostsMeetings = [.summit, .organization, .institution].contains(registry.kind(ofFramework: key))
            case .actor(let key): hostsMeetings = [.organization, .company, .media].contains(registry.kind(ofActor: key))
            }
            guard hostsMeetings else { continue }
            if place.rule == "capital" { matches.remove(place) }
            if case .actor = host.ref { registry.addAlias(sentence.text(host.range.lowerBound..<place.range.upperBound), to: host.ref) }
        }
    }

    /// "the Rajaratnam School of International Studies (RSIS) in Singapore": the body named before an acronym in brackets.
    private func bracketedHost(before preposition: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> FoundEntity? {
        guard preposition >= 3, sentence.ids[preposition - 1] == words.closeParen, sentence.ids[preposition - 3] == words.openParen else { return nil }
        return matches.entity(endingAt: preposition - 4)
    }
}
