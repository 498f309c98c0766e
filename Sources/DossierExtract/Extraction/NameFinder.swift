import DossierModel

/// Finds the entities, role nouns and reporting verbs of one sentence, in priority order: acronym
/// definitions, lexicon names, names learnt earlier, then names discovered from evidence in the sentence.
struct NameFinder {
    let lexicon: Lexicon
    var words: RuleWords { lexicon.words }

    func find(in sentence: SentenceTokens, registry: inout EntityRegistry, state: inout ArticleState) -> SentenceMatches {
        var matches = SentenceMatches(count: sentence.count)
        findAcronymDefinitions(sentence, &matches, &registry, &state)
        findLexiconNames(sentence, &matches, &registry, state)
        findPartiesFrameworks(sentence, &matches, &registry)
        findCapitalNamedFrameworks(sentence, &matches, &registry)
        findRolesAndVerbs(sentence, &matches)
        discoverNames(sentence, &matches, &registry, &state)
        return matches
    }

    // MARK: Acronym definitions: "Shanghai Cooperation Organisation (SCO)"

    private func findAcronymDefinitions(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState
    ) {
        let tokens = sentence.tokens
        var index = 1
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard sentence.ids[index] == words.openParen, sentence.ids[index + 2] == words.closeParen,
                  tokens[index + 1].flags.contains(.allCaps) else { continue }
            let acronym = sentence.word(index + 1)
            guard let start = expansionStart(sentence, before: index, acronym: acronym) else { continue }
            if let match = lexicon.names.longestMatch(sentence.ids, from: start), match.length == index - start,
               case .actor(let actorIndex) = match.payloads[0].target, lexicon.entries.actors[actorIndex].isPlace {
                // "Line of Actual Control (LAC)": a place the lexicon knows stays a place, and its acronym is in the lexicon.
                matches.block(start..<index + 2)
                index += 2
                continue
            }
            let expansion = sentence.text(start..<index)
            let ref: EntityRef
            if let match = lexicon.names.longestMatch(sentence.ids, from: start), match.length == index - start,
               let hit = match.payloads.first {
                ref = registry.ref(for: hit.target)
            } else if let learnt = registry.learntNames[expansion] {
                ref = learnt
            } else if let match = lexicon.names.longestMatch(sentence.ids, from: index + 1), match.length == 1,
                      let hit = match.payloads.first {
                ref = registry.ref(for: hit.target)
            } else {
                ref = discover(expansion: expansion, head: headWord(start..<index, sentence), &registry)
            }
            registry.learn(expansion, for: ref)
            registry.learn(acronym, for: ref, isAcronym: true)
            state.definedAcronyms[acronym] = ref
            matches.add(FoundEntity(range: start..<index, ref: ref, rule: "acronym-definition"))
            matches.add(FoundEntity(range: index + 1..<index + 2, ref: ref, rule: "acronym-definition"))
            index += 2
        }
    }

    /// Where the words that the acronym abbreviates begin, looking back from the opening parenthesis.
    private func expansionStart(_ sentence: SentenceTokens, before paren: Int, acronym: String) -> Int? {
        var candidates: [Int] = []  // token indices where a word of the expansion starts
        var index = paren - 1
        while index >= 0, paren - index <= 14 {
            let token = sentence.tokens[index]
            if token.isCapitalised || token.isNumber {
                if index > 0, sentence.ids[index - 1] == words.hyphen, sentence.touches(index - 1, index) {
                    index -= 2  // "Trans-Caspian", "North-South": one word for the acronym
                    continue
                }
                candidates.append(index)
            } else if words.connectors.contains(token.id) || words.inWord.contains(token.id) {
                candidates.append(index)  // "European Union Mission in Armenia (EUMA)"
            } else {
                break
            }
            index -= 1
        }
        let skippable: Set<String> = ["of", "and", "for", "the", "on", "de", "in"]
        let letters = acronym.filter { $0.isLetter || $0.isNumber }.count
        var nearest: Int?
        for start in candidates where sentence.tokens[start].isCapitalised {
            let pieces = (start..<paren).filter { sentence.tokens[$0].isWord }.map { sentence.word($0) }
            guard AcronymMatcher.matches(acronym, words: pieces, skippable: { skippable.contains($0) }) else { continue }
            // One initial a word is the usual shape, and beats a shorter expansion that borrows inner letters:
            // "European External Action Service (EEAS)", not "External Action Service".
            if pieces.filter({ !skippable.contains($0) }).count == letters { return start }
            if nearest == nil { nearest = start }
        }
        return nearest
    }

    private func discover(expansion: String, head: String, _ registry: inout EntityRegistry) -> EntityRef {
        if let kind = HeadNouns.frameworks[head] { return .framework(registry.discoverFramework(name: expansion, kind: kind)) }
        return .actor(registry.discoverActor(name: expansion, kind: HeadNouns.organisations[head] ?? .organization))
    }

    /// The word that says what a name names: its last word, or, when that is no head noun, the word before
    /// its first "of", "on", "in" or "for" ("Convention on the Law of the Sea", "Center for Democracy and
    /// Security", "Permanent Court of Arbitration").
    private func headWord(_ range: Range<Int>, _ sentence: SentenceTokens) -> String {
        var last = sentence.word(range.upperBound - 1)
        if sentence.tokens[range.upperBound - 1].isNumber, range.count >= 2 { last = sentence.word(range.upperBound - 2) }
        // With an "of", "for"… inside, the word before the first one is a head as much as the last word; a body's head
        // wins over a framework's ("Centre for Strategic Dialogue", "Japan Forum for Eurasian Resources" are bodies),
        // then the word before ("Treaty on Comprehensive Strategic Partnership" is a treaty).
        for index in range.dropFirst() where words.nameInnerPrepositions.contains(sentence.ids[index]) {
            let before = sentence.word(index - 1)
            for candidate in [before, last] where HeadNouns.organisations[candidate] != nil { return candidate }
            return HeadNouns.frameworks[before] != nil || HeadNouns.frameworks[last] == nil ? before : last
        }
        return last
    }

    // MARK: Lexicon names, roles and verbs

    private func findLexiconNames(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: borrowing ArticleState) {
        var index = 0
        while index < sentence.count {
            guard matches.entityAt[index] < 0, let match = lexicon.names.longestMatch(sentence.ids, from: index),
                  (index..<index + match.length).allSatisfy({ matches.entityAt[$0] < 0 }) else {
                index += 1
                continue
            }
            let end = index + match.length
            if words.determiners.contains(sentence.ids[index]), let later = lexicon.names.longestMatch(sentence.ids, from: index + 1),
               index + 1 + later.length > end {
                index += 1  // "the Gulf states": "Gulf states" beats "the Gulf"
                continue
            }
            if match.length == 1, sentence.tokens[index].flags.contains(.allCaps), let defined = state.definedAcronyms[sentence.word(index)] {
                // "Caspian Pipeline Consortium (CPC)" earlier in the article: "the CPC said" is the consortium, not the
                // Communist Party of China the lexicon knows by the same letters.
                matches.add(FoundEntity(range: index..<end, ref: defined, rule: "acronym"))
                index = end
                continue
            }
            let hit = match.payloads.first { $0.rule == "lexicon" } ?? match.payloads[0]
            if hit.rule == "short", end < sentence.count, isNameToken(sentence, end), !sentence.tokens[end].flags.contains(.allCaps),
               lexicon.names.longestMatch(sentence.ids, from: end) == nil {
                index += 1  // "Wang Yuting" is not Wang Yi: a surname followed by another name is someone else
                continue
            }
            if hit.rule == "short", index > 0, sentence.ids[index - 1] == TokenInterner.unknown, isNameToken(sentence, index - 1) {
                index += 1  // "Zaur Hajiyev" is not Hikmet Hajiyev: a given name the lexicon lacks makes someone else
                continue
            }
            if hit.rule == "short", let person = state.surnames[sentence.text(index..<end)] {
                // Someone met earlier in this article shares the name: "Wang" after "Wang Yuting" is Wang Yuting.
                matches.add(FoundEntity(range: index..<end, ref: .actor(person), rule: "surname"))
            } else if case .actor(let actorIndex) = hit.target, lexicon.entries.actors[actorIndex].isPlace {
                matches.block(index..<end)  // a place: recognised, so never rediscovered, but not an actor
            } else {
                matches.add(FoundEntity(range: index..<end, ref: registry.ref(for: hit.target), rule: hit.rule))
            }
            index = end
        }
    }

    private func findRolesAndVerbs(_ sentence: SentenceTokens, _ matches: inout SentenceMatches) {
        var index = 0
        while index < sentence.count {
            if matches.entityAt[index] < 0, let match = lexicon.roles.longestMatch(sentence.ids, from: index),
               (index..<index + match.length).allSatisfy({ matches.entityAt[$0] < 0 }) {
                let hit = match.payloads[0]
                matches.add(RoleMatch(range: index..<index + match.length, entry: hit.role, isPlural: hit.isPlural))
                index += match.length
                continue
            }
            if matches.entityAt[index] < 0, let match = lexicon.verbs.longestMatch(sentence.ids, from: index) {
                matches.add(VerbMatch(range: index..<index + match.length, entry: match.payloads[0]))
                index += match.length
                continue
            }
            index += 1
        }
    }

    // MARK: Discovery of capitalised names

    private func isNameToken(_ sentence: SentenceTokens, _ index: Int) -> Bool {
        let token = sentence.tokens[index]
        return token.isWord && token.isCapitalised && !token.isNumber && !words.capitalisedFunctionWords.contains(token.id)
            && words.months[token.id] == nil && !words.weekdays.contains(token.id) && !words.honorifics.contains(token.id)
    }

    /// Maximal runs of free capitalised tokens, joined by connectors ("of"), hyphens and trailing numbers.
    private func runs(_ sentence: SentenceTokens, _ matches: SentenceMatches) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        let count = sentence.count
        while index < count {
            // "the Third Neighbour policy", "Second Thomas Shoal": an ordinal inside a sentence can open a name.
            guard matches.isFree(index) && isNameToken(sentence, index) || index > 0 && index + 1 < count
                && (words.ordinals.contains(sentence.ids[index]) || words.compassWords.contains(sentence.ids[index]))
                && matches.isFree(index) && matches.isFree(index + 1) && isNameToken(sentence, index + 1)
            else {
                index += 1
                continue
            }
            if sentence.tokens[index].flags.contains(.allCaps) {
                // "the MEGOBARI Act", "the CHIPS Act": a code word and a head noun make one name.
                let next = index + 1
                let joinsHead = next < count && matches.isFree(next) && isNameToken(sentence, next) && !sentence.tokens[next].flags.contains(.allCaps)
                    && (HeadNouns.frameworks[sentence.word(next)] != nil || HeadNouns.organisations[sentence.word(next)] != nil)
                runs.append(index..<(joinsHead ? next + 1 : next))
                index = joinsHead ? next + 1 : next
                continue
            }
            var end = index + 1
            while end < count, matches.isFree(end) {
                let token = sentence.tokens[end]
                if isNameToken(sentence, end), !token.flags.contains(.allCaps) {
                    end += 1
                } else if words.compassWords.contains(token.id), end + 1 < count, matches.isFree(end + 1), isNameToken(sentence, end + 1) {
                    end += 2  // "Institute for Northern Strategy"
                } else if words.patronymics.contains(token.id), end - index >= 2 {
                    end += 1  // "Makhabat Tajibek kyzy", "Ilham Heydar oglu"
                } else if token.isNumber, sentence.tokens[end - 1].isCapitalised,
                          token.end - token.start <= 2 || HeadNouns.frameworks[sentence.word(end - 1)] != nil {
                    end += 1  // "Power of Siberia 2", "Turkic World Vision 2040"
                } else if words.connectors.contains(token.id), end + 1 < count, matches.isFree(end + 1),
                          isNameToken(sentence, end + 1) || end + 2 < count && words.compassWords.contains(sentence.ids[end + 1])
                              && matches.isFree(end + 2) && isNameToken(sentence, end + 2),
                          !sentence.tokens[end].isCapitalised {
                    end += 2
                } else if token.id == words.hyphen, end + 1 < count, sentence.touches(end - 1, end), sentence.touches(end, end + 1),
                          matches.isFree(end + 1), isNameToken(sentence, end + 1) || isLowercaseNamePart(end + 1, sentence) {
                    end += 2  // "Abu-Bakr", and Korean given names: "Park Seo-yeon"
                } else if let listEnd = listInName(at: end, runStart: index, sentence, matches) {
                    end = listEnd  // "Treaty of Friendship, Cooperation and Mutual Assistance"
                } else if let tail = knownWordInName(afterConnector: end, sentence, matches) {
                    end = tail
                } else if words.connectors.contains(token.id), !token.isCapitalised, end + 2 < count, words.the.contains(sentence.ids[end + 1]),
                          matches.isFree(end + 2), isNameToken(sentence, end + 2), endsWithHeadNoun(end, sentence) {
                    end += 3  // "Framework Agreement on the Joint Feasibility Study", "Bank of the South"
                } else {
                    break
                }
            }
            runs.append(index..<end)
            index = end
        }
        return runs
    }

    /// "Institute of Eurasian Energy", "Centre for Central Asian Studies": after an organisation's or framework's head
    /// noun and a connector, a demonym or region followed by another capitalised word is part of the name, not a
    /// mention of its own. Returns where the name then ends.
    private func knownWordInName(afterConnector connector: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        guard connector >= 1, words.connectors.contains(sentence.ids[connector]), !sentence.tokens[connector].isCapitalised,
              endsWithHeadNoun(connector, sentence),
              let known = matches.entity(startingAt: connector + 1), known.rule == "demonym" || known.rule == "lexicon" || known.rule == "alias"
        else { return nil }
        let next = known.range.upperBound
        // "Treaty on Comprehensive Strategic Partnership": a framework the lexicon knows, named as what the treaty is about;
        // "Central Bank of Uzbekistan": a state closing an organisation's name, which becomes its affiliation.
        if case .framework = known.ref { return next }
        if known.rule != "demonym", next == sentence.count || !isNameToken(sentence, next), HeadNouns.organisations[sentence.word(connector - 1)] != nil {
            return next
        }
        guard next < sentence.count, matches.isFree(next), isNameToken(sentence, next), !sentence.tokens[next].flags.contains(.allCaps) else { return nil }
        return next + 1
    }

    /// Nouns for what parties sign or hold together, which demonyms can name: "the Kyrgyz–Tajik border treaty".
    private static let bindingNouns: Set<String> = [
        "treaty", "agreement", "accord", "pact", "memorandum", "deal", "summit", "pipeline", "railway", "corridor", "protocol",
    ]

    /// "the Astana format", "the Minsk process", "the Tehran declaration": a capital and a lower-case noun for a standing
    /// format or an agreement name a framework, not the state.
    private func findCapitalNamedFrameworks(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for entity in matches.entities where entity.rule == "capital" {
            let next = entity.range.upperBound
            guard next < sentence.count, sentence.isLowercaseWord(next), matches.isFree(next),
                  let kind = HeadNouns.capitalNamedNouns[sentence.word(next)] else { continue }
            let range = entity.range.lowerBound..<next + 1
            matches.remove(entity)
            matches.add(FoundEntity(range: range, ref: .framework(registry.discoverFramework(name: sentence.text(range), kind: kind)),
                                    rule: "framework-name"))
        }
    }

    /// A run of two or more words, or one no lexicon knows, and a lower-case noun that completes a framework's name.
    private func withNamedTrailingNoun(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> (range: Range<Int>, kind: Framework.Kind)? {
        let next = run.upperBound
        guard next < sentence.count, sentence.isLowercaseWord(next), matches.isFree(next),
              let kind = HeadNouns.namedTrailingNouns[sentence.word(next)],
              run.count > 1 || sentence.ids[run.lowerBound] == TokenInterner.unknown else { return nil }
        return (run.lowerBound..<next + 1, kind)
    }

    /// The short lower-case second half of a hyphenated given name ("Seo-yeon", "Jae-in"), not a suffix such as "-based".
    private func isLowercaseNamePart(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        guard sentence.isLowercaseWord(index) else { return false }
        let word = sentence.word(index)
        return (2...5).contains(word.count) && !Self.hyphenSuffixes.contains(word)
    }

    private static let hyphenSuffixes: Set<String> = [
        "based", "led", "run", "owned", "made", "style", "era", "born", "backed", "built", "like", "wide", "level", "type",
        "scale", "term", "year", "old", "free", "rich", "poor", "first", "only", "linked", "aware", "bound", "up", "in", "out",
    ]

    /// A comma at `comma` that continues a list inside a name: the run so far is a head noun, a connector and name words,
    /// and the list runs on as ", Name" … "and Name" ("Ministry of Industry, Trade and Agriculture"). Returns where the
    /// name ends, after the word following "and".
    private func listInName(at comma: Int, runStart: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        guard sentence.ids[comma] == words.comma,
              let connector = (runStart + 1..<comma).first(where: { words.nameInnerPrepositions.contains(sentence.ids[$0]) }),
              endsWithHeadNoun(connector, sentence) else { return nil }
        var index = comma + 1
        while index < sentence.count, index - comma < 12 {
            guard matches.isFree(index), isNameToken(sentence, index) else { return nil }
            while index < sentence.count, matches.isFree(index), isNameToken(sentence, index) { index += 1 }
            guard index < sentence.count else { return nil }
            if sentence.ids[index] == words.comma { index += 1; continue }
            guard sentence.ids[index] == words.and, index + 1 < sentence.count, matches.isFree(index + 1), isNameToken(sentence, index + 1) else { return nil }
            index += 1
            while index < sentence.count, matches.isFree(index), isNameToken(sentence, index) { index += 1 }
            return index
        }
        return nil
    }

    /// Whether the word before `index` is an organisation's or a framework's head noun.
    private func endsWithHeadNoun(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        let word = sentence.word(index - 1)
        return HeadNouns.organisations[word] != nil || HeadNouns.frameworks[word] != nil
    }

    private func discoverNames(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState) {
        for found in runs(sentence, matches) {
            let (run, prefixState) = withStatePrefix(found, sentence, &matches, registry)
            let name = sentence.text(run)
            if let known = registry.learntNames[name] {
                matches.add(FoundEntity(range: run, ref: known, rule: "learnt"))
                continue
            }
            if let surname = state.surnames[name] {
                matches.add(FoundEntity(range: run, ref: .actor(surname), rule: "surname"))
                continue
            }
            if let role = matches.role(endingAt: run.lowerBound - 1), role.isPlural {
                let halves = splitAtAnd(run, sentence)
                if halves.count == 2 {
                    // "special envoys Serdar Kılıç and Ruben Rubinyan": two people, one role.
                    let affiliation = affiliationBefore(role.range.lowerBound, sentence, matches)
                    for half in halves where personLike(half, sentence) {
                        let ref = person(half, sentence.text(half), role: role, affiliation: affiliation, sentence, &registry, &state)
                        matches.add(FoundEntity(range: half, ref: ref, rule: "role-descriptor"))
                    }
                    continue
                }
            }
            if let named = withNamedTrailingNoun(run, sentence, matches) {
                matches.add(FoundEntity(range: named.range, ref: .framework(registry.discoverFramework(name: sentence.text(named.range), kind: named.kind)),
                                        rule: "framework-name"))
                continue
            }
            if let ref = classify(run, name, sentence, matches, &registry, &state) {
                if let prefixState, let id = ref.ref.actorID { registry.affiliate(id, with: prefixState) }
                for swallowed in matches.entities where swallowed.range.overlaps(run) {
                    if let id = ref.ref.actorID, let state = swallowed.ref.actorID, registry.kind(ofActor: state) == .state {
                        registry.affiliate(id, with: state)
                    }
                    matches.remove(swallowed)
                }
                matches.add(FoundEntity(range: run, ref: ref.ref, rule: ref.rule))
                continue
            }
            // "Joe Wilson and Democrat Steve Cohen": two names joined by "and", each classified on its own, and a
            // person's name after a descriptor that is no role ("Democrat Steve Cohen", "Republican Joe Wilson").
            for half in splitAtAnd(run, sentence) where half != run || run.count > 2 {
                if half != run, let ref = classify(half, sentence.text(half), sentence, matches, &registry, &state) {
                    matches.add(FoundEntity(range: half, ref: ref.ref, rule: ref.rule))
                } else if let person = personsName(inside: half, sentence) {
                    let ref = self.person(person, sentence.text(person), role: nil, affiliation: nil, sentence, &registry, &state)
                    matches.add(FoundEntity(range: person, ref: ref, rule: "given-name"))
                }
            }
        }
    }

    /// "Romanian Diplomatic Institute", "Tbilisi Silk Road Forum", "India Ports Global Limited": a state's name,
    /// demonym or capital written right before an organisation's or a framework's name belongs to that name, and
    /// the state is the organisation's affiliation.
    ///
    /// The prefix may also be the parties of a bilateral or trilateral name, joined by dashes ("US–Mongolia Open Skies
    /// Agreement", "China–Mongolia–Russia Economic Corridor"), which gives no single affiliation, or a framework's
    /// acronym ("C5+1 Critical Minerals Dialogue", "CSTO Targeted Interstate Programme").
    private func withStatePrefix(
        _ run: Range<Int>, _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> (Range<Int>, EntityID?) {
        guard let prefix = matches.entity(endingAt: run.lowerBound - 1), sentence.tokens[prefix.range.lowerBound].isCapitalised
        else { return (run, nil) }
        let head = headWord(run, sentence)
        // One word is enough for a framework named after a place ("Rome Statute", "Moscow Format", "Tehran Declaration")
        // and for a company named after its state ("Azerbaijan Airlines", "Kazakhstan Railways").
        let namedAfterState = prefix.rule == "lexicon" && HeadNouns.organisations[head] == .company
        guard run.count >= 2 && HeadNouns.organisations[head] != nil || HeadNouns.frameworks[head] != nil || namedAfterState
        else { return (run, nil) }
        if let parties = dashJoinedParties(endingWith: prefix, sentence, matches, registry) {
            for party in parties { matches.remove(party) }
            return (parties[0].range.lowerBound..<run.upperBound, nil)
        }
        switch prefix.ref {
        case .actor(let id):
            // A region names its body too ("Caucasus Policy Lab", "European Political Community") but is no affiliation.
            guard prefix.range.count == 1, let kind = registry.kind(ofActor: id), kind == .state || kind == .region else { return (run, nil) }
            matches.remove(prefix)
            return (prefix.range.lowerBound..<run.upperBound, kind == .state ? id : nil)
        case .framework:
            // An acronym or a code ("CSTO", "C5+1"), not a framework's full name.
            guard run.count >= 2, !sentence.text(prefix.range).contains(where: \.isLowercase) else { return (run, nil) }
            matches.remove(prefix)
            return (prefix.range.lowerBound..<run.upperBound, nil)
        }
    }

    /// Two or more actors joined by dashes that touch them, ending with `last`: "Germany–Uzbekistan", "US–Mongolia",
    /// "Korea–Central Asia". Returns them in text order, or nil for a lone actor.
    private func dashJoinedParties(
        endingWith last: FoundEntity, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> [FoundEntity]? {
        func isParty(_ entity: FoundEntity) -> Bool {
            switch entity.ref {
            case .actor(let id):
                guard let kind = registry.kind(ofActor: id) else { return false }
                return kind == .state || kind == .region || kind == .bloc || kind == .organization
            case .framework(let id):
                return registry.framework(id)?.kind == .organization  // "the EAEU–Iran free trade agreement"
            }
        }
        guard isParty(last) else { return nil }
        var parties = [last]
        while let first = parties.first, first.range.lowerBound >= 2 {
            let dash = first.range.lowerBound - 1
            guard sentence.ids[dash] == words.enDash || sentence.ids[dash] == words.hyphen, sentence.touches(dash, dash + 1),
                  sentence.touches(dash - 1, dash), let before = matches.entity(endingAt: dash - 1), isParty(before) else { break }
            parties.insert(before, at: 0)
        }
        return parties.count >= 2 ? parties : nil
    }

    /// "the Germany–Uzbekistan migration and mobility agreement", "a Korea–Central Asia summit": parties joined by
    /// dashes, then a few lower-case words ending in a framework noun, name a framework of their own.
    private func findPartiesFrameworks(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        guard sentence.ids.contains(where: { $0 == words.enDash || $0 == words.hyphen }) else { return }
        var index = 0
        while index < sentence.count {
            guard let entity = matches.entity(startingAt: index) else {
                index += 1
                continue
            }
            let end = entity.range.upperBound
            index = end
            let dash = entity.range.lowerBound - 1
            guard dash > 0, sentence.ids[dash] == words.enDash || sentence.ids[dash] == words.hyphen else { continue }
            guard end < sentence.count, sentence.isLowercaseWord(end), let parties = dashJoinedParties(endingWith: entity, sentence, matches, registry)
            else { continue }
            // Demonyms describe a plan ("a joint Russian-Chinese project") but still name a treaty or a summit
            // ("the Kyrgyz–Tajik border treaty").
            let byDemonyms = parties.contains { $0.rule == "demonym" }
            var last = end
            while last < sentence.count, last - end < 5, sentence.isLowercaseWord(last), matches.isFree(last),
                  sentence.ids[last] == words.and || !words.groupBoundaries.contains(sentence.ids[last]) && !words.auxiliaries.contains(sentence.ids[last]) {
                // "summit" too: the parties name a recurring format ("a Korea–Central Asia summit"), not one meeting.
                let noun = sentence.word(last)
                if byDemonyms, !Self.bindingNouns.contains(noun) {
                    last += 1
                    continue
                }
                if let kind = HeadNouns.trailingFrameworkNouns[noun] ?? HeadNouns.namedTrailingNouns[noun] ?? (noun == "summit" ? .summit : nil) {
                    let range = parties[0].range.lowerBound..<last + 1
                    for party in parties { matches.remove(party) }
                    let id = registry.discoverFramework(name: sentence.text(range), kind: kind)
                    matches.add(FoundEntity(range: range, ref: .framework(id), rule: "framework-name"))
                    index = last + 1
                    break
                }
                last += 1
            }
        }
    }

    /// The two names either side of the one "and" in a run, or the run itself.
    private func splitAtAnd(_ run: Range<Int>, _ sentence: SentenceTokens) -> [Range<Int>] {
        guard let and = run.first(where: { sentence.ids[$0] == words.and }), and > run.lowerBound, and + 1 < run.upperBound else { return [run] }
        return [run.lowerBound..<and, and + 1..<run.upperBound]
    }

    /// Decides from the evidence around a run whether it names a person, an organisation or a framework.
    private func classify(
        _ run: Range<Int>, _ name: String, _ sentence: SentenceTokens, _ matches: SentenceMatches,
        _ registry: inout EntityRegistry, _ state: inout ArticleState
    ) -> (ref: EntityRef, rule: String)? {
        let last = headWord(run, sentence)
        if let kind = HeadNouns.frameworks[last], run.count >= 2 {
            return (.framework(registry.discoverFramework(name: name, kind: kind)), "framework-name")
        }
        if run.upperBound < sentence.count, sentence.isLowercaseWord(run.upperBound),
           let kind = HeadNouns.trailingFrameworkNouns[sentence.word(run.upperBound)],
           run.count > 1 || name.contains(where: { $0 == "-" || $0.isNumber }) || sentence.ids[run.lowerBound] == TokenInterner.unknown {
            // A single word counts only when no lexicon knows it: "the Lachin corridor", not "the Caspian route".
            return (.framework(registry.discoverFramework(name: name, kind: kind)), "framework-name")
        }
        if let kind = HeadNouns.organisations[last], run.count >= 2 {
            return (.actor(registry.discoverActor(name: name, kind: kind)), "organisation-name")
        }
        guard personLike(run, sentence) else { return nil }
        if let role = matches.role(endingAt: run.lowerBound - 1) {
            let affiliation = affiliationBefore(role.range.lowerBound, sentence, matches)
            return (person(run, name, role: role, affiliation: affiliation, sentence, &registry, &state), "role-descriptor")
        }
        if run.lowerBound >= 2, sentence.ids[run.lowerBound - 1] == words.comma, let role = matches.role(endingAt: run.lowerBound - 2),
           !role.isPlural, run.upperBound < sentence.count, sentence.ids[run.upperBound] == words.comma {
            // "Its foreign minister, Mohamad Hasan, told …": the name in apposition to a role.
            let affiliation = affiliationBefore(role.range.lowerBound, sentence, matches)
            return (person(run, name, role: role, affiliation: affiliation, sentence, &registry, &state), "role-appositive")
        }
        if run.lowerBound > 0, words.honorifics.contains(sentence.ids[run.lowerBound - 1]) {
            return (person(run, name, role: nil, affiliation: nil, sentence, &registry, &state), "honorific")
        }
        if let (role, affiliation) = appositive(after: run, sentence, matches) {
            switch role {
            case .known(let role):
                return (person(run, name, role: role, affiliation: affiliation, sentence, &registry, &state), "appositive")
            case .unlisted(let noun):
                let id = registry.discoverActor(name: name, kind: .person, role: sentence.word(noun), affiliation: affiliation)
                rememberSurname(run, id, sentence, &state)
                return (.actor(id), "appositive")
            }
        }
        guard run.count >= 2 else { return nil }
        if reportingVerbFollows(run.upperBound, sentence, matches) || reportingVerbPrecedes(run.lowerBound, sentence, matches)
            || framesAView(run, sentence) {
            return (person(run, name, role: nil, affiliation: nil, sentence, &registry, &state), "speaker-name")
        }
        if looksLikeFullName(run, sentence) {
            return (person(run, name, role: nil, affiliation: nil, sentence, &registry, &state), "full-name")
        }
        if followsAPartitive(run, sentence) || shapedLikeAPersonsName(run, sentence) {
            return (person(run, name, role: nil, affiliation: nil, sentence, &registry, &state), "given-name")
        }
        return nil
    }

    /// "One of them, Gao Xuemei of …", "Among them, Li Na": a name picked out of a group of people just mentioned.
    private func followsAPartitive(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        let comma = run.lowerBound - 1
        guard comma >= 2, sentence.ids[comma] == words.comma, ["them", "those", "these"].contains(sentence.word(comma - 1)) else { return false }
        let before = sentence.word(comma - 2)
        return before == "Among" || before == "among" || before == "of" && comma >= 3 && ["One", "one", "Another"].contains(sentence.word(comma - 3))
    }

    /// Two or three capitalised words that open with a known given name ("met Bobur Alimov in Tashkent") or close
    /// with a surname ending that only people's names have ("Alimov", "Kuanysheva"), wherever they stand.
    private func shapedLikeAPersonsName(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        // "Makhabat Tajibek kyzy": a patronymic particle ends only a person's name.
        if (3...4).contains(run.count), words.patronymics.contains(sentence.ids[run.upperBound - 1]) { return true }
        guard (2...3).contains(run.count) else { return false }
        for index in run {
            let token = sentence.tokens[index]
            guard token.isWord, token.isCapitalised, !token.flags.contains(.allCaps), token.end - token.start >= 2 else { return false }
        }
        let last = sentence.word(run.upperBound - 1)
        guard !Self.placeNouns.contains(last) else { return false }
        return lexicon.givenNameGenders[sentence.word(run.lowerBound)] != nil || PersonGender.hasSurnameEnding(last)
    }

    /// The two or three words from a known given name to the end of a longer run: "Democrat Steve Cohen" → "Steve Cohen".
    private func personsName(inside run: Range<Int>, _ sentence: SentenceTokens) -> Range<Int>? {
        guard run.count >= 3 else { return nil }
        for start in run.lowerBound + 1..<run.upperBound - 1 where lexicon.givenNameGenders[sentence.word(start)] != nil {
            let name = start..<run.upperBound
            return shapedLikeAPersonsName(name, sentence) ? name : nil
        }
        return nil
    }

    /// Last words that make a name a place or a thing even after a given name: "Victoria Island", "Elizabeth Line".
    private static let placeNouns: Set<String> = [
        "Street", "Square", "Avenue", "Road", "Island", "Islands", "Lake", "River", "Bay", "Bridge", "Station", "Airport",
        "Prize", "Award", "Hall", "Tower", "Park", "Line", "Canal", "Dam", "Port", "Harbour", "Harbor", "Peninsula",
        "Mountains", "Mountain", "Valley", "Desert", "Sea", "Strait", "Gulf", "Falls", "Cathedral", "Mosque", "Palace",
        "Stadium", "Museum", "Hospital", "Field", "Oblast", "Region", "Province", "District", "County", "City", "Town",
        "Shoal", "Reef", "Atoll", "Cape", "Point", "Pass", "Plateau", "Basin", "Delta", "Coast", "Ocean", "Glacier",
        "Heights", "Hills", "Range", "Bank", "Sound", "Channel", "Lagoon", "Creek", "Fort", "Base", "Camp", "Mine",
    ]

    private func person(
        _ run: Range<Int>, _ name: String, role: RoleMatch?, affiliation: EntityID?, _ sentence: SentenceTokens,
        _ registry: inout EntityRegistry, _ state: inout ArticleState
    ) -> EntityRef {
        let roleText = role.map { sentence.text($0.range).lowercased() }
        let lexiconRole = role.map { lexicon.entries.roles[$0.entry].role }
        let id = registry.discoverActor(name: name, kind: .person, role: roleText, lexiconRole: lexiconRole, affiliation: affiliation)
        rememberSurname(run, id, sentence, &state)
        return .actor(id)
    }

    /// Both ends of a name can stand for the person later: "Satpayev", and "Wang" for "Wang Yuting"
    /// (family names come first in Chinese names). A double-barrelled surname comes back whole
    /// ("Traoré-Keita" after "Aminata Traoré-Keita"), so it is remembered whole.
    private func rememberSurname(_ run: Range<Int>, _ id: EntityID, _ sentence: SentenceTokens, _ state: inout ArticleState) {
        guard run.count > 1 else { return }
        var parts = [sentence.word(run.upperBound - 1), sentence.word(run.lowerBound)]
        var tail = run.upperBound - 1
        while tail - 2 > run.lowerBound, sentence.ids[tail - 1] == words.hyphen, sentence.touches(tail - 2, tail - 1),
              sentence.touches(tail - 1, tail) {
            tail -= 2
        }
        if tail < run.upperBound - 1 { parts.append(sentence.text(tail..<run.upperBound)) }
        for part in parts where state.surnames[part] == nil {
            state.surnames[part] = id
        }
    }

    /// A name in an attribution frame: "For X,", "According to X,", "In X's view", "X's warning", "the view of X".
    private func framesAView(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        let before = run.lowerBound - 1
        let after = run.upperBound
        if before == 0, sentence.ids[0] == words.forWord, after < sentence.count, sentence.ids[after] == words.comma { return true }
        if before >= 1, words.according.contains(sentence.ids[before - 1]), sentence.ids[before] == words.to { return true }
        // "the warning from X", "the view of X", "the warning from hydrologist X".
        for preposition in [before, before - 1] where preposition >= 1 && ["of", "from"].contains(sentence.word(preposition)) {
            let noun = sentence.ids[preposition - 1]
            if words.possessiveSpeechNouns.contains(noun) || words.viewNouns.contains(noun) { return true }
        }
        if after + 1 < sentence.count, sentence.ids[after] == words.possessive,
           words.possessiveSpeechNouns.contains(sentence.ids[after + 1]) || words.viewNouns.contains(sentence.ids[after + 1]) {
            return true
        }
        return false
    }

    /// Two or three capitalised words, at least one of them unknown to every lexicon and rule, followed by
    /// a past-tense verb: "Nodir Rashidov met …", "Dilnoza Karimova spoke …". Known places, organisations
    /// and frameworks were matched before this, and names with a head noun were classified already.
    private func looksLikeFullName(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        guard (2...3).contains(run.count) else { return false }
        for index in run {
            let token = sentence.tokens[index]
            guard token.isWord, token.isCapitalised, !token.flags.contains(.allCaps), token.end - token.start >= 2 else { return false }
        }
        guard run.contains(where: { sentence.tokens[$0].id == TokenInterner.unknown }) else { return false }
        // Rivers, mountains and holidays look the same; a person's name is followed by what they did.
        guard run.upperBound < sentence.count, sentence.isLowercaseWord(run.upperBound) else { return false }
        let next = sentence.word(run.upperBound)
        return (next.hasSuffix("ed") && next.count > 3) || Self.pastTenseVerbs.contains(next)
    }

    /// Irregular past tenses that follow a person's name as often as "-ed" verbs do.
    private static let pastTenseVerbs: Set<String> = [
        "met", "spoke", "said", "told", "wrote", "went", "came", "made", "took", "gave", "saw", "led", "ran", "held",
        "left", "became", "began", "brought", "built", "chose", "drew", "found", "got", "heard", "kept", "knew", "lost",
        "paid", "put", "sent", "set", "sat", "stood", "thought", "won", "has", "had", "was",
    ]

    /// Two to four capitalised words that are not themselves known names: the shape of a person's name.
    private func personLike(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        guard run.count <= 5 else { return false }
        var nameWords = 0
        for index in run {
            let token = sentence.tokens[index]
            if token.flags.contains(.allCaps) || token.isNumber { return false }
            if token.isCapitalised { nameWords += 1 }
        }
        return nameWords >= 1 && nameWords <= 4
    }

    /// "Kazakhstani analyst", "Kremlin spokeswoman", "Russia's foreign minister": the actor before a role.
    func affiliationBefore(_ roleStart: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> EntityID? {
        var index = roleStart - 1
        while index >= 0, sentence.isLowercaseWord(index), !words.determiners.contains(sentence.ids[index]) || index == roleStart - 1,
              roleStart - index <= 2, matches.entityAt[index] < 0 {
            if words.determiners.contains(sentence.ids[index]) { return nil }
            index -= 1  // an adjective between: "Kazakhstani political analyst"
        }
        if index >= 0, sentence.ids[index] == words.possessive { index -= 1 }
        return matches.entity(endingAt: index)?.ref.actorID
    }

    /// "Pan Guang, a leading PRC expert on Central Asia," → the role and the affiliation it names.
    private static let articles: Set<String> = ["a", "an", "the"]

    /// The role an appositive gives: a lexicon role, or a person noun the lexicon does not list.
    enum AppositiveRole {
        case known(RoleMatch)
        case unlisted(Int)
    }

    /// Words shaped like agent nouns that are not people; built once, not per call in the hot path.
    private static let notPeople: Set<String> = [
        "river", "border", "water", "power", "center", "centre", "chamber", "order", "corner", "number", "tower",
        "quarter", "letter", "paper", "matter", "summer", "winter", "sector", "factor", "corridor", "reservoir",
        "project", "agreement", "government", "document", "statement", "investment", "element", "event", "segment",
        "component", "fragment", "percent", "format", "plant", "giant", "grant", "tenant"
    ]

    /// Agent nouns ("hydrologist", "adviser", "consultant", "diplomat") name people; a few look alike but do not.
    static func looksLikePersonNoun(_ word: String) -> Bool {
        guard word.count > 4, !Self.notPeople.contains(word) else { return false }
        return ["ist", "er", "or", "ian", "ant", "ent", "at", "ee"].contains { word.hasSuffix($0) }
    }

    private func appositive(after run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> (AppositiveRole, EntityID?)? {
        guard run.upperBound + 1 < sentence.count, sentence.ids[run.upperBound] == words.comma else { return nil }
        var index = run.upperBound + 1
        var affiliation: EntityID?
        while index < sentence.count, index - run.upperBound <= 10 {
            let id = sentence.ids[index]
            if id == words.comma || id == words.period || matches.verbAt[index] >= 0 { return nil }
            if let role = matches.role(startingAt: index) {
                // One person: "a researcher", "the president", "president of Kazakhstan" — not "many Uzbek farmers".
                guard !role.isPlural, index == run.upperBound + 1 || Self.articles.contains(sentence.word(run.upperBound + 1)) else { return nil }
                if affiliation == nil { affiliation = affiliationAfter(role.range.upperBound, sentence, matches) }
                return (.known(role), affiliation)
            }
            if sentence.isLowercaseWord(index), Self.looksLikePersonNoun(sentence.word(index)),
               index + 1 >= sentence.count || !sentence.isLowercaseWord(index + 1) || ["in", "at", "of", "for", "with", "from", "who", "based"].contains(sentence.word(index + 1)),
               Self.articles.contains(sentence.word(run.upperBound + 1)) {
                // "Gulnara Saidova, a hydrologist in Dushanbe,": a noun for a person the lexicon lacks.
                if affiliation == nil { affiliation = affiliationAfter(index + 1, sentence, matches) }
                return (.unlisted(index), affiliation)
            }
            if affiliation == nil, let entity = matches.entity(startingAt: index), let actor = entity.ref.actorID {
                affiliation = actor
                index = entity.range.upperBound
                continue
            }
            index += 1
        }
        return nil
    }

    /// "president of Kazakhstan", "a researcher at a Tashkent think tank": the actor after a role.
    private func affiliationAfter(_ roleEnd: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> EntityID? {
        var index = roleEnd
        var steps = 0
        while index < sentence.count, steps < 5 {
            if let entity = matches.entity(startingAt: index) { return entity.ref.actorID }
            let id = sentence.ids[index]
            if id == words.comma || id == words.period { return nil }
            index += 1
            steps += 1
        }
        return nil
    }

    func reportingVerbFollows(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        var next = index
        if next < sentence.count, sentence.ids[next] == words.comma {
            // "Temir Osmonov, who advises …, pointed out": look past the appositive.
            var close = next + 1
            while close < sentence.count, sentence.ids[close] != words.comma, close - next < 16 { close += 1 }
            guard close < sentence.count, sentence.ids[close] == words.comma else { return false }
            next = close + 1
        }
        while next < sentence.count, sentence.isAdverb(next) || words.auxiliaries.contains(sentence.ids[next]) && next - index < 3 {
            next += 1
        }
        guard next < sentence.count, matches.verbAt[next] >= 0 else { return false }
        return isSpeechVerb(matches.verbs[matches.verbAt[next]].entry)
    }

    /// "…,” said Rashad Mammadli": a speech verb right before the name, after a closing quote.
    private func reportingVerbPrecedes(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        guard index > 0, matches.verbAt[index - 1] >= 0 else { return false }
        let verb = matches.verbs[matches.verbAt[index - 1]]
        guard isSpeechVerb(verb.entry), verb.range.lowerBound > 0 else { return false }
        let before = sentence.tokens[verb.range.lowerBound - 1]
        return before.flags.contains(.closeQuote) || before.id == words.comma
    }

    func isSpeechVerb(_ entry: Int) -> Bool {
        switch lexicon.entries.verbs[entry].kind {
        case .speech, .belief, .writing: true
        case .support, .opposition: false
        }
    }
}
