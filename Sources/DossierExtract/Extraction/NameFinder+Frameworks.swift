import DossierModel

// Frameworks named by what stands before or after a capitalised run: a state, the parties, a code, a noun.
extension NameFinder {
    /// "COP29", "COP 30": the numbered UN climate conferences, a summit format of their own.
    func findClimateConferences(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for index in 0..<sentence.count where matches.isFree(index) && sentence.tokens[index].flags.contains(.allCaps)
            && sentence.bytes[sentence.tokens[index].start] == UInt8(ascii: "C") {  // before making a string of every acronym
            let word = sentence.word(index)
            guard word.hasPrefix("COP") else { continue }
            var range = index..<index + 1
            if word.count == 3, index + 1 < sentence.count, sentence.tokens[index + 1].isNumber, matches.isFree(index + 1) {
                range = index..<index + 2
            } else if word.count < 4 || !word.dropFirst(3).allSatisfy(\.isNumber) {
                continue
            }
            let name = String(sentence.text(range).filter { $0 != " " })
            matches.add(FoundEntity(range: range, ref: .framework(registry.discoverFramework(name: name, kind: .summit)), rule: "framework-name"))
        }
    }

    /// "Zapad-2025", "Kazakhstan-2050", "Vision-2030": a name joined to a year by a hyphen is an exercise or a
    /// strategy, and the year is part of its name rather than a date.
    func findYearNamedFrameworks(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        var index = 0
        while index + 2 < sentence.count {
            defer { index += 1 }
            guard words.features(of: sentence.ids[index + 1]).contains(.dash), sentence.touches(index, index + 1), sentence.touches(index + 1, index + 2),
                  sentence.tokens[index].isCapitalised, matches.isFree(index + 2),
                  let year = sentence.fourDigitNumber(index + 2), (1900...2100).contains(year) else { continue }  // not "VVER-1200"
            let known = matches.entity(endingAt: index)
            guard known != nil || matches.isFree(index) && isNameToken(sentence, index) else { continue }
            if let known { matches.remove(known) }
            // "the Uzbekistan–2030 Strategy": a framework's head after the year belongs to the name.
            let headed = index + 3 < sentence.count && matches.isFree(index + 3) && HeadNouns.frameworks[sentence.word(index + 3)] != nil
            let range = (known?.range.lowerBound ?? index)..<index + (headed ? 4 : 3)
            let id = registry.discoverFramework(name: sentence.text(range), kind: .initiative)
            // "the Uzbekistan-2030 strategy": a programme's noun in lower case is learnt with the name, as after a space.
            if !headed, index + 3 < sentence.count, matches.isFree(index + 3), Self.strategyNouns.contains(sentence.word(index + 3)) {
                registry.learn(sentence.text(range.lowerBound..<index + 4), for: .framework(id))
            }
            matches.add(FoundEntity(range: range, ref: .framework(id), rule: "framework-name"))
            index += 2
        }
    }

    /// "the Uzbekistan 2030 strategy", "the Kazakhstan 2050 Strategy", "the Chad Connection 2030 development plan",
    /// "the Simandou 2040 programme", "the Zapad 2025 exercise": a name, a year and a programme's or an exercise's noun
    /// name a programme; the noun joins the name when capitalised and is learnt with it otherwise. The name is
    /// capitalised words no rule has claimed, or a state the lexicon knows, or both.
    func findStateYearStrategies(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        guard sentence.count > 2 else { return }
        for year in 1..<sentence.count - 1 where sentence.tokens[year].isNumber {
            guard let value = sentence.fourDigitNumber(year), (2000...2100).contains(value), matches.isFree(year) else { continue }
            // "the Chad Connection 2030 development plan": one modifier may stand before the noun.
            let modified = year + 2 < sentence.count && Self.programmeModifiers.contains(sentence.word(year + 1))
            let noun = modified ? year + 2 : year + 1
            let capitalised = Self.strategyHeads.contains(sentence.word(noun))
            guard matches.isFree(noun), capitalised || Self.strategyNouns.contains(sentence.word(noun)) || Self.exerciseNouns.contains(sentence.word(noun))
            else { continue }
            var start = year
            var states: [FoundEntity] = []
            while start > 0 {
                if let state = matches.entity(endingAt: start - 1), state.rule == "lexicon", case .actor(let id) = state.ref,
                   registry.kind(ofActor: id) == .state {
                    states.append(state)
                    start = state.range.lowerBound
                } else if matches.isFree(start - 1), isNameToken(sentence, start - 1) {
                    start -= 1
                } else {
                    break
                }
            }
            guard start < year else { continue }
            for state in states { matches.remove(state) }
            let range = start..<(capitalised ? noun + 1 : year + 1)
            let found = registry.discoverFramework(name: sentence.text(range), kind: .initiative)
            if !capitalised { registry.learn(sentence.text(start..<noun + 1), for: .framework(found)) }
            matches.add(FoundEntity(range: range, ref: .framework(found), rule: "framework-name"))
        }
    }

    /// "the 123 Agreement", "the 5+5 Dialogue": a number, not a year, right before a framework's head names a framework.
    func findNumberNamedFrameworks(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for index in 1..<max(1, sentence.count - 1) where sentence.tokens[index].isNumber && matches.isFree(index) {
            guard words.the.contains(sentence.ids[index - 1]), sentence.fourDigitNumber(index) == nil, matches.isFree(index + 1),
                  sentence.tokens[index + 1].isCapitalised, let kind = HeadNouns.frameworks[sentence.word(index + 1)],
                  index + 2 == sentence.count || !sentence.tokens[index + 2].isCapitalised else { continue }
            let id = registry.discoverFramework(name: sentence.text(index..<index + 2), kind: kind)
            matches.add(FoundEntity(range: index..<index + 2, ref: .framework(id), rule: "framework-name"))
        }
    }

