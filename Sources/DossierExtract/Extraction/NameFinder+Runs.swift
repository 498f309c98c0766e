import DossierModel

// Runs of capitalised words that may be names: where they start, what joins them, and where they stop.
extension NameFinder {
    /// Maximal runs of free capitalised tokens, joined by connectors ("of"), hyphens and trailing numbers.
    func runs(_ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        let count = sentence.count
        while index < count {
            // "the Third Neighbour policy", "Second Thomas Shoal", "the Five-Point Consensus": a number word inside a sentence
            // can open a name.
            // "the Levant Policy Forum", "the Caspian Energy Forum": a place the lexicon knows can open a longer name.
            if let name = placeOpeningName(at: index, sentence, matches) {
                runs.append(name)
                index = name.upperBound
                continue
            }
            guard matches.isFree(index) && isNameToken(sentence, index) || index > 0 && index + 1 < count
                && (words.nameOpeningNumbers.contains(sentence.ids[index]) || words.compassWords.contains(sentence.ids[index]))
                && matches.isFree(index) && matches.isFree(index + 1) && (isNameToken(sentence, index + 1) || hyphenJoinsName(after: index, sentence)
                    // "the Far Eastern Federal University": two compass words in a row
                    || words.compassWords.contains(sentence.ids[index + 1]) && index + 2 < count && isNameToken(sentence, index + 2))
                || sentence.tokens[index].isCapitalised && (titleOpensName(index, sentence, matches) || monthOpensName(index, sentence, matches)
                    || surnameLikeFunctionWord(index, sentence, matches) || surnameHe(index, sentence, matches)
                    || headAfterCapitalisedRole(at: index, sentence, matches) != nil)
            else {
                index += 1
                continue
            }
            // "Justice Luiz Fux", "Judge Marie-Josée Hogue": a judge's title before a given name, or before two name words
            // that are no body's ("Justice Jacobs Mwambegele"), is no part of the name, though "Justice" inside one is
            // ("Court of Justice", "Justice Department").
            if Self.judicialTitles.contains(sentence.word(index)), index + 1 < count, matches.isFree(index + 1),
               lexicon.givenNameGenders[sentence.word(index + 1)] != nil || judgesName(after: index, sentence, matches) {
                index += 1
                continue
            }
            // "F-35", "S-400": a letter code and a number joined by a hyphen name a system or a programme.
            if let coded = letterCodedNumber(at: index, sentence, matches) {
                runs.append(index..<coded)
                index = coded
                continue
            }
            if sentence.tokens[index].flags.contains(.allCaps), index > 0, sentence.tokens[index - 1].isNumber {
                index += 1  // "a 1 GW project", "400 MW": a unit after a number names nothing
                continue
            }
            if sentence.tokens[index].flags.contains(.allCaps), !opensPersonName(index, sentence, matches) {
                // "the MEGOBARI Act", "the AI Cooperation Partnership": a code word and name words ending in a head noun
                // make one name.
                var end = headedNameEnd(afterCode: index, words: 4, orIndustry: true, sentence, matches) ?? index + 1
                // "SOAS University of London": a place the lexicon knows after the head and "of" closes the name.
                if end > index + 1, end < count, let tail = knownWordInName(afterConnector: end, runStart: index, sentence, matches, registry) {
                    end = tail
                }
                runs.append(index..<end)
                index = end
                continue
            }
            var end = index + 1
            while end < count {
                if !matches.isFree(end) {
                    if let region = regionClosingName(at: end, runStart: index, sentence, matches, registry) {
                        end = region  // "Institute for Maritime Asia"
                        break
                    }
                    if let head = bodyHeadAfterRegion(at: end, sentence, matches, registry) {
                        end = head  // "Anatolian Eurasia Institute"
                        continue
                    }
                    // A sentence's first word alone may be no name word ("Retired Philippine Navy officers").
                    if index > 0 || end - index >= 2, let demonym = matches.entity(startingAt: end), demonym.range.count == 1,
                       demonym.range.upperBound < count, matches.isFree(demonym.range.upperBound), isNameToken(sentence, demonym.range.upperBound),
                       demonym.rule == "demonym" {
                        end = demonym.range.upperBound + 1  // "Tokyo Centre for Inner Asian Studies"
                        continue
                    }
                    // "Global Gateway Investors Forum", "Council of Foreign Ministers' Meeting"
                    guard let head = headAfterCapitalisedRole(at: end, sentence, matches) else { break }
                    end = head
                    continue
                }
                let token = sentence.tokens[end]
                if isMiddleInitial(end, sentence, matches) {
                    end += 2  // "Múte B. Egede"
                } else if words.generationSuffixes.contains(token.id) {
                    end += end + 1 < count && sentence.ids[end + 1] == words.period && sentence.touches(end, end + 1) ? 2 : 1  // "Donald Trump Jr."
                } else if isNameToken(sentence, end), !token.flags.contains(.allCaps) || Self.romanNumerals.contains(sentence.word(end))
                    || end + 1 < count && sentence.tokens[end + 1].isNumber
                    || end == index + 1 && Self.operationWords.contains(sentence.word(index)) {
                    // "Paks II", "Kambarata II": a Roman numeral continues a name, and so does "Arctic LNG 2"; an operation's
                    // name may be written in capitals ("Operation IRINI").
                    end += 1
                } else if token.flags.contains(.allCaps), codeInsideBodyName(at: end, sentence, matches) {
                    end += 1  // "Stratbase ADR Institute": a code inside a body's name
                } else if let surname = surnameAfterNickname(at: end, runStart: index, sentence, matches) {
                    end = surname  // "Jorge "Tuto" Quiroga", "Rodrigo "Digong" Duterte"
                } else if token.id == words.ampersand, end + 1 < count, matches.isFree(end + 1), isNameToken(sentence, end + 1) {
                    end += 2  // "Hyundai Engineering & Construction", "Procter & Gamble"
                } else if !token.isWord, end + 1 < count, sentence.isPluralApostrophe(end), matches.isFree(end + 1), isNameToken(sentence, end + 1) {
                    end += 2  // "International Year of Glaciers' Preservation", "Foreign Ministers' Dialogue"
                } else if words.compassWords.contains(token.id), end + 1 < count, matches.isFree(end + 1), isNameToken(sentence, end + 1) {
                    end += 2  // "Institute for Northern Strategy"
                } else if words.nameOpeningNumbers.contains(token.id), end + 1 < count, matches.isFree(end + 1), isNameToken(sentence, end + 1) {
                    end += 2  // "Strategic Third Neighbor Partnership"
                } else if words.patronymics.contains(token.id), end - index >= 2 {
                    end += 1  // "Makhabat Tajibek kyzy", "Ilham Heydar oglu"
                } else if end + 2 < count, sentence.ids[end + 1] == words.hyphen, sentence.touches(end, end + 1), sentence.touches(end + 1, end + 2),
                          Self.nameParticles.contains(sentence.word(end)), matches.isFree(end + 2), isNameToken(sentence, end + 2) {
                    end += 3  // "Amal al-Hubaishi", "Nimr al-Nimr", "Abdel Fattah el-Sisi"
                } else if token.id == words.possessive, end + 1 < count, matches.isFree(end + 1), isNameToken(sentence, end + 1),
                          Self.possessiveNameWords.contains(sentence.word(end - 1))
                              || Self.officeHolders.contains(sentence.word(end - 1)) && HeadNouns.organisations[sentence.word(end + 1)] != nil {
                    // "People's Consultative Assembly", "People's Bank of China"; an office named after its holder's title:
                    // "Prosecutor General's Office".
                    end += 2
                } else if token.isNumber, sentence.tokens[end - 1].isCapitalised,
                          token.end - token.start <= 2 || HeadNouns.frameworks[sentence.word(end - 1)] != nil || opensWithHeadNoun(index, sentence)
                            || end + 1 < count && matches.isFree(end + 1) && isNameToken(sentence, end + 1)
                                && HeadNouns.frameworks[sentence.word(end + 1)] != nil {
                    end += 1  // "Power of Siberia 2", "Turkic World Vision 2040", "Turkic World 2040 Vision", "Plan Independencia 200"
                    // "Power Development Plan 2024-2037": the years a plan covers, joined by a dash, end its name.
                    if let first = sentence.fourDigitNumber(end - 1), end + 1 < count, words.features(of: sentence.ids[end]).contains(.dash),
                       sentence.touches(end - 1, end), sentence.touches(end, end + 1), let last = sentence.fourDigitNumber(end + 1), last > first {
                        end += 2
                    }
                } else if words.connectors.contains(token.id), end + 1 < count, matches.isFree(end + 1),
                          isNameToken(sentence, end + 1) || end + 2 < count && words.compassWords.contains(sentence.ids[end + 1])
                              && matches.isFree(end + 2) && isNameToken(sentence, end + 2),
                          !sentence.tokens[end].isCapitalised,
                          !(token.id == words.of && (isGivenFullName(index..<end, sentence) || state.person(calledBy: sentence.text(index..<end)) != nil)) {
                    // "Rebecca Lindqvist of Meridian Straits Advisory", "Mejía Suazo of CESPAD" after "Gabriela Mejía Suazo": a
                    // person of a body, not one name.
                    end += 2
                } else if token.id == words.to, end + 1 < count, endsWithHeadNoun(end, sentence), matches.isFree(end + 1), isNameToken(sentence, end + 1) {
                    // "Global Coalition to Defeat ISIS", "Campaign to End Impunity": what a body is for, a known name included.
                    end += 2
                    if let known = matches.entity(startingAt: end) { end = known.range.upperBound }
                } else if Self.doubledParticles.contains(sentence.word(end)), end + 2 < count, Self.doubledParticles.contains(sentence.word(end + 1)),
                          matches.isFree(end + 1), matches.isFree(end + 2), isNameToken(sentence, end + 2) {
                    end += 3  // "Joost van der Meulen", "Ursula von der Leyen"
                } else if token.id == words.enDash, end + 1 < count, sentence.touches(end - 1, end), sentence.touches(end, end + 1),
                          Self.compassPoints.contains(sentence.word(end - 1)), Self.compassPoints.contains(sentence.word(end + 1)), matches.isFree(end + 1) {
                    end += 2  // "the North–South Road Corridor Investment Program": two compass points name one direction
                } else if token.id == words.hyphen, end + 1 < count, sentence.touches(end - 1, end), sentence.touches(end, end + 1),
                          matches.isFree(end + 1), isNameToken(sentence, end + 1) || isLowercaseNamePart(end + 1, sentence)
                              || Self.prefixWords.contains(sentence.word(end - 1)) && sentence.isLowercaseWord(end + 1)
                              || capitalisedWordInName(end + 1, sentence, matches) {
                    end += 2  // "Abu-Bakr", "Stand-By Arrangement", and Korean given names: "Park Seo-yeon"
                } else if token.id == words.hyphen, end + 1 < count, sentence.touches(end - 1, end), sentence.touches(end, end + 1),
                          let known = matches.entity(startingAt: end + 1), known.rule == "demonym" || known.rule == "lexicon",
                          known.range.upperBound < count, matches.isFree(known.range.upperBound), isNameToken(sentence, known.range.upperBound) {
                    end = known.range.upperBound + 1  // "Centre for Post-Soviet Security Studies", "Centre for Indo-Gulf Studies"
                } else if token.id == words.and, HeadNouns.organisations[sentence.word(end - 1)] == nil,
                          let second = secondAdjectiveEnd(after: end, sentence, matches), second < count, matches.isFree(second),
                          isNameToken(sentence, second) {
                    // "Institute for Caspian and Eurasian Affairs"; after a body's head, "and" joins a second body
                    // ("Tolubay Bank and Eurasian Savings Bank").
                    end = second + 1
                } else if let place = stationedIn(at: end, runStart: index, sentence, matches, registry) {
                    end = place  // "UN Mission for the Referendum in Western Sahara", "UN Support Office in Somalia"
                } else if sentence.word(end) == "in", end + 3 < count, words.the.contains(sentence.ids[end + 1]), Self.isOrdinalNumber(sentence.word(end + 2)),
                          sentence.word(end + 3) == "Century", opensWithHeadNoun(index, sentence) {
                    end += 4  // "… Cooperation for the Development of Central Asia in the 21st Century"
                } else if let listEnd = listInName(at: end, runStart: index, sentence, matches) {
                    end = listEnd  // "Treaty of Friendship, Cooperation and Mutual Assistance"
                } else if let tail = knownWordInName(afterConnector: end, runStart: index, sentence, matches, registry) {
                    end = tail
                } else if words.connectors.contains(token.id) && token.id != words.and || words.nameInnerPrepositions.contains(token.id), !token.isCapitalised,
                          end + 2 < count, words.the.contains(sentence.ids[end + 1]) || words.singularArticles.contains(sentence.ids[end + 1]) && token.id == words.on,
                          matches.isFree(end + 2) && isNameToken(sentence, end + 2) || headAfterCapitalisedRole(at: end + 2, sentence, matches) != nil,
                          endsWithHeadNoun(end, sentence) || opensWithHeadNoun(index, sentence) || titleOpens(at: index, before: end, sentence),
                          sentence.word(end) != "in" || !namesWaterOrLand(from: end + 2, sentence) {
                    // "Framework Agreement on the Joint Feasibility Study", "Memorandum of Understanding on a Strategic
                    // Partnership in the Field of Energy", "Bank of the South", and past a second "of the":
                    // "Concept for the Development of the Islamic Economic Platform"; but "the Russian Navy in the Java Sea"
                    // says where the navy was.
                    end += 3
                } else {
                    break
                }
            }
            // "the Digital Kazakhstan programme": a state the lexicon knows, closing a name that a programme's noun follows.
            if end < count, let known = matches.entity(startingAt: end), known.rule == "lexicon", case .actor = known.ref,
               namesAProgramme(after: known.range.upperBound, sentence) {
                end = known.range.upperBound
            }
            runs.append(index..<end)
            index = end
        }
        return runs
    }

