import DossierModel

// Acronym definitions: "Shanghai Cooperation Organisation (SCO)" names the organisation and teaches its acronym.
extension NameFinder {
    func findAcronymDefinitions(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState
    ) {
        let tokens = sentence.tokens
        var index = 1
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard sentence.ids[index] == words.openParen else { continue }
            let plural = isPluralAcronym(index + 1, sentence)
            guard tokens[index + 1].flags.contains(.allCaps) || plural else { continue }
            // "Generalised Scheme of Preferences Plus (GSP+)": a plus sign ends the acronym and stands for the last word.
            // "Multinational Force Ukraine (MNF-U)": a hyphen may join a second code.
            let plus = index + 3 < tokens.count && sentence.word(index + 2) == "+" && sentence.touches(index + 1, index + 2)
            let joined = !plus && index + 4 < tokens.count && sentence.ids[index + 2] == words.hyphen && sentence.touches(index + 1, index + 2)
                && sentence.touches(index + 2, index + 3) && (tokens[index + 3].isCapitalised || tokens[index + 3].isNumber)
                && sentence.word(index + 3).allSatisfy { $0.isUppercase || $0.isNumber }
            let width = plus ? 3 : joined ? 4 : 2
            guard sentence.ids[index + width] == words.closeParen else { continue }
            let acronym = sentence.text(index + 1..<index + width)
            // "Maritime Cooperative Activities (MCAs)": a plural's "s" spells no word.
            let letters = plural ? String(acronym.dropLast()) : acronym
            // "Main Line-1 (ML-1)", "Presidential Memorandum 2 (NSPM-2)": a number the expansion ends with is the
            // acronym's number too, and its letters come from the words before it.
            // "Standard Missile-6 (SM-6)" stays equipment.
            let numbered = joined && tokens[index + 3].isNumber && index >= 3 && sentence.word(index - 1) == sentence.word(index + 3)
                && !Self.equipmentWords.contains(sentence.word(index - 2)) && !Self.equipmentWords.contains(sentence.word(index - 3))
            let numberStart = numbered && sentence.ids[index - 2] == words.hyphen && sentence.touches(index - 3, index - 2) ? index - 2 : index - 1
            guard let initialsStart = numbered ? expansionStart(sentence, before: numberStart, acronym: sentence.word(index + 1))
                    : expansionStart(sentence, before: index, acronym: letters) else { continue }
            // "the Agreement on Subsidies and Countervailing Measures (SCM)": the initials leave out the deal's opening
            // words, which still belong to its name and say what it is.
            let opening = numbered ? nil : frameworkOpening(before: initialsStart, sentence)
            let start = opening?.start ?? (numbered ? initialsStart : lexiconNameStart(endingAt: index, near: initialsStart, sentence) ?? initialsStart)
            if let match = lexicon.names.longestMatch(sentence.ids, from: start), match.length == index - start,
               case .actor(let actorIndex) = match.payloads[0].target, lexicon.entries.actors[actorIndex].isPlace {
                // "Line of Actual Control (LAC)": a place the lexicon knows stays a place, and its acronym is in the lexicon.
                matches.block(start..<index + 2)
                index += 2
                continue
            }
            let expansion = sentence.text(start..<index)
            let closing = index + width
            // "three Ground Master 200 (GM200) radars": a model's name and number name equipment, nobody and no framework.
            if sentence.tokens[index - 1].isNumber, !numbered, lexicon.names.longestMatch(sentence.ids, from: start) == nil,
               headAfterAcronym(closing, sentence, matches) == nil {
                matches.block(start..<closing + 1)
                index = closing
                continue
            }
            if let head = headAfterAcronym(closing, sentence, matches) {
                // "the Intermediate-Range Nuclear Forces (INF) Treaty": the head after the brackets ends the name.
                let name = expansion + " " + head.word
                let ref = knownFramework(named: [name, acronym + " " + head.word]).map { registry.ref(for: .framework($0)) }
                    ?? .framework(registry.discoverFramework(name: name, kind: head.kind))
                registry.learn(name, for: ref)
                registry.learn(acronym + " " + head.word, for: ref)
                registry.learn(acronym, for: ref, isAcronym: true)
                state.definedAcronyms[acronym] = ref
                matches.add(FoundEntity(range: start..<closing + 2, ref: ref, rule: "acronym-definition"))
                index = closing + 1
                continue
            }
            let ref: EntityRef
            if let match = lexicon.names.longestMatch(sentence.ids, from: start), match.length == index - start,
               let hit = match.payloads.first {
                ref = registry.ref(for: hit.target)
            } else if let learnt = registry.learntNames[expansion] {
                ref = learnt
            } else if let match = lexicon.names.longestMatch(sentence.ids, from: index + 1), match.length == 1,
                      let hit = match.payloads.first, sharesAWord(expansion, with: hit.target) {
                // "Shanghai Cooperation Organization (SCO)": another spelling of what the lexicon knows by those letters;
                // "Trilateral Cooperation Secretariat (TCS)" shares no word with Tata Consultancy Services and is new.
                ref = registry.ref(for: hit.target)
            } else {
                if plural {
                    // "Maritime Cooperative Activities (MCAs)", "Projects of Common Interest (PCIs)": things done or built
                    // under one name, not a body.
                    ref = .framework(registry.discoverFramework(name: expansion, kind: .initiative))
                } else if numbered, HeadNouns.organisations[headWord(start..<numberStart, sentence)] == nil {
                    // "Main Line-1 (ML-1)", "Phase-2": a numbered name is a project or one of a series, not a body.
                    let kind = HeadNouns.frameworks[headWord(start..<numberStart, sentence)] ?? .initiative
                    ref = .framework(registry.discoverFramework(name: expansion, kind: kind))
                } else if let kind = opening?.kind ?? frameworkNamedBefore(start, sentence) ?? frameworkNounAfter(closing, sentence) {
                    // "a shipbuilding scheme branded Make American Shipbuilding Great Again (MASGA)": the noun says what
                    // the name is, whatever its last word.
                    ref = .framework(registry.discoverFramework(name: expansion, kind: kind))
                } else {
                    ref = discover(expansion: expansion, head: headWord(start..<index, sentence),
                                   isBody: bodyAppositive(after: closing + 1, sentence, matches) != nil, &registry)
                }
            }
            registry.learn(expansion, for: ref)
            registry.learn(acronym, for: ref, isAcronym: true)
            state.definedAcronyms[acronym] = ref
            matches.add(FoundEntity(range: start..<index, ref: ref, rule: "acronym-definition"))
            matches.add(FoundEntity(range: index + 1..<index + width, ref: ref, rule: "acronym-definition"))
            index += width
        }
    }

    /// "the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation (BIMSTEC)": the initials start
    /// at "Bengal", but a name the lexicon knows that ends at the bracket and starts a few words earlier is the whole
    /// expansion.
    private func lexiconNameStart(endingAt paren: Int, near start: Int, _ sentence: SentenceTokens) -> Int? {
        (max(0, start - 3)..<start).first { lexicon.names.longestMatch(sentence.ids, from: $0)?.length == paren - $0 }
    }

    /// Nouns for what is built and fielded rather than agreed: a number after one names a model.
    private static let equipmentWords: WordSet = [
        "Missile", "Missiles", "System", "Fighter", "Aircraft", "Tank", "Drone", "Rocket", "Launcher", "Radar", "Helicopter",
        "Jet", "Submarine", "Frigate", "Satellite", "Reactor", "Vehicle",
    ]

    /// "MCAs", "PCIs": capitals and a plural's "s".
    private func isPluralAcronym(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        let token = sentence.tokens[index]
        guard token.end - token.start >= 3, sentence.bytes[token.end - 1] == UInt8(ascii: "s") else { return false }
        return (token.start..<token.end - 1).allSatisfy { Bytes.isUpper(sentence.bytes[$0]) }
    }

    /// "Agency for the Development of Atomic Energy (Uzatom)": one capitalised word no lexicon knows, in brackets right
    /// after a body's or a framework's name, is the short name it goes by.
    func findBracketedShortNames(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        var index = 1
        while index + 2 < sentence.count {
            defer { index += 1 }
            guard sentence.ids[index] == words.openParen, sentence.ids[index + 2] == words.closeParen, isNameToken(sentence, index + 1),
                  !sentence.tokens[index + 1].flags.contains(.allCaps), matches.isFree(index + 1),
                  let named = matches.entity(endingAt: index - 1) else { continue }
            switch named.ref {
            case .actor(let id) where [.organization, .company, .media].contains(registry.kind(ofActor: id)): break
            case .framework: break
            default: continue
            }
            registry.learn(sentence.word(index + 1), for: named.ref)
            matches.add(FoundEntity(range: index + 1..<index + 2, ref: named.ref, rule: "acronym-definition"))
            index += 2
        }
    }

    /// The kind of framework a lower-case noun and a naming word right before a name say it is: "a scheme branded …",
    /// "a programme dubbed …".
    func frameworkNamedBefore(_ start: Int, _ sentence: SentenceTokens) -> Framework.Kind? {
        // "his flagship free meals programme, Makan Bergizi Gratis (MBG)": the noun before the comma says what the name is.
        if start >= 2, sentence.ids[start - 1] == words.comma, sentence.isLowercaseWord(start - 2),
           let kind = HeadNouns.trailingFrameworkNouns[sentence.word(start - 2)] {
            return kind
        }
        guard start >= 2, Self.namingVerbs.contains(sentence.word(start - 1)) else { return nil }
        for noun in max(0, start - 4)..<start - 1 where sentence.isLowercaseWord(noun) {
            if let kind = HeadNouns.trailingFrameworkNouns[sentence.word(noun)] ?? HeadNouns.namedTrailingNouns[sentence.word(noun)] { return kind }
        }
        return nil
    }

    /// "the Solidarity Ring (STRING) initiative": a lower-case framework noun right after the brackets says what the name is.
    func frameworkNounAfter(_ closing: Int, _ sentence: SentenceTokens) -> Framework.Kind? {
        guard closing + 1 < sentence.count, sentence.isLowercaseWord(closing + 1) else { return nil }
        return HeadNouns.trailingFrameworkNouns[sentence.word(closing + 1)]
    }

    /// Participles that introduce a name after a noun for what it is. Quoted concepts use a narrower list of their own,
    /// as "called “a real big deal”" is a verdict rather than a name.
    private static let namingVerbs: WordSet = ["branded", "dubbed", "called", "named", "titled", "labelled", "labeled"]

    /// A framework's capitalised head right after the closing bracket: "Treaty" in "… Forces (INF) Treaty".
    private func headAfterAcronym(_ closing: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> (word: String, kind: Framework.Kind)? {
        let next = closing + 1
        guard next < sentence.count, matches.isFree(next), sentence.tokens[next].isCapitalised, let kind = HeadNouns.frameworks[sentence.word(next)],
              next + 1 == sentence.count || !isNameToken(sentence, next + 1) else { return nil }
        return (sentence.word(next), kind)
    }

    /// The lexicon's framework known by one of these names.
    private func knownFramework(named names: [String]) -> Int? {
        lexicon.entries.frameworks.firstIndex { entry in names.contains(entry.name) || entry.aliases.contains(where: names.contains) }
    }

    /// Whether a state's name or demonym, as the lexicon knows it, opens the words: "Russian Direct Investment Fund".
    private func opensWithState(_ expansion: String) -> Bool {
        guard let first = expansion.split(separator: " ").first, let match = lexicon.names.longestMatch([lexicon.interner.lookup(String(first))], from: 0)
        else { return false }
        return match.payloads.contains { hit in
            guard case .actor(let index) = hit.target, hit.form == .lexicon || hit.form == .demonym else { return false }
            return lexicon.entries.actors[index].kind == .state
        }
    }

    /// Whether the expansion has a word of four letters or more in common with the lexicon entry's names.
    private func sharesAWord(_ expansion: String, with target: Lexicon.Target) -> Bool {
        let names: [String]
        switch target {
        case .actor(let index): names = [lexicon.entries.actors[index].name] + lexicon.entries.actors[index].aliases
        case .framework(let index): names = [lexicon.entries.frameworks[index].name] + lexicon.entries.frameworks[index].aliases
        }
        let known = Set(names.flatMap { $0.split(separator: " ") }.filter { $0.count >= 4 }.map { $0.lowercased() })
        // Two shared words when the expansion has two to share: "China Coast Guard (CCG)" shares only "China" with the
        // Center for China and Globalization.
        let candidates: [Substring] = expansion.split(separator: " ").filter { $0.count >= 4 }
        let shared = candidates.filter { known.contains($0.lowercased()) }.count
        return shared >= min(2, candidates.count) && shared > 0
    }

    /// "Agreement on", "Convention on" right before the initials' first word: where the name opens, and what it is.
    private func frameworkOpening(before start: Int, _ sentence: SentenceTokens) -> (start: Int, kind: Framework.Kind)? {
        guard start >= 2, sentence.word(start - 1) == "on", sentence.tokens[start - 2].isCapitalised,
              let kind = HeadNouns.openingFrameworkWords[sentence.word(start - 2)] else { return nil }
        return (start - 2, kind)
    }

    /// Where the words that the acronym abbreviates begin, looking back from the opening parenthesis.
    func expansionStart(_ sentence: SentenceTokens, before paren: Int, acronym: String) -> Int? {
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
            } else if words.connectors.contains(token.id) || words.inWord.contains(token.id) || token.id == words.to {
                candidates.append(index)  // "European Union Mission in Armenia (EUMA)", "Regional Assistance Mission to Solomon Islands (RAMSI)"
            } else if words.features(of: token.id).contains(.dash), index > 0, sentence.touches(index - 1, index), sentence.touches(index, index + 1),
                      HeadNouns.frameworks[sentence.word(paren - 1)] != nil || HeadNouns.organisations[sentence.word(paren - 1)] != nil {
                // "Cambodia–Laos–Vietnam Development Triangle Area (CLV-DTA)": each party gives a letter to a name with a
                // head; "Turkmenistan–Afghanistan–Pakistan–India (TAPI)" only lists the parties of a pipeline.
                index -= 1
                continue
            } else if index >= 2, sentence.ids[index - 1] == words.hyphen, sentence.touches(index - 1, index),
                      Self.prefixWords.contains(sentence.word(index - 2)) {
                index -= 1  // "Co-operation": one word for the acronym, with its prefix
            } else {
                break
            }
            index -= 1
        }
        let spellable = AcronymMatcher.letters(of: acronym)
        // The expansion's first word gives the acronym's first letter: a byte test turns away most starts before their
        // words are lowered and matched.
        let initial = acronym.utf8.first.map(Bytes.lowercased)
        var nearest: Int?
        // Each word is decoded and prepared once, however many starts are tried, and only once a start reaches it.
        let lowest = candidates.last ?? paren
        var texts = [String](repeating: "", count: paren - lowest)
        var readings = [AcronymMatcher.Word?](repeating: nil, count: paren - lowest)
        var prepared = paren - lowest
        // The lower-case half of "Co-operation" gives no letter of its own.
        let givesPiece = (lowest..<paren).map { index in
            sentence.tokens[index].isWord && !(sentence.isLowercaseWord(index) && sentence.ids[index - 1] == words.hyphen)
        }
        // "North–South" gives a letter each (INSTC), "Intermediate-Range" only one (INF).
        let hyphenated = (lowest..<paren).map { index in index > 0 && sentence.ids[index - 1] == words.hyphen && sentence.touches(index - 1, index) }
        for start in candidates where sentence.tokens[start].isCapitalised {
            let first = sentence.bytes[sentence.tokens[start].start]
            if let initial, initial < 0x80, first < 0x80, Bytes.lowercased(first) != initial { continue }
            for offset in start - lowest..<prepared {
                texts[offset] = sentence.word(lowest + offset)
                if sentence.tokens[lowest + offset].isWord {
                    readings[offset] = AcronymMatcher.Word(texts[offset], skippable: Self.acronymConnectors.contains(texts[offset]))
                }
            }
            prepared = min(prepared, start - lowest)
            var pieces = (start - lowest..<paren - lowest).filter { givesPiece[$0] }
            if acronym.hasSuffix("+"), let last = pieces.last, texts[last] == "Plus" { pieces.removeLast() }
            let wholeWords = (start - lowest..<paren - lowest).filter { readings[$0] != nil && ($0 == start - lowest || !hyphenated[$0]) }
            let ownLetters = pieces.count { readings[$0]?.skippable == false }
            // Starts are tried nearest first, so once the words outnumber the letters every later start's do too.
            if ownLetters > spellable.count, wholeWords.count(where: { readings[$0]?.skippable == false }) > spellable.count { break }
            guard AcronymMatcher.matches(spellable, words: pieces.compactMap { readings[$0] })
                    || wholeWords != pieces && AcronymMatcher.matches(spellable, words: wholeWords.compactMap { readings[$0] }) else { continue }
            // One initial a word is the usual shape, and beats a shorter expansion that borrows inner letters:
            // "European External Action Service (EEAS)", not "External Action Service".
            if ownLetters == spellable.count { return start }
            // "Code of Conduct (COC)", "Law of the Sea (LOS)": every word, "of" too, gives its initial.
            if pieces.count == spellable.count, String(pieces.compactMap { texts[$0].first }).uppercased() == acronym.uppercased() { return start }
            if nearest == nil { nearest = start }
        }
        // "the Romanian Intelligence Service (SRI)": one word that spells the code from its inner letters ("SeRvIce") is
        // no expansion when it ends a longer name; the code names the whole name, in another language.
        if let nearest, nearest == paren - 1, nearest >= 1, sentence.tokens[nearest - 1].isCapitalised, sentence.tokens[nearest - 1].isWord,
           !sentence.touches(nearest - 1, nearest) {
            return nil
        }
        return nearest
    }

    /// Words inside an expansion that may give no letter of its acronym.
    private static let acronymConnectors: WordSet = ["of", "and", "for", "the", "on", "de", "in", "to"]

    func discover(expansion: String, head: String, isBody: Bool, _ registry: inout EntityRegistry) -> EntityRef {
        // "Comprehensive Agreement on Investment (CAI)": a deal's noun before "on", "of" or "for" says what the name is,
        // whatever its last word.
        let words = expansion.split(separator: " ")
        if let connector = words.firstIndex(where: { ["on", "of", "for"].contains($0) }), connector > 0,
           let kind = HeadNouns.openingFrameworkWords[String(words[connector - 1])] {
            return .framework(registry.discoverFramework(name: expansion, kind: kind))
        }
        if HeadNouns.organisations[head] != nil, Self.namesSharedBody(expansion.split(separator: " ")) {
            return .framework(registry.discoverFramework(name: expansion, kind: .organization))
        }
        // "Turkic Investment Fund (TIF)": a fund no state's name opens is a programme several back, as for a run.
        if head == "Fund", !opensWithState(expansion) {
            return .framework(registry.discoverFramework(name: expansion, kind: .institution))
        }
        if !isBody, HeadNouns.namesMembersBody(words), let kind = HeadNouns.frameworks[head] {
            return .framework(registry.discoverFramework(name: expansion, kind: kind))
        }
        return .actor(registry.discoverActor(name: expansion, kind: HeadNouns.organisations[head] ?? .organization))
    }
}