    /// "Cluster 3" of accession talks, "Pillar Two" of a pact: a numbered part of a larger framework is tracked on its own.
    /// So is a section of a law that trade policy is named after ("Section 232 duties"), unless the law is named with it
    /// ("Section 907 of the Freedom Support Act" is that act's).
    func findNumberedParts(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for index in 0..<max(0, sentence.count - 1) where words.numberedParts.contains(sentence.ids[index]) {
            let number = index + 1
            let isSection = sentence.word(index) == "Section"
            if isSection, number + 1 < sentence.count, sentence.ids[number + 1] == words.of { continue }
            guard matches.isFree(index), matches.isFree(number), sentence.tokens[number].isNumber && sentence.word(number).count <= (isSection ? 3 : 2)
                    || !isSection && sentence.tokens[number].isCapitalised && NumberWords.values[sentence.word(number).lowercased()] != nil
            else { continue }
            let id = registry.discoverFramework(name: sentence.text(index..<number + 1), kind: .initiative)
            matches.add(FoundEntity(range: index..<number + 1, ref: .framework(id), rule: "framework-name"))
        }
    }

    /// "the government's 2024-2028 action plan", "its 2021–2025 development strategy": a programme named by the years it
    /// covers, perhaps with a modifier or two, is one framework, named as written.
    func findYearRangePlans(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for start in 0..<max(0, sentence.count - 3) {
            guard let first = sentence.fourDigitNumber(start), (1900...2100).contains(first),
                  words.features(of: sentence.ids[start + 1]).contains(.dash), sentence.touches(start, start + 1), sentence.touches(start + 1, start + 2),
                  let last = sentence.fourDigitNumber(start + 2), last > first, last - first <= 30 else { continue }
            var noun = start + 3
            while noun < sentence.count, noun - start < 6, sentence.isLowercaseWord(noun), !Self.strategyNouns.contains(sentence.word(noun)),
                  !words.groupBoundaries.contains(sentence.ids[noun]), !words.determiners.contains(sentence.ids[noun]) {
                noun += 1
            }
            guard noun < sentence.count, noun - start <= 5, Self.strategyNouns.contains(sentence.word(noun)),
                  (start...noun).allSatisfy({ matches.isFree($0) }) else { continue }
            let id = registry.discoverFramework(name: sentence.text(start..<noun + 1), kind: .initiative)
            matches.add(FoundEntity(range: start..<noun + 1, ref: .framework(id), rule: "framework-name"))
        }
    }

    private static let strategyNouns: WordSet = ["strategy", "programme", "program", "vision", "plan", "agenda", "roadmap"]
    private static let exerciseNouns: WordSet = ["exercise", "exercises", "drills"]
    private static let programmeModifiers: WordSet = ["development", "national", "state", "economic"]
    private static let strategyHeads: WordSet = ["Strategy", "Programme", "Program", "Vision", "Plan", "Agenda"]

    /// "the 1995 Mekong Agreement", "a 2001 Memorandum of Understanding", "the 2022 EU–Kazakhstan raw materials
    /// partnership": writers often give a framework with the year it was signed or launched, so the dated form is learnt
    /// as a name for it too.
    func learnDatedForms(_ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: inout EntityRegistry) {
        for entity in matches.entities {
            let year = entity.range.lowerBound - 1
            guard year >= 1, case .framework = entity.ref, let value = sentence.fourDigitNumber(year), (1900...2100).contains(value),
                  words.determiners.contains(sentence.ids[year - 1])
            else { continue }
            registry.learn(sentence.text(year..<entity.range.upperBound), for: entity.ref)
        }
        // "the Development Strategy of New Uzbekistan for 2022–2026", "the National Development Programme until 2026": the
        // period a programme covers is learnt with its name.
        for entity in matches.entities {
            guard case .framework = entity.ref, let end = periodEnd(after: entity.range.upperBound, sentence) else { continue }
            registry.learn(sentence.text(entity.range.lowerBound..<end), for: entity.ref)
        }
    }

    /// The end of "for 2022–2026" or "until 2030" starting at `index`.
    private func periodEnd(after index: Int, _ sentence: SentenceTokens) -> Int? {
        guard index + 1 < sentence.count, ["for", "until", "to", "through", "by"].contains(sentence.word(index)),
              sentence.fourDigitNumber(index + 1) != nil else { return nil }
        let dash = index + 2
        if dash + 1 < sentence.count, words.features(of: sentence.ids[dash]).contains(.dash), sentence.fourDigitNumber(dash + 1) != nil { return dash + 2 }
        return index + 2
    }

    /// What a noun after dash-joined parties names: "pipeline", "treaty", "summit", "ceasefire"…
    static func partyNamedKind(_ noun: String) -> Framework.Kind? {
        HeadNouns.trailingFrameworkNouns[noun] ?? HeadNouns.namedTrailingNouns[noun] ?? HeadNouns.infrastructureNouns[noun]
            ?? HeadNouns.partyNamedNouns[noun] ?? (noun == "summit" ? .summit : nil)
    }