    /// "… and Eurasian": where "and" and a second demonym inside a name end ("Institute for Russian and Eurasian Affairs").
    private func secondAdjectiveEnd(after index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        guard index + 2 < sentence.count, sentence.ids[index] == words.and, let second = matches.entity(startingAt: index + 1),
              second.rule == "demonym" else { return nil }
        return second.range.upperBound
    }

    /// "programme", "strategy", "state programme", "national strategy" right after `index`.
    private func namesAProgramme(after index: Int, _ sentence: SentenceTokens) -> Bool {
        guard index < sentence.count, sentence.isLowercaseWord(index) else { return false }
        let next = ["state", "national"].contains(sentence.word(index)) ? index + 1 : index
        return next < sentence.count && Self.programmeNouns.contains(sentence.word(next))
    }

    private static let programmeNouns: WordSet = ["programme", "program", "strategy", "initiative", "plan", "vision", "concept"]

    private static let operationWords: WordSet = ["Operation", "Exercise"]
    static let judicialTitles: WordSet = ["Justice", "Judge"]

    /// Exactly two name words no lexicon knows after a judge's title, neither a body's or a framework's head noun.
    private func judgesName(after title: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        let name = title + 1..<title + 3
        guard name.upperBound <= sentence.count, name.upperBound == sentence.count || !isNameToken(sentence, name.upperBound) else { return false }
        return name.allSatisfy {
            matches.isFree($0) && isNameToken(sentence, $0) && sentence.ids[$0] == TokenInterner.unknown
                && HeadNouns.organisations[sentence.word($0)] == nil && HeadNouns.frameworks[sentence.word($0)] == nil
        }
    }