    /// The lower-case noun after a run that says it names a framework ("the Power of Siberia 2 pipeline"), and its
    /// index; a carrier of goods or power may stand behind a modifier or two ("the Balticconnector gas pipeline").
    func trailingFrameworkNoun(after run: Range<Int>, _ sentence: SentenceTokens) -> (index: Int, kind: Framework.Kind)? {
        let next = run.upperBound
        guard sentence.isLowercaseWord(next) else { return nil }
        // "Novi Sad railway station": a building on the line, not the line.
        if next + 1 < sentence.count, Self.facilityNouns.contains(sentence.word(next + 1)) { return nil }
        if let kind = HeadNouns.trailingFrameworkNouns[sentence.word(next)] { return (next, kind) }
        // "the Digital Kazakhstan state programme", "the Mongolia 2050 national strategy"
        if next + 1 < sentence.count, ["state", "national"].contains(sentence.word(next)), sentence.isLowercaseWord(next + 1),
           let kind = HeadNouns.trailingFrameworkNouns[sentence.word(next + 1)] {
            return (next + 1, kind)
        }
        // "the Dosti coast guard exercise", "the Zapad strategic exercises": an exercise's name before a modifier or two.
        if let noun = (next + 1..<min(next + 3, sentence.count)).first(where: { ["exercise", "exercises"].contains(sentence.word($0)) }),
           (next..<noun).allSatisfy({ sentence.isLowercaseWord($0) && !words.determiners.contains(sentence.ids[$0])
               && !words.groupBoundaries.contains(sentence.ids[$0]) && !Self.commonVerbs.contains(sentence.word($0)) }) {
            return (noun, .initiative)
        }
        // A carrier or a deal's noun a word or two on, or past a hyphenated modifier ("the Golden Dome missile-defence
        // system"), found by id before any word is read as a string.
        guard (next + 1..<min(next + 5, sentence.count)).contains(where: {
            words.infrastructureNouns.contains(sentence.ids[$0]) || words.placeNamedNouns.contains(sentence.ids[$0])
        }) else { return nil }
        var modifiers = 0
        for index in next + 1..<min(next + 5, sentence.count) {
            let before = index - 1
            // "missile-defence": a hyphen joining two lower-case words is inside one modifier.
            if sentence.ids[before] == words.hyphen, sentence.touches(before - 1, before), sentence.touches(before, index) { continue }
            if sentence.ids[index] == words.hyphen, sentence.touches(before, index) { continue }
            // "gas", "power": a modifier, never an article or a verb ("Everybody read the line" is no line).
            guard sentence.isLowercaseWord(before), !words.groupBoundaries.contains(sentence.ids[before]),
                  !words.determiners.contains(sentence.ids[before]), !Self.commonVerbs.contains(sentence.word(before)),
                  sentence.isLowercaseWord(index), modifiers < 2 else { return nil }
            modifiers += 1
            if let kind = HeadNouns.infrastructureNouns[sentence.word(index)] ?? HeadNouns.dealNouns[sentence.word(index)] { return (index, kind) }
        }
        return nil
    }

    /// A state's services that its demonym and one word name.
    static let stateServices: WordSet = ["Navy", "Army", "Senate", "Congress", "Parliament", "Embassy", "Consulate", "Customs", "Guard"]
    /// How a state's own name may be written before its service: in full, by its initials or by another name.
    private static let stateNameForms: Set<String> = ["lexicon", "acronym", "alias"]

    /// Verbs a capitalised subject may be followed by, and prepositions, which can never modify a pipeline or a line
    /// ("the Senate fell into line").
    static let commonVerbs: WordSet = [
        "read", "said", "says", "is", "was", "are", "were", "has", "had", "built", "runs", "ran", "crossed", "cut", "drew",
        "reached", "held", "left", "took", "made", "laid", "set", "put", "saw", "sees", "needs", "wants", "got", "kept",
        "followed", "came", "went", "gave", "remains", "remained", "became", "stalled", "expired", "lapsed", "fell", "falls",
        "into", "onto", "toward", "towards", "along", "across", "over", "under", "through",
    ]

    /// "East Shield, a multi-year programme to fortify …", "the Eastern Opening, the doctrine …": an appositive that says
    /// what the name is. Returns the framework kind its noun gives; up to four lower-case words may stand before the noun.
    func frameworkAppositive(after run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Framework.Kind? {
        // "factories near Szeged and Debrecen, a half-finished railway": a place, and the phrase after it the next item.
        if followsPlacePreposition(run.lowerBound, sentence) { return nil }
        // "the Kambarata-1 dam on the Naryn River, a project Kyrgyzstan shares": the project is what the river carries.
        if Self.naturalFeatureNouns.contains(sentence.word(run.upperBound - 1)) { return nil }
        var comma = run.upperBound
        // "the Eastern Opening (Keleti Nyitás), the … doctrine": past a name in another language, or an acronym, in brackets.
        if comma < sentence.count, sentence.ids[comma] == words.openParen,
           let close = (comma + 2..<min(comma + 6, sentence.count)).first(where: { sentence.ids[$0] == words.closeParen }) {
            comma = close + 1
        }
        // "a"/"an", or "the" after a name "the" opens or one that opens the sentence ("Freedom Edge, the multi-domain
        // exercise …"): "For Temir Osmonov, the new border treaty matters" is a clause, not an appositive.
        guard comma + 2 < sentence.count, sentence.ids[comma] == words.comma,
              ["a", "an"].contains(sentence.word(comma + 1))
                || sentence.word(comma + 1) == "the" && (run.lowerBound > 0 && words.the.contains(sentence.ids[run.lowerBound - 1])
                    || run.lowerBound == 0 && run.count >= 2 && lexicon.givenNameGenders[sentence.word(0)] == nil)
        else { return nil }
        var index = comma + 2
        // "a 650-megawatt undersea cable", "an AI-assisted tracking system": numbers and acronyms may modify the noun.
        while index < sentence.count, index - comma <= 7, sentence.isLowercaseWord(index) || sentence.ids[index] == words.hyphen
            || sentence.tokens[index].isNumber || sentence.tokens[index].flags.contains(.allCaps) {
            // The noun comes before any preposition or role: "a senior adviser to the leader on foreign policy" is a person.
            if matches.owners[index].role >= 0 || words.groupBoundaries.contains(sentence.ids[index]) { return nil }
            let word = sentence.word(index)
            if let kind = HeadNouns.trailingFrameworkNouns[word] ?? HeadNouns.namedTrailingNouns[word] ?? HeadNouns.infrastructureNouns[word]
                ?? Self.appositiveFrameworkNouns[word] {
                // "a resource policy researcher at …", "a law of the sea specialist at …": the noun modifies a role, and the
                // name is a person's.
                let roleFollows = (index + 1..<min(index + 5, sentence.count)).contains { matches.owners[$0].role >= 0 }
                return roleFollows ? nil : kind
            }
            index += 1
        }
        return nil
    }

    /// Whether "near", "outside", "in" or "at" comes right before `start`, or before a list of capitalised names it ends.
    private func followsPlacePreposition(_ start: Int, _ sentence: SentenceTokens) -> Bool {
        var index = start - 1
        while index >= 1, sentence.tokens[index].isCapitalised || ["and", "or"].contains(sentence.word(index)) || sentence.ids[index] == words.comma {
            index -= 1
        }
        return index >= 0 && Self.placePrepositions.contains(sentence.word(index))
    }

    private static let placePrepositions: WordSet = ["near", "outside", "in", "at"]

    /// Nature's features, which nobody builds or signs.
    private static let naturalFeatureNouns: WordSet = [
        "River", "Lake", "Sea", "Mountains", "Mountain", "Valley", "Desert", "Gulf", "Strait", "Straits", "Peninsula", "Plateau",
        "Basin", "Delta", "Ocean", "Glacier", "Trough", "Reef", "Shoal", "Atoll",
    ]

    /// "…, a coalition of civil society organisations, said": an appositive saying a name is a body, and what kind. It
    /// outweighs a head noun that would make the name a framework ("National Convention on the European Union"), and
    /// names a bare word ("Türkmengaz, the Turkmen state gas concern,"); "the" opens it only when `allowingThe`.
    func bodyAppositive(after end: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, allowingThe: Bool = false) -> Actor.Kind? {
        var comma = end
        // "National Convention on the European Union (NKEU), a coalition …": past an acronym in brackets.
        if comma + 3 < sentence.count, sentence.ids[comma] == words.openParen, sentence.ids[comma + 2] == words.closeParen { comma += 3 }
        guard comma + 2 < sentence.count, sentence.ids[comma] == words.comma,
              ["a", "an"].contains(sentence.word(comma + 1)) || allowingThe && sentence.word(comma + 1) == "the" else { return nil }
        var index = comma + 2
        while index < min(comma + 8, sentence.count) {
            // "an army-run engineering conglomerate": hyphens join the modifiers; "the Turkmen state gas concern": so do
            // demonyms.
            if sentence.ids[index] == words.hyphen {
                index += 1
                continue
            }
            // "a Delhi think tank": so do capitals.
            if let demonym = matches.entity(startingAt: index), demonym.rule == "demonym" || demonym.rule == "capital" {
                index = demonym.range.upperBound
                continue
            }
            guard sentence.isLowercaseWord(index) || sentence.tokens[index].flags.contains(.allCaps) else { return nil }
            if let kind = HeadNouns.bodyNouns[sentence.word(index)] { return kind }
            if words.groupBoundaries.contains(sentence.ids[index]) { return nil }
            index += 1
        }
        return nil
    }

    /// Whether a body's name says several states run it, which analysts count as a framework: "Joint" opening it ("the
    /// Joint Rivers Commission"), or "Interstate" anywhere ("the Interstate Commission for Water Coordination",
    /// "Azerbaijan–Uzbekistan Supreme Interstate Council").
    static func namesSharedBody<Words: Collection>(_ name: Words) -> Bool where Words.Element: StringProtocol {
        name.first == "Joint" || name.contains { sharedBodyWords.contains(String($0)) }
    }

    private static let sharedBodyWords: WordSet = ["Interstate", "Intergovernmental", "Inter-State", "Tripartite", "Trilateral"]

    /// Nouns an appositive uses for what a framework is, beyond the ones written after framework names.
    private static let appositiveFrameworkNouns: WordMap<Framework.Kind> = [
        "exercise": .initiative, "exercises": .initiative, "mechanism": .institution, "platform": .summit, "fund": .institution,
        "bloc": .organization, "alliance": .organization, "organisation": .organization, "organization": .organization,
        "grouping": .organization, "treaty": .agreement, "convention": .agreement, "law": .initiative, "framework": .initiative,
        "operation": .initiative, "system": .initiative, "mission": .initiative,
    ]

    /// Nouns for what parties sign or hold together, which demonyms can name: "the Kyrgyz–Tajik border treaty".
    static let bindingNouns: WordSet = [
        "treaty", "agreement", "accord", "pact", "memorandum", "deal", "summit", "pipeline", "railway", "corridor", "protocol",
        "swap", "contract", "ceasefire", "truce", "declaration", "statement",
    ]

    /// A run of two or more words, or one no lexicon knows, and a lower-case noun that completes a framework's name.
    func withNamedTrailingNoun(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> (range: Range<Int>, kind: Framework.Kind)? {
        let next = run.upperBound
        guard next < sentence.count, sentence.isLowercaseWord(next), matches.isFree(next) else { return nil }
        let noun = sentence.word(next)
        // A place a lexicon name merely contains still names a meeting there: "Istanbul" of "Istanbul Convention".
        if let kind = HeadNouns.placeNamedNouns[noun], run.lowerBound > 0 { return (run.lowerBound..<next + 1, kind) }
        guard let kind = HeadNouns.namedTrailingNouns[noun], run.count > 1 || sentence.ids[run.lowerBound] == TokenInterner.unknown else { return nil }
        return (run.lowerBound..<next + 1, kind)
    }

    /// "Romanian Diplomatic Institute", "Tbilisi Silk Road Forum", "India Ports Global Limited": a state's name,
    /// demonym or capital written right before an organisation's or a framework's name belongs to that name, and
    /// the state is the organisation's affiliation.
    ///
    /// The prefix may also be the parties of a bilateral or trilateral name, joined by dashes ("US–Mongolia Open Skies
    /// Agreement", "China–Mongolia–Russia Economic Corridor"), which gives no single affiliation, or a framework's
    /// acronym ("C5+1 Critical Minerals Dialogue", "CSTO Targeted Interstate Programme").
    func withStatePrefix(
        _ run: Range<Int>, _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> (run: Range<Int>, state: EntityKey?, sharedByParties: Bool) {
        let head = headWord(run, sentence)
        guard var prefix = matches.entity(endingAt: run.lowerBound - 1) else {
            return withPartiesBeforeDash(run, head: head, sentence, &matches, registry) ?? (run, nil, false)
        }
        // One word is enough for a framework named after a place ("Rome Statute", "Moscow Format", "Tehran Declaration")
        // and for a company named after its state ("Azerbaijan Airlines", "Kazakhstan Railways"); two are, when the second
        // is an industry's ("Gulf Keystone Petroleum").
        let namedAfterState = prefix.rule == "lexicon" && (HeadNouns.organisations[head] == .company || run.count >= 2 && HeadNouns.industryHeads.contains(head))
        // An appositive saying what the name is claims the prefix too: "Nordic Warden, an AI-assisted tracking system".
        let namesFramework = HeadNouns.frameworks[head] != nil || frameworkAppositive(after: run, sentence, matches) != nil
        // "Philippine Navy", "Russian Embassy", "Nepal Army", "US Embassy": one word is enough for a state's own service
        // after its demonym, its name or its initials.
        let stateService = run.count == 1 && Self.stateServices.contains(head)
            && (prefix.rule == "demonym" || Self.stateNameForms.contains(prefix.rule) && prefix.ref.actorID.map { registry.kind(ofActor: $0) == .state } == true)
        // "Czech Television", "Polish Radio": a state's public broadcaster is its adjective and a medium's head.
        let stateMedia = run.count == 1 && HeadNouns.organisations[head] == .media && prefix.rule == "demonym"
        // "the Caucasus Institute", "the Nordic Caucasus Institute": a region's name before a body's head alone names the body.
        let regionBody = run.count == 1 && HeadNouns.organisations[head] != nil && HeadNouns.organisations[head] != .company
            && prefix.ref.actorID.map { [.region, .bloc].contains(registry.kind(ofActor: $0)) } == true
        guard run.count >= 2 && HeadNouns.organisations[head] != nil || namesFramework || namedAfterState || stateService || stateMedia || regionBody
        else { return (run, nil, false) }
        if prefix.range.count == 2, words.the.contains(sentence.ids[prefix.range.lowerBound]) {
            // "the Levant Policy Forum": the lexicon's "the Levant" gives its article back to the longer name.
            matches.remove(prefix)
            prefix.range = prefix.range.lowerBound + 1..<prefix.range.upperBound
            matches.add(prefix)
        }
        guard sentence.tokens[prefix.range.lowerBound].isCapitalised else { return (run, nil, false) }
        if let joined = dashJoinedParties(endingWith: prefix, sentence, matches, registry) {
            return joinedWithParties(run, joined, &matches, registry)
        }
        // "East China Institute of Industrial Economics", "Grand Ethiopian Renaissance Dam": a name word inside the
        // sentence may open the name before the state.
        let before = prefix.range.lowerBound - 1
        var nameStart = before >= 1 && matches.isFree(before) && isNameToken(sentence, before) ? before : prefix.range.lowerBound
        // "Al-Farabi Kazakh National University": a hyphen joins the name word to the one before it.
        if nameStart == before, nameStart >= 2, sentence.ids[nameStart - 1] == words.hyphen, sentence.touches(nameStart - 2, nameStart - 1),
           sentence.touches(nameStart - 1, nameStart), matches.isFree(nameStart - 2), sentence.tokens[nameStart - 2].isCapitalised {
            nameStart -= 2
        }
        switch prefix.ref {
        case .actor(let id):
            // A region names its body too ("Caucasus Policy Lab", "European Political Community") but is no affiliation.
            // A bloc names its own programmes ("EU Strategy for Central Asia") and is their sponsor, not an affiliation; so
            // does a body by its acronym ("UN Watercourses Convention", "UNECE Water Convention").
            let kind = registry.kind(ofActor: id)
            let isCode = prefix.range.count == 1 && sentence.tokens[prefix.range.lowerBound].flags.contains(.allCaps)
            // "OSCE Parliamentary Assembly": a body's code before another body's head names one of its organs.
            let organ = (kind == .bloc || kind == .organization) && isCode && run.count >= 2 && HeadNouns.organisations[head] != nil
            // A bloc's adjective opens a body's name as a region's does: "Nordic Asia Policy Centre"; so does the city that
            // stands for a bloc: "the Brussels Institute for Neighbourhood Policy".
            let blocAdjective = kind == .bloc && (prefix.rule == "demonym" || prefix.rule == "metonym" && HeadNouns.organisations[head] != nil)
            guard prefix.range.count == 1 || kind == .state || kind == .region || kind == .bloc, prefix.range.count <= 4,
                  kind == .state || kind == .region || blocAdjective || (kind == .bloc || kind == .organization && isCode) && namesFramework || organ
            else { return (run, nil, false) }
            matches.remove(prefix)
            // "Xinjiang Central Asia Petroleum and Gas Company", "Nordic Asia Policy Centre", "Korea Eurasia Policy Forum": a
            // region, a bloc's adjective or a state right before the region is part of the name too.
            if nameStart == prefix.range.lowerBound, kind != .state, let outer = matches.entity(endingAt: nameStart - 1),
               outer.rule == "lexicon" || outer.rule == "demonym" || outer.rule == "alias",
               let outerID = outer.ref.actorID, [.state, .region, .bloc].contains(registry.kind(ofActor: outerID)), sentence.tokens[outer.range.lowerBound].isCapitalised {
                matches.remove(outer)
                return (outer.range.lowerBound..<run.upperBound, kind == .state ? id : nil, false)
            }
            return (nameStart..<run.upperBound, kind == .state ? id : nil, false)
        case .framework:
            // An acronym, a code or a one-word name ("CSTO", "C5+1", "Quad"), not a framework's full name.
            guard run.count >= 2, prefix.range.count == 1 || !sentence.text(prefix.range).contains(where: \.isLowercase) else { return (run, nil, false) }
            matches.remove(prefix)
            return (prefix.range.lowerBound..<run.upperBound, nil, false)
        }
    }

    /// "the Atlantic–Caspian Forum", "the West–East Gas Pipeline", "the China–Pacific Island Countries Foreign Ministers'
    /// Meeting": a framework's or a body's name that opens right after a dash shares its parties with what stands before.
    private func withPartiesBeforeDash(
        _ run: Range<Int>, head: String, _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> (run: Range<Int>, state: EntityKey?, sharedByParties: Bool)? {
        guard run.lowerBound >= 2, HeadNouns.frameworks[head] != nil || run.count >= 2 && HeadNouns.organisations[head] != nil,
              let joined = partiesBeforeDash(at: run.lowerBound - 1, sentence, matches, registry) else { return nil }
        return joinedWithParties(run, joined, &matches, registry)
    }

    /// The run with the parties before it taken into its name; a body two governments or blocs run together ("the
    /// EU–India Trade and Technology Council") is shared by them rather than affiliated with one.
    private func joinedWithParties(
        _ run: Range<Int>, _ joined: (start: Int, parties: [FoundEntity]), _ matches: inout SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> (run: Range<Int>, state: EntityKey?, sharedByParties: Bool) {
        for party in joined.parties { matches.remove(party) }
        let governments = joined.parties.filter { party in
            switch party.ref {
            case .actor(let id): [.state, .bloc].contains(registry.kind(ofActor: id))
            case .framework(let id): registry.kind(ofFramework: id) == .organization
            }
        }
        return (joined.start..<run.upperBound, nil, governments.count >= 2)
    }

    /// Two or more actors joined by dashes that touch them, ending with `last`: "Germany–Uzbekistan", "US–Mongolia",
    /// "Korea–Central Asia". Returns them in text order, or nil for a lone actor.
    func dashJoinedParties(
        endingWith last: FoundEntity, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> (start: Int, parties: [FoundEntity])? {
        guard isDashedParty(last, registry), let chain = partiesBeforeDash(at: last.range.lowerBound - 1, sentence, matches, registry) else { return nil }
        return (chain.start, chain.parties + [last])
    }

    /// The parties written before the dash at `dash`, each joined to the next by a dash that touches them: "Germany–" in
    /// "Germany–Uzbekistan", "Caspian–Black Sea–" in "Caspian–Black Sea–Europe Green Energy Corridor". Nil when no party
    /// stands there.
    func partiesBeforeDash(
        at dash: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> (start: Int, parties: [FoundEntity])? {
        var parties: [FoundEntity] = []
        var start = dash + 1
        var links = 0
        while start >= 2 {
            let dash = start - 1
            guard sentence.ids[dash] == words.enDash || sentence.ids[dash] == words.hyphen, sentence.touches(dash, dash + 1),
                  sentence.touches(dash - 1, dash) else { break }
            if let before = matches.entity(endingAt: dash - 1), isDashedParty(before, registry) {
                parties.insert(before, at: 0)
                start = before.range.lowerBound
            } else if matches.owners[dash - 1].entity == -2 || matches.isFree(dash - 1) && isNameToken(sentence, dash - 1) {
                // A sea, a place the lexicon keeps as a place, or a word it does not know:
                // "Caspian–Black Sea–Europe Green Energy Corridor".
                let kept = matches.owners[dash - 1].entity
                start = dash - 1
                while start > 0, matches.owners[start - 1].entity == kept, isNameToken(sentence, start - 1) { start -= 1 }
            } else {
                break
            }
            links += 1
        }
        // "the United States–Georgia Charter": the lexicon's "the United States" gives its article back.
        if words.the.contains(sentence.ids[start]), start + 1 < sentence.count, sentence.tokens[start + 1].isCapitalised { start += 1 }
        return links >= 1 ? (start, parties) : nil
    }

    /// Any party a deal can have ("the EAEU–Iran free trade agreement"), but no person: an armed movement signs truces
    /// too ("the US–Houthi truce").
    private func isDashedParty(_ entity: FoundEntity, _ registry: borrowing EntityRegistry) -> Bool {
        guard case .actor(let id) = entity.ref else { return isParty(entity.ref, registry) }
        return [.state, .region, .bloc, .organization, .company, .group].contains(registry.kind(ofActor: id))
    }

    /// "the Codelco–SQM partnership agreement", "the Kazakhstan–TUSAŞ Anka agreement": a deal's name found on its own
    /// keeps the parties written before it with dashes.
    func joinPartiesBeforeDeals(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for deal in matches.entities where deal.rule == "framework-name" && deal.range.lowerBound >= 2 {
            guard case .framework(let dealID) = deal.ref, registry.kind(ofFramework: dealID) == .agreement else { continue }
            let before = deal.range.lowerBound - 1
            let start: Int
            let parties: [FoundEntity]
            if sentence.ids[before] == words.enDash || sentence.ids[before] == words.hyphen, sentence.touches(before - 1, before),
               sentence.touches(before, before + 1), let party = matches.entity(endingAt: before - 1), party.ref.actorID != nil {
                // "Codelco–SQM …": the deal's name opens with the last party.
                (start, parties) = dashJoinedParties(endingWith: party, sentence, matches, registry) ?? (party.range.lowerBound, [party])
            } else if let party = matches.entity(endingAt: before), let chain = dashJoinedParties(endingWith: party, sentence, matches, registry) {
                (start, parties) = chain  // "Kazakhstan–TUSAŞ Anka agreement": the parties, then the deal's name
            } else {
                continue
            }
            let name = sentence.text(start..<deal.range.upperBound)
            let ref: EntityRef
            if registry.framework(dealID).mentions.isEmpty {
                // Named here first: the parties' name is the deal's, and the short one finds it later.
                ref = .framework(registry.discoverFramework(name: name, kind: .agreement))
                registry.redirect(sentence.text(deal.range), to: ref)
            } else {
                ref = deal.ref  // "the Rafale contract … the Serbia–France Rafale contract": one deal, named again
                registry.learn(name, for: ref)
            }
            for entity in parties + [deal] { matches.remove(entity) }
            matches.add(FoundEntity(range: start..<deal.range.upperBound, ref: ref, rule: "framework-name"))
        }
    }

    /// "the GIGO treaty", "the SCO charter": an organisation's founding text, named by the organisation. "the CIS free
    /// trade agreement", "the TAPI intergovernmental agreement": a deal a known framework names, past a few lower-case
    /// words; a partner after it joins the name ("the EAEU free trade agreement with Iran").
    func findFoundingTexts(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for entity in matches.entities {
            let next = entity.range.upperBound
            guard next < sentence.count, sentence.isLowercaseWord(next), matches.isFree(next), let id = entity.ref.frameworkID else { continue }
            let kind = registry.kind(ofFramework: id)
            guard kind != .concept else { continue }
            let founding = kind == .organization && Self.foundingTexts.contains(sentence.word(next))
            guard let noun = founding ? next : dealNoun(from: next, sentence, matches) else { continue }
            let end = memorandumEnd(after: noun, sentence) ?? noun + 1
            let range = entity.range.lowerBound..<end
            matches.remove(entity)
            let key: EntityKey
            if kind == .organization, let partner = partner(after: end, sentence, matches, registry),
               let owner = partyName(entity.ref, registry), let other = partyName(partner.ref, registry) {
                key = discoverFramework(parties: [owner, other], description: sentence.text(next..<end), kind: .agreement, &registry)
                registry.learn(sentence.text(range), for: .framework(key))
            } else {
                key = registry.discoverFramework(name: sentence.text(range), kind: .agreement)
            }
            matches.add(FoundEntity(range: range, ref: .framework(key), rule: "framework-name"))
        }
    }

    /// The deal's noun that ends a few lower-case words from `start`: "free trade agreement", "staff-level agreement".
    private func dealNoun(from start: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        var index = start
        while index < sentence.count, index - start < 5, matches.isFree(index),
              sentence.isLowercaseWord(index) || sentence.ids[index] == words.hyphen {
            let word = sentence.word(index)
            if HeadNouns.describedInstruments[word] == .agreement, !Self.vagueDealNouns.contains(word) { return index }
            let id = sentence.ids[index]
            if words.groupBoundaries.contains(id) || words.auxiliaries.contains(id) || words.determiners.contains(id) || matches.owners[index].verb >= 0 {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Where an "on …" topic after a deal ends, when it closes the phrase: "partnership on raw materials, batteries and
    /// renewable hydrogen, signed …". A past tense ends a clause instead ("talks on the project failed").
    private func closedTopic(from start: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        guard let topic = topicPhrase(from: start, sentence, matches) else { return nil }
        let end = topic.range.upperBound
        // "… on military training and consultancy in Ankara": where or when it was signed closes the topic too.
        let placeOrTimeFollows = end + 1 < sentence.count && ["in", "at", "on"].contains(sentence.word(end))
            && (sentence.tokens[end + 1].isCapitalised || sentence.tokens[end + 1].isNumber)
        guard end == sentence.count || !sentence.isLowercaseWord(end) || matches.owners[end].verb >= 0 || Self.commonVerbs.contains(sentence.word(end))
                || isReducedRelative(end, sentence) || placeOrTimeFollows,
              !sentence.endsWith(end - 1, "ed") else { return nil }
        return end
    }

    /// Where "of 1904" after a deal's noun ends: the year that tells one treaty from another.
    func yearOfDeal(after noun: Int, _ sentence: SentenceTokens) -> Int? {
        guard noun + 2 < sentence.count, sentence.word(noun + 1) == "of", sentence.tokens[noun + 2].isNumber,
              let year = Int(sentence.word(noun + 2)), (1800...2100).contains(year) else { return nil }
        return noun + 3
    }

    /// A deal's noun one or two lower-case words after `noun`: "visa facilitation agreement", "partnership agreement".
    private func bindingNoun(after noun: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        for next in noun + 1..<min(noun + 3, sentence.count) {
            guard sentence.isLowercaseWord(next), matches.isFree(next), !words.groupBoundaries.contains(sentence.ids[next]) else { return nil }
            if HeadNouns.describedInstruments[sentence.word(next)] == .agreement { return next }
        }
        return nil
    }

    /// A noun that parties name two lower-case words after `noun`, past one that is none: "visa liberalisation dialogue".
    private func laterPartyNamedNoun(after noun: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> (index: Int, kind: Framework.Kind)? {
        let next = noun + 2
        guard next < sentence.count, sentence.isLowercaseWord(noun + 1), matches.isFree(noun + 1), !words.groupBoundaries.contains(sentence.ids[noun + 1]),
              !words.auxiliaries.contains(sentence.ids[noun + 1]), matches.owners[noun + 1].verb < 0,
              sentence.isLowercaseWord(next), matches.isFree(next), let kind = Self.partyNamedKind(sentence.word(next)) else { return nil }
        return (next, kind)
    }

    /// Where "memorandum of understanding" or "memorandum of cooperation" ends, when `noun` is "memorandum".
    func memorandumEnd(after noun: Int, _ sentence: SentenceTokens) -> Int? {
        guard sentence.word(noun) == "memorandum", noun + 2 < sentence.count, sentence.word(noun + 1) == "of",
              ["understanding", "cooperation"].contains(sentence.word(noun + 2)) else { return nil }
        return noun + 3
    }

    /// Deal nouns that say too little to name a text after a framework: "the BRI framework" is the initiative.
    private static let vagueDealNouns: WordSet = ["deal", "swap", "arrangement", "framework"]

    private static let genericQuantifiers: WordSet = ["every", "each", "any", "no", "all", "most", "many", "some", "future"]
    private static let foundingTexts: WordSet = ["treaty", "charter", "statute", "convention"]

    /// "the Germany–Uzbekistan migration and mobility agreement", "a Korea–Central Asia summit": parties joined by
    /// dashes, then a few lower-case words ending in a framework noun, name a framework of their own.
    func findPartiesFrameworks(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        var index = 0
        while index < sentence.count {
            guard let entity = matches.entity(startingAt: index) else {
                index += 1
                continue
            }
            let end = entity.range.upperBound
            index = end
            let dash = entity.range.lowerBound - 1
            guard dash > 0, sentence.ids[dash] == words.enDash || sentence.ids[dash] == words.hyphen, end < sentence.count else { continue }
            // "the China–Malaysia community with a shared future", "the US–Vietnam Comprehensive Strategic Partnership": a
            // relationship the lexicon knows as a concept, between these parties.
            if let concept = matches.entity(startingAt: end), let conceptID = concept.ref.frameworkID, registry.kind(ofFramework: conceptID) == .concept,
               let (start, parties) = dashJoinedParties(endingWith: entity, sentence, matches, registry) {
                // "… community with a shared future in the new era": the era belongs to the label.
                let era = concept.range.upperBound
                let eraEnd = era + 3 < sentence.count && ["in", "for"].contains(sentence.word(era)) && words.the.contains(sentence.ids[era + 1])
                    && sentence.word(era + 2) == "new" && sentence.word(era + 3) == "era" ? era + 4 : era
                let range = start..<eraEnd
                for party in parties + [concept] { matches.remove(party) }
                let id = registry.discoverFramework(name: sentence.text(range), kind: .concept)
                if eraEnd > era { registry.learn(sentence.text(start..<era), for: .framework(id)) }
                matches.add(FoundEntity(range: range, ref: .framework(id), rule: "framework-name"))
                index = range.upperBound
                continue
            }
            guard sentence.isLowercaseWord(end), let (start, parties) = dashJoinedParties(endingWith: entity, sentence, matches, registry)
            else { continue }
            // "every EU–Azerbaijan meeting", "any US–Iran deal": a kind of meeting or deal, not one.
            if start > 0, Self.genericQuantifiers.contains(sentence.word(start - 1)) { continue }
            // Demonyms describe a plan ("a joint Russian-Chinese project") but still name a treaty or a summit
            // ("the Kyrgyz–Tajik border treaty").
            let byDemonyms = parties.contains { $0.rule == "demonym" }
            var last = end
            // "the ASEAN–China foreign ministers' meeting": a plural's apostrophe may stand among the words.
            while last < sentence.count, last - end < 5, sentence.isPluralApostrophe(last) && last + 1 < sentence.count
                    || sentence.isLowercaseWord(last) && matches.isFree(last),
                  sentence.ids[last] == words.and || HeadNouns.partyNamedNouns[sentence.word(last)] != nil
                    || !words.groupBoundaries.contains(sentence.ids[last]) && !words.auxiliaries.contains(sentence.ids[last]) {
                // "summit" too: the parties name a recurring format ("a Korea–Central Asia summit"), not one meeting.
                let noun = sentence.word(last)
                if byDemonyms, !Self.bindingNouns.contains(noun) {
                    last += 1
                    continue
                }
                if var kind = Self.partyNamedKind(noun) {
                    // "the Russia–Iran partnership treaty": nouns in a row, the last one the head.
                    while last + 1 < sentence.count, sentence.isLowercaseWord(last + 1), matches.isFree(last + 1),
                          let next = Self.partyNamedKind(sentence.word(last + 1)) {
                        last += 1
                        kind = next
                    }
                    // "the EU–Georgia visa facilitation agreement": a deal's noun a word or two on is the head; so is a
                    // format's ("the EU–Armenia visa liberalisation dialogue").
                    if let later = bindingNoun(after: last, sentence, matches) {
                        last = later
                        kind = .agreement
                    } else if let later = laterPartyNamedNoun(after: last, sentence, matches) {
                        last = later.index
                        kind = later.kind
                    }
                    let noun = sentence.word(last)
                    let headEnd = memorandumEnd(after: last, sentence) ?? last + 1
                    // "the EU–Kazakhstan partnership on raw materials, batteries and renewable hydrogen", "a Franco-Siamese
                    // treaty of 1904": a topic or a year completes the name.
                    let topicEnd = HeadNouns.describedInstruments[noun] != nil && kind != .summit ? closedTopic(from: headEnd, sentence, matches) : nil
                    let nameEnd = topicEnd ?? yearOfDeal(after: headEnd - 1, sentence) ?? headEnd
                    // The year stays free to date the sentence.
                    let range = start..<(topicEnd ?? headEnd)
                    for party in parties { matches.remove(party) }
                    // Two parties named in full ("Serbia–China") may come in the other order elsewhere.
                    let id = parties.count == 2 && start == parties[0].range.lowerBound
                        ? discoverFramework(parties: parties.map { sentence.text($0.range) }, joinedBy: sentence.word(parties[1].range.lowerBound - 1),
                                            description: sentence.text(end..<nameEnd), kind: kind, &registry)
                        : registry.discoverFramework(name: sentence.text(range), kind: kind)
                    if nameEnd > headEnd { registry.learn(sentence.text(start..<headEnd), for: .framework(id)) }
                    matches.add(FoundEntity(range: range, ref: .framework(id), rule: "framework-name"))
                    index = nameEnd
                    break
                }
                last += 1
            }
        }
    }
}