    /// "Institute of Eurasian Energy", "Centre for Central Asian Studies": after an organisation's or framework's head
    /// noun and a connector, a demonym or region followed by another capitalised word is part of the name, not a
    /// mention of its own. Returns where the name then ends.
    func knownWordInName(
        afterConnector connector: Int, runStart: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> Int? {
        // "Construction of the China–Kyrgyzstan–Uzbekistan railway began …": a company's trailing noun opening the sentence
        // alone before "of" is a common noun, not a name's head.
        if runStart == 0, connector == 1, HeadNouns.organisations[sentence.word(0)] == .company { return nil }
        if let end = placeInName(afterConnector: connector, sentence, matches) { return end }
        if let end = dashedPartiesInName(afterConnector: connector, sentence, matches) { return end }
        // "Restoration Program in Central Asia": "in" joins only a region that closes a framework's name.
        let joinsRegion = connector >= 1 && sentence.word(connector) == "in" && HeadNouns.frameworks[sentence.word(connector - 1)] != nil
        // "… for the Russian Language", "… of the European Union": "the" may stand between the connector and what is known.
        let article = connector + 2 < sentence.count && ["of", "for", "on"].contains(sentence.word(connector))
            && words.the.contains(sentence.ids[connector + 1]) && matches.entity(startingAt: connector + 1) == nil ? 1 : 0
        guard connector >= 1, words.connectors.contains(sentence.ids[connector]) || joinsRegion, !sentence.tokens[connector].isCapitalised,
              let known = matches.entity(startingAt: connector + 1 + article),
              known.rule == "demonym" || known.rule == "lexicon" || known.rule == "alias" || known.rule == "capital"
                || known.rule == "acronym" && known.ref.frameworkID != nil,
              // "the China Coast Guard and Russia's FSB": "and" joins no actor to a name, only a framework it is about.
              sentence.ids[connector] != words.and || known.ref.frameworkID != nil
        else { return nil }
        var next = known.range.upperBound
        if known.rule == "demonym", let second = secondAdjectiveEnd(after: next, sentence, matches) { next = second }
        // "the Defense of Greenland agreement": a place inside a name that a deal's noun closes.
        if !joinsRegion, article == 0, case .actor = known.ref, next < sentence.count, HeadNouns.dealNouns[sentence.word(next)] != nil {
            return next
        }
        // "Court of Justice of the European Union", "Ministry of Foreign Affairs of Mongolia": a body's head opening the run
        // reaches past a second "of the", or a second "of" before a state.
        let bodyOpensRun = runStart < connector - 1 && connector + 1 < sentence.count && HeadNouns.organisations[sentence.word(runStart)] != nil
            && (words.the.contains(sentence.ids[connector + 1]) || known.ref.actorID.map { registry.kind(ofActor: $0) == .state } == true)
        // "Treaty on Friendship … for the Development of Central Asia", "Fund for Reconstruction and Development of Uzbekistan":
        // past a title's own "on" or "for", a place or a framework after "of" is what the title is about.
        let titleRun = sentence.ids[connector] == words.of && titleOpens(at: runStart, before: connector, sentence)
        guard endsWithHeadNoun(connector, sentence) || endsWithNamedHead(connector, sentence) || bodyOpensRun || titleRun else { return nil }
        if joinsRegion {
            // A mission takes the state it serves too, which `stationedIn` finds first.
            guard case .actor(let id) = known.ref, registry.kind(ofActor: id) == .region,
                  next == sentence.count || !isNameToken(sentence, next) else { return nil }
            return next
        }
        // "Treaty on Comprehensive Strategic Partnership": a framework the lexicon knows, named as what the treaty is about;
        // "Central Bank of Uzbekistan": a state closing an organisation's name, which becomes its affiliation.
        if case .framework = known.ref { return next }
        // "Strategy for Central Asia": a region closing a framework's name is what the framework is about.
        if known.rule != "demonym", next == sentence.count || !isNameToken(sentence, next),
           article == 1 || bodyOpensRun || titleRun || HeadNouns.organisations[sentence.word(connector - 1)] != nil
            || HeadNouns.frameworks[sentence.word(connector - 1)] != nil {
            return next
        }
        // "Pudong Centre for West Asian Studies": a known word, a demonym and a name word.
        if next + 1 < sentence.count, let demonym = matches.entity(startingAt: next), demonym.rule == "demonym", demonym.range.count == 1,
           matches.isFree(next + 1), isNameToken(sentence, next + 1) {
            return next + 2
        }
        guard next < sentence.count, matches.isFree(next), isNameToken(sentence, next), !sentence.tokens[next].flags.contains(.allCaps) else { return nil }
        return next + 1
    }

    /// "Investors Forum for EU–Central Asia Transport Connectivity": after a head noun and a connector, names joined by
    /// dashes and a name word are what the body or meeting is about. Returns where that word ends.
    private func dashedPartiesInName(afterConnector connector: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        // The names first: this is asked at every connector inside a run.
        guard connector >= 1, var party = matches.entity(startingAt: connector + 1), party.range.upperBound < sentence.count,
              sentence.ids[party.range.upperBound] == words.enDash, sentence.ids[connector] == words.on || sentence.ids[connector] == words.lowercaseFor,
              endsWithHeadNoun(connector, sentence) else { return nil }
        var parties = 1
        while party.range.upperBound + 1 < sentence.count, sentence.ids[party.range.upperBound] == words.enDash,
              sentence.touches(party.range.upperBound - 1, party.range.upperBound), let next = matches.entity(startingAt: party.range.upperBound + 1) {
            party = next
            parties += 1
        }
        let end = party.range.upperBound
        guard parties >= 2, end < sentence.count, matches.isFree(end), isNameToken(sentence, end) else { return nil }
        return end + 1
    }

    /// "Institute for Maritime Asia": a region the lexicon knows closes a body's name after a head noun, a connector and
    /// a name word. Returns where the name then ends.
    private func regionClosingName(
        at start: Int, runStart: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> Int? {
        guard start >= runStart + 3, let known = matches.entity(startingAt: start), let id = known.ref.actorID, registry.kind(ofActor: id) == .region,
              matches.isFree(start - 1), isNameToken(sentence, start - 1),
              words.connectors.contains(sentence.ids[start - 2]) || words.nameInnerPrepositions.contains(sentence.ids[start - 2]),
              HeadNouns.organisations[sentence.word(start - 3)] != nil,
              known.range.upperBound == sentence.count || !isNameToken(sentence, known.range.upperBound) else { return nil }
        return known.range.upperBound
    }

    /// "in Western Sahara" after "UN Mission for the Referendum", "in Somalia" after "UN Support Office": a mission, an
    /// office or a delegation is named after the state or region it serves, joined by "in" or "to". Returns where the
    /// name then ends.
    private func stationedIn(
        at index: Int, runStart: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> Int? {
        guard index + 1 < sentence.count, sentence.ids[index] == words.to || sentence.word(index) == "in",
              (runStart..<index).contains(where: { Self.stationedHeads.contains(sentence.word($0)) }),
              let place = matches.entity(startingAt: index + 1), place.rule != "capital", let id = place.ref.actorID,
              [.state, .region].contains(registry.kind(ofActor: id)) else { return nil }
        return place.range.upperBound
    }

    /// An operation is named apart from where it runs ("Operation Serval in Mali"), and an office in a capital is only
    /// sited there ("the Hydrogen Diplomacy Office in Astana").
    private static let stationedHeads: WordSet = ["Mission", "Office", "Delegation"]

    /// Two or three name words that open with a given name the lexicon knows and hold no head noun: "Rebecca Lindqvist".
    private func isGivenFullName(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        (2...3).contains(run.count) && lexicon.givenNameGenders[sentence.word(run.lowerBound)] != nil
            && !run.contains { HeadNouns.organisations[sentence.word($0)] != nil || HeadNouns.frameworks[sentence.word($0)] != nil }
    }

    /// "Anatolian Eurasia Institute": a region the lexicon knows inside a run, and name words up to a body's head noun,
    /// are one body's name. Returns where the name then ends.
    private func bodyHeadAfterRegion(at start: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> Int? {
        guard let known = matches.entity(startingAt: start), known.rule == "lexicon", let id = known.ref.actorID,
              registry.kind(ofActor: id) == .region else { return nil }
        var next = known.range.upperBound
        while next < sentence.count, next - known.range.upperBound < 3, matches.isFree(next), isNameToken(sentence, next) {
            if HeadNouns.organisations[sentence.word(next)] != nil { return next + 1 }
            next += 1
        }
        return nil
    }

    /// "Pomor Centre for Arctic Studies": after a head noun and a connector, a place the lexicon knows and a name word
    /// are part of the name, not a place of their own. Returns where the name then ends.
    private func placeInName(afterConnector connector: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        // "… of the Syr Darya Basin": "the" may stand before the place.
        let start = connector + 2 < sentence.count && words.the.contains(sentence.ids[connector + 1]) ? connector + 2 : connector + 1
        guard connector >= 1, start < sentence.count, matches.owners[start].entity == -2, words.connectors.contains(sentence.ids[connector]),
              !sentence.tokens[connector].isCapitalised, endsWithHeadNoun(connector, sentence) else { return nil }
        var next = start
        while next < sentence.count, matches.owners[next].entity == -2 { next += 1 }
        guard next < sentence.count, matches.isFree(next), isNameToken(sentence, next), !sentence.tokens[next].flags.contains(.allCaps) else { return nil }
        return next + 1
    }

    /// The whole name when a recognised place (a sea, a region the lexicon keeps as a place) opens a run of name words
    /// that ends in an organisation's or framework's head noun; nil otherwise.
    func placeOpeningName(at index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Range<Int>? {
        // "the Gulf Horizons Forum": the lexicon's "the Gulf" gives its article back to the longer name.
        guard matches.owners[index].entity == -2, sentence.tokens[index].isCapitalised,
              index == 0 || matches.owners[index - 1].entity != -2 || words.the.contains(sentence.ids[index - 1]) else { return nil }
        var next = index
        while next < sentence.count, matches.owners[next].entity == -2 { next += 1 }
        // Compass words count as name words here: "Northern Aral Sea".
        func nameWord(_ at: Int) -> Bool {
            (isNameToken(sentence, at) || words.compassWords.contains(sentence.ids[at])) && !sentence.tokens[at].flags.contains(.allCaps)
        }
        var end = next
        // Another place inside the name is a name word too: "Syr Darya Control and Northern Aral Sea project".
        func free(_ at: Int) -> Bool { matches.isFree(at) || matches.owners[at].entity == -2 }
        while end < sentence.count, free(end) {
            if nameWord(end) {
                end += 1
            } else if end > next, words.connectors.contains(sentence.ids[end]), !sentence.tokens[end].isCapitalised, end + 1 < sentence.count,
                      free(end + 1), nameWord(end + 1) {
                end += 2
            } else {
                break
            }
        }
        guard end > next else { return nil }
        let last = sentence.word(end - 1)
        // A lower-case framework noun after the name says what it is as well as a head noun would.
        let nounFollows = end < sentence.count && sentence.isLowercaseWord(end) && HeadNouns.trailingFrameworkNouns[sentence.word(end)] != nil
        return HeadNouns.organisations[last] != nil || HeadNouns.frameworks[last] != nil || nounFollows ? index..<end : nil
    }

    /// "Executive Order 14114", "Executive Committee": a capitalised role word right before a framework's or a body's
    /// head noun is part of the name, not a title before a person.
    func titleOpensName(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        guard index + 1 < sentence.count, matches.owners[index].entity < 0, matches.owners[index].role >= 0, sentence.tokens[index].isCapitalised,
              matches.isFree(index + 1), isNameToken(sentence, index + 1) else { return false }
        // "General Staff", "General Police Inspectorate": name words up to a head noun, a few at most.
        var next = index + 1
        while next < sentence.count, next - index <= 3, matches.isFree(next), isNameToken(sentence, next) {
            let word = sentence.word(next)
            if HeadNouns.frameworks[word] != nil || HeadNouns.organisations[word] != nil { return true }
            next += 1
        }
        return false
    }

    /// "the July Declaration", "the October Charter": a month names the text adopted in it.
    func monthOpensName(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        guard index + 1 < sentence.count, words.monthWords.contains(sentence.ids[index]), matches.isFree(index), matches.isFree(index + 1),
              isNameToken(sentence, index + 1) else { return false }
        return HeadNouns.frameworks[sentence.word(index + 1)] != nil
    }

    /// Where "F-35" or "S-400" ends, when one to three capital letters, a hyphen and a number touch at `index`.
    func letterCodedNumber(at index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        let token = sentence.tokens[index]
        guard (1...3).contains(token.end - token.start), Bytes.isUpper(sentence.bytes[token.start]), index + 2 < sentence.count, sentence.ids[index + 1] == words.hyphen,
              sentence.touches(index, index + 1), sentence.touches(index + 1, index + 2), sentence.tokens[index + 2].isNumber,
              matches.isFree(index + 2) else { return nil }
        return index + 3
    }

    /// Whether a run is a title: it opens with a head noun and "on" or "for" follows it before `connector` ("Treaty on
    /// Friendship …", "Fund for Reconstruction and Development"), or a head noun right before "on" or "for" comes after a
    /// modifier ("Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan").
    private func titleOpens(at start: Int, before connector: Int, _ sentence: SentenceTokens) -> Bool {
        guard sentence.tokens[start].isCapitalised, start + 1 < connector else { return false }
        func isHead(_ index: Int) -> Bool {
            let word = sentence.word(index)
            return HeadNouns.frameworks[word] != nil || HeadNouns.organisations[word] != nil
        }
        let opensWithHead = isHead(start)
        return (start + 1..<connector).contains { index in
            (sentence.ids[index] == words.on || sentence.ids[index] == words.lowercaseFor)
                && (opensWithHead || index - start <= 2 && sentence.tokens[index - 1].isCapitalised && isHead(index - 1))
        }
    }

    /// Whether a run opens with a framework's head: "Concept for the Development …", "Roadmap for the …".
    private func opensWithHeadNoun(_ start: Int, _ sentence: SentenceTokens) -> Bool {
        sentence.tokens[start].isCapitalised && HeadNouns.frameworks[sentence.word(start)] != nil
    }

    /// "Five-Point": a hyphen touching the word at `index` and a name word after it.
    private func hyphenJoinsName(after index: Int, _ sentence: SentenceTokens) -> Bool {
        index + 2 < sentence.count && sentence.ids[index + 1] == words.hyphen && sentence.touches(index, index + 1)
            && sentence.touches(index + 1, index + 2) && isNameToken(sentence, index + 2)
    }

    /// "B." in "Múte B. Egede": one capital and a full stop touching it, between two name words.
    /// Initials written together before a surname: "A.P. Singh", "J.D. Vance".
    private func opensPersonName(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        sentence.isInitials(index) && index + 1 < sentence.count && matches.isFree(index + 1) && isNameToken(sentence, index + 1)
            && !sentence.tokens[index + 1].flags.contains(.allCaps)
    }

    private func isMiddleInitial(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        let token = sentence.tokens[index]
        guard index + 2 < sentence.count, token.end - token.start == 1, token.isCapitalised, sentence.ids[index + 1] == words.period,
              sentence.touches(index, index + 1), matches.isFree(index + 2) else { return false }
        return isNameToken(sentence, index + 2)
    }

    /// Whether the name words from `start` end in a place's noun: "Java Sea", "Persian Gulf".
    private func namesWaterOrLand(from start: Int, _ sentence: SentenceTokens) -> Bool {
        var last = start
        while last + 1 < sentence.count, isNameToken(sentence, last + 1) { last += 1 }
        // "in the Field of Energy", as treaties' titles say, is a domain, not a place.
        if Self.domainNouns.contains(sentence.word(last)), last + 1 < sentence.count, sentence.ids[last + 1] == words.of { return false }
        return Self.placeNouns.contains(sentence.word(last))
    }

    private static let domainNouns: WordSet = ["Field", "Fields", "Area", "Areas", "Sphere"]

    /// A role noun written with a capital inside a name ("Investors", "Foreign Ministers'") is part of it when a
    /// framework's or a body's head follows; returns where that head stands.
    private func headAfterCapitalisedRole(at index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        let owner = matches.owners[index]
        guard owner.entity == -1, owner.role >= 0 else { return nil }
        let role = matches.roles[owner.role]
        guard role.range.lowerBound == index, role.range.allSatisfy({ sentence.tokens[$0].isCapitalised }) else { return nil }
        var head = role.range.upperBound
        if head < sentence.count, sentence.isPluralApostrophe(head) { head += 1 }
        guard head < sentence.count, matches.isFree(head), isNameToken(sentence, head) else { return nil }
        let word = sentence.word(head)
        return HeadNouns.frameworks[word] != nil || HeadNouns.organisations[word] != nil ? head : nil
    }

    /// "By" in "Stand-By Arrangement", "Up" in "Follow-Up Committee": a capitalised function word after a hyphen, with
    /// another name word after it, is inside a name.
    private func capitalisedWordInName(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        index + 1 < sentence.count && sentence.tokens[index].isCapitalised && matches.isFree(index + 1) && isNameToken(sentence, index + 1)
    }

    /// "Do" in "met Do Hung Viet", "To" in "with To Lam": after a lower-case word a function word keeps its capital only
    /// because it is a name's first word.
    private func surnameLikeFunctionWord(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        index > 0 && sentence.isLowercaseWord(index - 1) && words.capitalisedFunctionWords.contains(sentence.ids[index])
            && matches.isFree(index) && capitalisedWordInName(index, sentence, matches)
    }

    /// Where a nickname in quotation marks between a given name and one more name word ends: the name goes on past it.
    private func surnameAfterNickname(at index: Int, runStart: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        guard sentence.tokens[index].flags.contains(.openQuote), index - runStart <= 2, index + 3 < sentence.count,
              lexicon.givenNameGenders[sentence.word(runStart)] != nil, isNameToken(sentence, index + 1),
              sentence.tokens[index + 2].flags.contains(.closeQuote), matches.isFree(index + 3), isNameToken(sentence, index + 3)
        else { return nil }
        return index + 4
    }

    /// "He Yongqian, a ministry spokeswoman, said": a sentence's opening "He" before a capitalised word no lexicon knows is
    /// the Chinese surname He, since the pronoun is followed by a verb, not by a name.
    private func surnameHe(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        index == 0 && sentence.word(0) == "He" && sentence.count > 2 && sentence.ids[1] == TokenInterner.unknown
            && !sentence.tokens[1].flags.contains(.allCaps) && matches.isFree(0) && capitalisedWordInName(0, sentence, matches)
    }

    /// The short lower-case second half of a hyphenated given name ("Seo-yeon", "Jae-in"), not a suffix such as "-based".
    func isLowercaseNamePart(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        guard sentence.isLowercaseWord(index) else { return false }
        let word = sentence.word(index)
        // One letter only inside a chain: "Azm-e-Istehkam", "Zarb-e-Azb".
        if word.count == 1 { return index + 1 < sentence.count && sentence.ids[index + 1] == words.hyphen && sentence.touches(index, index + 1) }
        return (2...5).contains(word.count) && !Self.hyphenSuffixes.contains(word)
    }

    static let romanNumerals: WordSet = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI"]

    /// Particles that come two at a time inside a surname: "van der", "von der", "de la".
    static let doubledParticles: WordSet = ["van", "von", "der", "den", "de", "la", "le", "del", "della", "dos", "das"]
    private static let compassPoints: WordSet = ["North", "South", "East", "West"]

    /// Lower-case particles joined by a hyphen to an Arabic family name: "al-Hubaishi", "el-Sisi", "bin-Salman".
    /// Lower-case particles that open a surname: "da Costa", "van Rompuy", "de la Fuente".
    static let surnameParticles: WordSet = ["da", "de", "do", "dos", "das", "di", "du", "del", "della", "van", "von", "der", "den", "ter", "la", "le"]
    static let nameParticles: WordSet = ["al", "el", "ad", "ar", "as", "at", "az", "ash", "bin", "ibn", "abu", "ul"]
    /// Capitalised words whose possessive belongs to a name: "People's Liberation Army", "Workers' Party".
    static let possessiveNameWords: WordSet = ["People", "Peoples", "Women", "Children", "Workers"]
    /// Titles whose holder's office is a body named after them: "Prosecutor General's Office", "Public Defender's Office".
    static let officeHolders: WordSet = ["Prosecutor", "General", "President", "Minister", "Ombudsman", "Defender", "Mayor", "Governor", "Auditor"]
    /// Capitalised prefixes that take a lower-case word after their hyphen inside a name: "Co-operation", "Non-Proliferation".
    static let prefixWords: WordSet = ["Co", "Non", "Inter", "Anti", "Pre", "Post", "Re", "Self", "Multi", "Trans"]

    static let hyphenSuffixes: WordSet = [
        "based", "led", "run", "owned", "made", "style", "era", "born", "backed", "built", "like", "wide", "level", "type",
        "scale", "term", "year", "old", "free", "rich", "poor", "first", "only", "linked", "aware", "bound", "up", "in", "out",
    ]

    /// A comma at `comma` that continues a list inside a name: the run so far is a head noun, a connector and name words,
    /// and the list runs on as ", Name" … "and Name" ("Ministry of Industry, Trade and Agriculture"). Returns where the
    /// name ends, after the word following "and".
    func listInName(at comma: Int, runStart: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        guard sentence.ids[comma] == words.comma,
              let connector = (runStart + 1..<comma).first(where: { words.nameInnerPrepositions.contains(sentence.ids[$0]) }),
              endsWithHeadNoun(connector, sentence) else { return nil }
        // Name words, joined by hyphens too ("Good-Neighbourliness").
        func nameWordsEnd(from start: Int) -> Int {
            var index = start
            while index < sentence.count, matches.isFree(index), isNameToken(sentence, index)
                    || sentence.ids[index] == words.hyphen && index > start && index + 1 < sentence.count && sentence.touches(index - 1, index)
                    && sentence.touches(index, index + 1) && isNameToken(sentence, index + 1) {
                index += 1
            }
            return index
        }
        var index = comma + 1
        while index < sentence.count, index - comma < 12 {
            guard matches.isFree(index), isNameToken(sentence, index) else { return nil }
            index = nameWordsEnd(from: index)
            guard index < sentence.count else { return nil }
            if sentence.ids[index] == words.comma { index += 1; continue }
            guard sentence.ids[index] == words.and, index + 1 < sentence.count, matches.isFree(index + 1), isNameToken(sentence, index + 1) else { return nil }
            return nameWordsEnd(from: index + 1)
        }
        return nil
    }

    /// "Centre Djenné for Sahelian Studies": a body's head noun and the name it bears, before the connector at `index`.
    private func endsWithNamedHead(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        index >= 2 && sentence.tokens[index - 1].isCapitalised && HeadNouns.organisations[sentence.word(index - 2)] != nil
    }

    /// Whether the word before `index` is an organisation's or a framework's head noun.
    func endsWithHeadNoun(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        let word = sentence.word(index - 1)
        return HeadNouns.organisations[word] != nil || HeadNouns.frameworks[word] != nil
    }

    /// A code in capitals after name words, followed by up to three name words that end in a body's or a framework's
    /// head: "Stratbase ADR Institute", "Asia Pacific CEO Summit".
    private func codeInsideBodyName(at code: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        headedNameEnd(afterCode: code, words: 3, orIndustry: false, sentence, matches) != nil
    }

    /// Where up to `limit` name words after a code in capitals end, when the last of them is a body's or a framework's head
    /// ("the AI Cooperation Partnership") or, with `orIndustry`, an industry's word ("SOCAR Petroleum"); nil otherwise.
    private func headedNameEnd(
        afterCode code: Int, words limit: Int, orIndustry: Bool, _ sentence: SentenceTokens, _ matches: SentenceMatches
    ) -> Int? {
        var last = code + 1
        while last < sentence.count, last - code <= limit, matches.isFree(last), isNameToken(sentence, last), !sentence.tokens[last].flags.contains(.allCaps) {
            last += 1
        }
        guard last > code + 1 else { return nil }
        let head = sentence.word(last - 1)
        return HeadNouns.organisations[head] != nil || HeadNouns.frameworks[head] != nil || orIndustry && HeadNouns.industryHeads.contains(head)
            ? last : nil
    }
}
