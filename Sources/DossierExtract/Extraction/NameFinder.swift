import DossierModel

/// Finds the entities, role nouns and reporting verbs of one sentence, in priority order: acronym
/// definitions, lexicon names, names learnt earlier, then names discovered from evidence in the sentence.
struct NameFinder {
    let lexicon: Lexicon

    var words: RuleWords { lexicon.words }

    /// Framework heads for bodies of several states, which one state's name before them turns into that state's body.
    private static let integrationHeads: WordSet = ["Organization", "Organisation", "Union", "Community", "Alliance"]

    /// Heads of bodies that governments run together, which dashed parties before them make a framework; a university
    /// or a company two states founded stays a body.
    private static let jointBodyHeads: WordSet = [
        "Council", "Commission", "Committee", "Board", "Forum", "Group", "Office", "Secretariat", "Centre", "Center",
    ]

    /// "Corridors", "Reefs": the plural of a framework's head or a place's noun counts things, not a doctrine's points.
    private func namesThings(_ word: String) -> Bool {
        guard word.hasSuffix("s") else { return false }
        let singular = String(word.dropLast())
        return HeadNouns.frameworks[singular] != nil || Self.placeNouns.contains(singular)
    }

    private static let prefixesOfDescription: WordSet = ["post", "pan", "anti", "pro", "neo", "ex", "non", "trans"]
    private static let prefixesOfTime: WordSet = ["then", "ex"]

    func find(in sentence: SentenceTokens, registry: inout EntityRegistry, state: inout ArticleState) -> SentenceMatches {
        var matches = SentenceMatches(count: sentence.count)
        let features = SentenceFeatures(sentence, words)
        if features.hasShipPrefix { blockShipNames(sentence, &matches) }
        findAcronymDefinitions(sentence, &matches, &registry, &state)
        findSpelledOutAcronyms(sentence, &matches, &registry, &state)
        findLexiconNames(sentence, &matches, &registry, &state)
        findWebsiteNames(sentence, &matches, &registry)
        if features.hasDash { findPartiesFrameworks(sentence, &matches, &registry) }
        findCapitalNamedFrameworks(sentence, &matches, &registry)
        if features.hasDash && features.hasInfrastructureNoun { findTownLinkedInfrastructure(sentence, &matches, &registry) }
        if features.hasNumber {
            findYearNamedFrameworks(sentence, &matches, &registry)
            findStateYearStrategies(sentence, &matches, &registry)
            if features.hasDash { findYearRangePlans(sentence, &matches, &registry) }
            findNumberNamedFrameworks(sentence, &matches, &registry)
        }
        if features.hasNumberedPart { findNumberedParts(sentence, &matches, &registry) }
        findClimateConferences(sentence, &matches, &registry)
        if features.hasNumber && features.hasResolution { findNumberedResolutions(sentence, &matches, &registry) }
        findRolesAndVerbs(sentence, &matches)
        if features.hasCongress { findNumberedCongresses(sentence, &matches, &registry) }
        if features.hasStateInstitution {
            findPresidentialOffices(sentence, &matches, &registry)
            findLowercaseInstitutions(sentence, &matches, &registry, state)
        }
        // Before the capitalised runs, which would take "Defence Ministers" out of "the ASEAN Defence Ministers' Meeting".
        if features.hasMeeting { findMinisterialMeetings(sentence, &matches, &registry) }
        discoverNames(sentence, &matches, &registry, &state)
        findLeadersAdministrations(sentence, &matches, &registry)
        if features.hasInstrumentNoun {
            findBodySummits(sentence, &matches, &registry, &state)
            findSummitsOfBodies(sentence, &matches, &registry, &state)
            joinBodiesToVenueSummits(sentence, &matches, &registry)
        }
        if features.hasOpenParen { findBracketedShortNames(sentence, &matches, &registry) }
        if features.hasDash { joinPartiesBeforeDeals(sentence, &matches, &registry) }
        if features.hasInstrumentNoun {
            findFoundingTexts(sentence, &matches, &registry)
            findAppositiveNames(sentence, &matches, &registry)
        }
        if features.hasOpenQuote { findQuotedConcepts(sentence, &matches, &registry) }
        if features.hasNumber {
            findNumberedFormats(sentence, &matches, &registry)
            findNumberedBases(sentence, &matches, &registry)
            findPointedPlans(sentence, &matches, &registry)
        }
        if features.hasSanctions { state.speaksOfSanctions = true }
        if features.hasPackage { findNumberedSanctionsPackages(sentence, &matches, &registry, &state) }
        if features.hasStatePolicyNoun { findDescribedLaws(sentence, &matches, &registry, state) }
        if features.hasInstrumentNoun { findDescribedInstruments(sentence, &matches, &registry, state) }
        if features.hasInstrumentNoun && features.hasOpenParen { findDescribedDealAcronyms(sentence, &matches, &registry, &state) }
        if features.hasNumber { learnDatedForms(sentence, matches, &registry) }
        joinOtherNames(sentence, &matches, &registry)
        if features.hasCompanyAbbreviation { learnAbbreviatedEndings(sentence, matches, &registry) }
        if !matches.theatres.isEmpty { addStandingTheatres(&matches, &registry) }
        dropVenues(sentence, &matches, &registry)
        return matches
    }

    /// The theatres no longer name took in ("the Red Sea" alone, not "the Red Sea Council") are regions.
    private func addStandingTheatres(_ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for theatre in matches.theatres where theatre.range.allSatisfy({ matches.owners[$0].entity == -2 }) {
            matches.add(FoundEntity(range: theatre.range, ref: registry.ref(for: .actor(theatre.actor)), rule: "lexicon"))
        }
    }

    /// Whether a region's one-word name the lexicon knows closes the run: "Pulse Asia".
    func endsWithRegionName(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        guard let last = lexicon.names.longestMatch(sentence.ids, from: run.upperBound - 1), last.length == 1,
              case .actor(let known) = last.payloads[0].target else { return false }
        return lexicon.entries.actors[known].kind == .region
    }

    /// Where a noun of a framework's own kind stands right after its name, past up to two lower-case modifiers
    /// ("hydropower project", "gas pipeline").
    private func ownKindNoun(after end: Int, _ kind: Framework.Kind, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        var index = end
        while index < sentence.count, index - end <= 2, matches.isFree(index), sentence.isLowercaseWord(index), matches.owners[index].verb < 0,
              !words.groupBoundaries.contains(sentence.ids[index]) {
            if words.trailingFrameworkNouns.contains(sentence.ids[index]) {
                return HeadNouns.trailingFrameworkNouns[sentence.word(index)] == kind ? index : nil
            }
            index += 1
        }
        return nil
    }

    /// "the BRP Teresa Magbanua", "the USS Ronald Reagan": a ship's name after its navy's prefix names no one, whoever
    /// the ship is named after.
    private func blockShipNames(_ sentence: SentenceTokens, _ matches: inout SentenceMatches) {
        for index in 0..<sentence.count where words.features(of: sentence.ids[index]).contains(.shipPrefix) {
            var end = index + 1
            while end < sentence.count, sentence.tokens[end].isCapitalised || sentence.tokens[end].isNumber && end > index + 1 { end += 1 }
            if end > index + 1 { matches.block(index..<end) }
        }
    }

    /// The word that says what a name names: its last word, or, when that is no head noun, the word before
    /// its first "of", "on", "in" or "for" ("Convention on the Law of the Sea", "Center for Democracy and
    /// Security", "Permanent Court of Arbitration").
    func headWord(_ range: Range<Int>, _ sentence: SentenceTokens) -> String {
        var last = sentence.word(range.upperBound - 1)
        if sentence.tokens[range.upperBound - 1].isNumber, range.count >= 2 {
            // "Plan 2024-2037": past the years a plan covers.
            let yearsCovered = range.count >= 4 && words.features(of: sentence.ids[range.upperBound - 2]).contains(.dash)
                && sentence.tokens[range.upperBound - 3].isNumber
            last = sentence.word(range.upperBound - (yearsCovered ? 4 : 2))
        }
        // With an "of", "for"… inside, the word before the first one is a head as much as the last word; a body's head
        // wins over a framework's ("Centre for Strategic Dialogue", "Japan Forum for Eurasian Resources" are bodies),
        // then the word before ("Treaty on Comprehensive Strategic Partnership" is a treaty). A text's head at the end
        // names what the whole is, whatever the body before "of" ("Reciprocal Exchange of Logistics Agreement").
        // A plural after a preposition is what a body deals with, not what the name is ("Joint Standing Committee on
        // Treaties"); the head is found before the preposition below.
        let pluralTopic = last.hasSuffix("s") && range.dropFirst().contains { words.nameInnerPrepositions.contains(sentence.ids[$0]) }
        if HeadNouns.frameworks[last] == .agreement, !pluralTopic { return last }
        // "Fundamentals of State Policy in the Field of Nuclear Deterrence": with no head before the first preposition nor
        // at the end, the word before a later one may be the head.
        var firstBefore: String?
        for index in range.dropFirst() where words.nameInnerPrepositions.contains(sentence.ids[index]) {
            let before = sentence.word(index - 1)
            for candidate in [before, last] where HeadNouns.organisations[candidate] != nil { return candidate }
            if HeadNouns.frameworks[before] != nil { return before }
            if HeadNouns.frameworks[last] != nil { return last }
            if firstBefore == nil { firstBefore = before }
        }
        return firstBefore ?? last
    }

    private func isPlace(_ target: Lexicon.Target) -> Bool {
        guard case .actor(let index) = target else { return false }
        return lexicon.entries.actors[index].isPlace
    }

    /// A known given name before a name word that is no body's or framework's head: "Virginia Gamba", not "Virginia
    /// Tech" or "Indiana University".
    private func opensAPersonsName(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        let next = index + 1
        // The token tests first: most names have no name word after them.
        guard next < sentence.count, matches.isFree(next), isNameToken(sentence, next), lexicon.givenNameGenders[sentence.word(index)] != nil
        else { return false }
        let word = sentence.word(next)
        return HeadNouns.organisations[word] == nil && HeadNouns.frameworks[word] == nil
    }

    /// A capital's name right after a known given name, or right before a word with a surname's ending, is part of a
    /// person's name.
    private func partOfAPersonsName(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        if index >= 1, matches.isFree(index - 1), sentence.tokens[index - 1].isCapitalised,
           lexicon.givenNameGenders[sentence.word(index - 1)] != nil { return true }
        let next = index + 1
        return next < sentence.count && matches.isFree(next) && isNameToken(sentence, next) && PersonGender.hasSurnameEnding(sentence.word(next))
    }

    func findLexiconNames(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState) {
        var index = 0
        while index < sentence.count {
            guard matches.owners[index].entity == -1, let match = lexicon.names.longestMatch(sentence.ids, from: index),
                  (index..<index + match.length).allSatisfy({ matches.owners[$0].entity == -1 }) else {
                index += 1
                continue
            }
            let end = index + match.length
            // "the Vistula Centre for Eastern Studies": a word no lexicon knows right before a known body whose name opens
            // with a generic head makes another body's name, found as a run.
            if index >= 1, sentence.ids[index - 1] == TokenInterner.unknown, sentence.tokens[index - 1].isCapitalised, matches.isFree(index - 1),
               Self.genericBodyHeads.contains(sentence.word(index)), case .actor(let known) = match.payloads[0].target,
               lexicon.entries.actors[known].kind == .organization {
                index = end
                continue
            }
            if words.determiners.contains(sentence.ids[index]), let later = lexicon.names.longestMatch(sentence.ids, from: index + 1),
               index + 1 + later.length > end {
                index += 1  // "the Gulf states": "Gulf states" beats "the Gulf"
                continue
            }
            if end + 1 < sentence.count, sentence.ids[end] == words.of, sentence.tokens[end + 1].isCapitalised,
               Self.placeNouns.contains(sentence.word(end - 1)) {
                // "the Gulf of Finland", "the Sea of Japan": a known name ending in a place's noun, then "of" and a name,
                // is the start of another place.
                matches.block(index..<end + 2)
                index = end + 2
                continue
            }
            // "the ASEAN Summit": a capitalised Summit after a body's code names that meeting, found as a run.
            let summitFollows = end < sentence.count && sentence.ids[end] == words.summit && matches.isFree(end)
            if match.length == 1, sentence.tokens[index].flags.contains(.allCaps), !summitFollows, let defined = state.definedAcronyms[sentence.word(index)] {
                // "Caspian Pipeline Consortium (CPC)" earlier in the article: "the CPC said" is the consortium, not the
                // Communist Party of China the lexicon knows by the same letters.
                matches.add(FoundEntity(range: index..<end, ref: defined, rule: "acronym"))
                index = end
                continue
            }
            let hit = match.payloads.first { $0.form == .lexicon } ?? match.payloads[0]
            if hit.form == .demonym, index >= 2, sentence.ids[index - 1] == words.hyphen, sentence.touches(index - 2, index - 1),
               sentence.touches(index - 1, index), Self.prefixesOfDescription.contains(sentence.word(index - 2).lowercased()) {
                index = end  // "post-Soviet", "pan-Turkic", "anti-Western": a description, not a mention of the state
                continue
            }
            // "Miguel Santiago", "George Washington", "Sofia Petrova": a capital's name inside a person's; "Victoria Furtună",
            // "Virginia Gamba": a capital's or a place's name that is also a given name opens one. The person is found as a run.
            if match.length == 1, hit.form == .capital || isPlace(hit.target),
               hit.form == .capital && partOfAPersonsName(index, sentence, matches) || opensAPersonsName(index, sentence, matches) {
                index = end
                continue
            }
            if end < sentence.count, words.generationSuffixes.contains(sentence.ids[end]), case .actor = hit.target {
                index = end  // "Donald Trump Jr." is someone else, found as a run
                continue
            }
            // Token tests first: most names have no capitalised word after them.
            let nameFollows = end < sentence.count && sentence.tokens[end].isCapitalised && matches.isFree(end) && isNameToken(sentence, end)
            if nameFollows, case .actor(let known) = hit.target, lexicon.entries.actors[known].kind == .company || lexicon.entries.actors[known].kind == .media,
               headFollows(end, sentence, matches, in: HeadNouns.organisations, where: { $0 == lexicon.entries.actors[known].kind }) {
                // "Hyundai Engineering", "Mitsubishi Shipbuilding", "Al-Ahram Weekly": a company's or an outlet's name before
                // name words that end in such a head is a longer name, found as a run.
                index = end
                continue
            }
            // A body no state owns may have a chapter in one too ("Transparency International Georgia"); a state's own body
            // before a state's name is two mentions ("the State Department" and "Mongolia").
            if case .actor(let known) = hit.target, lexicon.entries.actors[known].kind == .company || lexicon.entries.actors[known].kind == .media
                || lexicon.entries.actors[known].kind == .organization && lexicon.entries.actors[known].affiliation == nil,
               let subsidiary = subsidiary(after: end, sentence, matches) {
                // "Gazprom Armenia", "Sputnik Azerbaijan": a company's or an outlet's name and a state's is its arm there.
                let owner = registry.ref(for: subsidiary.state)
                let id = registry.discoverActor(name: sentence.text(index..<subsidiary.end), kind: lexicon.entries.actors[known].kind,
                                                affiliation: owner.actorID)
                // An outlet's arm is what the short name means later; a company's parent stays itself ("Gazprom" after
                // "Gazprom Armenia").
                if lexicon.entries.actors[known].kind == .media { state.outletArms[known] = id }
                matches.add(FoundEntity(range: index..<subsidiary.end, ref: .actor(id), rule: "subsidiary"))
                index = subsidiary.end
                continue
            }
            if hit.form == .alias, match.length >= 2, index >= 2, matches.isFree(index - 1), sentence.tokens[index - 1].isCapitalised,
               isNameToken(sentence, index - 1), case .actor(let known) = hit.target, lexicon.entries.actors[known].kind == .organization {
                index = end  // "Iran's Supreme National Security Council" is no mention of the UN's: an alias ends a longer name
                continue
            }
            if nameFollows, match.length >= 2, hit.form == .lexicon || hit.form == .alias, case .actor(let known) = hit.target,
               lexicon.entries.actors[known].kind == .organization,
               headFollows(end, sentence, matches, in: HeadNouns.organisations, where: { $0 == .organization }) {
                index = end  // "the Federal Reserve Bank of New York": a body's name before more name words and a body's head
                continue
            }
            if nameFollows, case .actor(let known) = hit.target, [.organization, .bloc].contains(lexicon.entries.actors[known].kind),
               headFollows(end, sentence, matches, in: HeadNouns.frameworks, where: { $0 == .summit }) {
                // "the WTO Ministerial Conference", "the OSCE Ministerial Council": a body's meeting, found as a run.
                index = end
                continue
            }
            if case .framework(let known) = hit.target,
               nameFollows && (headFollows(end, sentence, matches, in: HeadNouns.frameworks) || headFollows(end, sentence, matches, in: HeadNouns.organisations)
                   && !(index..<end).contains(where: { words.features(of: sentence.ids[$0]).contains(.dash) }))
                || opensLongerName(before: index, known, sentence, matches) {
                // "Comprehensive Strategic Partnership Treaty", "Special Strategic Partnership for Peace and Prosperity",
                // "Treaty on Friendly Relations and Comprehensive Strategic Partnership", "Anaklia Development Consortium":
                // a known name inside a longer one, found as a run. A run cannot hold a chain of dashed parties, so
                // "China–Kyrgyzstan–Uzbekistan Railway Company" stays a mention of the railway.
                index = end
                continue
            }
            if hit.form == .short || hit.form == .title, end < sentence.count, isNameToken(sentence, end), !sentence.tokens[end].flags.contains(.allCaps),
               lexicon.names.longestMatch(sentence.ids, from: end) == nil {
                // "Wang Yuting" is not Wang Yi, nor "President Lee Myungbak" Lee Jae-myung: a surname followed by another
                // name is someone else.
                index += 1
                continue
            }
            if match.length == 1, index >= 1, case .actor(let known) = hit.target, [.company, .media].contains(lexicon.entries.actors[known].kind),
               matches.isFree(index - 1), lexicon.givenNameGenders[sentence.word(index - 1)] != nil {
                index += 1  // "Doug Ford" is a person, not the carmaker: a given name before a company's one-word name
                continue
            }
            if index >= 1, !state.surnames.isEmpty, matches.isFree(index - 1), sentence.tokens[index - 1].isCapitalised,
               state.surnames[sentence.text(index - 1..<end)] != nil {
                index += 1  // "Kayikwamba Wagner" after "Thérèse Kayikwamba Wagner" is her, not the Wagner Group: found as a run
                continue
            }
            if hit.form == .alias, match.length == 1, index >= 2, matches.isFree(index - 1), isNameToken(sentence, index - 1),
               sentence.ids[index - 1] == TokenInterner.unknown || sentence.tokens[index - 2].isWord && !sentence.tokens[index - 2].isCapitalised {
                index += 1  // "the 14th Party Congress" is no mention of the US Congress: a one-word alias ends a longer name
                continue
            }
            if hit.form == .alias, case .actor(let known) = hit.target, lexicon.entries.actors[known].kind == .organization,
               let state = owningState(before: index, sentence, matches, registry), registry.name(ofActor: state) != lexicon.entries.actors[known].affiliation {
                // "the Philippine Congress" is no mention of the US Congress, nor "Russia's Security Council" of the UN's:
                // another state owns the body, found as a run.
                index = end
                continue
            }
            if hit.form == .short, index >= 2, sentence.ids[index - 1] == words.hyphen, sentence.touches(index - 1, index),
               sentence.touches(index - 2, index - 1), sentence.isLowercaseWord(index - 2)
                || matches.isFree(index - 2) && isNameToken(sentence, index - 2) && lexicon.names.longestMatch(sentence.ids, from: index - 2) == nil {
                // "Mazar-i-Sharif" is no mention of Shehbaz Sharif, nor "Hayan Abdul-Ghani" of Ashraf Ghani: a hyphen before
                // the short form joins it to a place or a longer name ("Modi-Xi talks" join two known names)
                index += 1
                continue
            }
            if hit.form == .lexicon, match.length == 1, case .actor(let known) = hit.target, lexicon.entries.actors[known].kind == .region,
               index >= 2, matches.isFree(index - 1), isNameToken(sentence, index - 1) {
                index += 1  // "Pulse Asia", "Radio Free Asia": a name word no name took before a region's one-word name makes a longer name
                continue
            }
            if hit.form == .demonym, end + 1 < sentence.count, sentence.ids[end] == words.hyphen, sentence.touches(end - 1, end),
               sentence.touches(end, end + 1), sentence.tokens[end + 1].isCapitalised, lexicon.names.longestMatch(sentence.ids, from: end + 1) == nil {
                index = end  // "the Arab-Islamic summit": a demonym hyphened to a word no lexicon knows opens a name
                continue
            }
            if hit.form == .acronym, end + 1 < sentence.count, sentence.ids[end] == words.hyphen, sentence.touches(end - 1, end),
               sentence.touches(end, end + 1), sentence.tokens[end + 1].isNumber {
                index = end + 2  // "TAP-500" is a power line's code, not the Trans Adriatic Pipeline
                continue
            }
            if hit.form == .short, end + 1 < sentence.count, sentence.ids[end] == words.hyphen, sentence.touches(end - 1, end),
               sentence.touches(end, end + 1), sentence.tokens[end + 1].isCapitalised && lexicon.names.longestMatch(sentence.ids, from: end + 1) == nil
                || isLowercaseNamePart(end + 1, sentence) {
                // "Yunus-Bek Yevkurov" is not Muhammad Yunus, nor "Chung Dong-young" Dong Jun: a hyphen joins the short form
                // to a longer name ("the Modi-Xi talks" join two known names)
                index += 1
                continue
            }
            if hit.form == .short, index >= 2, Self.surnameParticles.contains(sentence.word(index - 1)), matches.isFree(index - 2),
               isNameToken(sentence, index - 2) {
                index += 1  // "Fernando Dias da Costa" is not António Costa: a particle after a name word joins a longer name
                continue
            }
            if hit.form == .short, index > 0, isNameToken(sentence, index - 1), matches.owners[index - 1].entity < 0,
               sentence.ids[index - 1] == TokenInterner.unknown || lexicon.givenNameGenders[sentence.word(index - 1)] != nil {
                // "Zaur Hajiyev" is not Hikmet Hajiyev, nor "Yevgeny Belousov" Andrei Belousov: another given name makes
                // someone else.
                index += 1
                continue
            }
            if !state.outletArms.isEmpty, case .actor(let known) = hit.target, let arm = state.outletArms[known] {
                // "Sputnik Azerbaijan … the detained Sputnik staff": after its arm is named, the outlet's name means the arm.
                matches.add(FoundEntity(range: index..<end, ref: .actor(arm), rule: "subsidiary"))
            } else if hit.form == .short, let person = state.surnames[sentence.text(index..<end)] {
                // Someone met earlier in this article shares the name: "Wang" after "Wang Yuting" is Wang Yuting.
                matches.add(FoundEntity(range: index..<end, ref: .actor(person), rule: "surname"))
            } else if case .actor(let actorIndex) = hit.target, lexicon.entries.actors[actorIndex].isPlace {
                matches.block(index..<end)  // a place: recognised, so never rediscovered, but not an actor
                if lexicon.entries.actors[actorIndex].isTheatre { matches.theatres.append((index..<end, actorIndex)) }
            } else if hit.form == .capital, end + 2 < sentence.count, sentence.isPlaceBased(endingAt: end + 1), sentence.tokens[end + 2].isCapitalised {
                matches.block(index..<end)  // "the London-based Institute …" says where a body sits, not what the state does
            } else {
                let ref = registry.ref(for: hit.target)
                var end = end
                // "the K-Silk Road initiative", "the Power of Siberia 2 pipeline", "the Kambar-Ata-1 hydropower project": a
                // noun of the framework's own kind, after a modifier or two, belongs to the mention, and the longer form
                // is a name for it too ("a BRI project" is one of many).
                if case .framework(let id) = ref, let noun = ownKindNoun(after: end, registry.kind(ofFramework: id), sentence, matches),
                   index == 0 || !["a", "an"].contains(sentence.word(index - 1)) {
                    end = noun + 1
                    registry.learn(sentence.text(index..<end), for: ref)
                }
                matches.add(FoundEntity(range: index..<end, ref: ref, rule: hit.form.rawValue))
                // "Miller" after "Alexei Miller", "Paz" after "Rodrigo Paz Pereira": a known person's surname stands for them
                // later in the article, as a discovered person's does, even when the lexicon gives no short form.
                if hit.form == .lexicon || hit.form == .alias, case .actor(let id) = ref, registry.kind(ofActor: id) == .person { rememberSurname(index..<end, id, sentence, &state) }
                // "President Sadyr Japarov": the surname is his in this article, before "Akylbek Japarov, no relation"; so is
                // the first word of his name, which some traditions use alone ("President Prabowo Subianto" … "Prabowo"
                // before "Listyo Sigit Prabowo").
                if hit.form == .title, case .actor(let id) = ref, end - index > 2, registry.kind(ofActor: id) == .person {
                    let surname = sentence.word(end - 1)
                    if state.surnames[surname] == nil { state.surnames[surname] = id }
                    if let first = registry.name(ofActor: id).split(separator: " ").first.map(String.init), first != surname,
                       state.surnames[first] == nil {
                        state.surnames[first] = id
                    }
                }
            }
            index = end
        }
    }

    /// Whether name words from `index` on, two at most, end in one of `heads` that `accepts` allows: "Forum" in "Global
    /// Gateway Investors Forum", "Engineering" in "Hyundai Engineering".
    private func headFollows<Kind>(
        _ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, in heads: WordMap<Kind>, where accepts: (Kind) -> Bool = { _ in true }
    ) -> Bool {
        var next = index
        while next < sentence.count, next - index < 2, matches.isFree(next), isNameToken(sentence, next) {
            if let head = heads[sentence.word(next)], accepts(head) { return true }
            next += 1
        }
        return false
    }

    /// The role before where it is held, "ambassador in Dhaka", when the place ends at `end`.
    private func roleBeforePost(endingAt end: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> RoleMatch? {
        var start = end
        if let place = matches.entity(endingAt: end) {
            start = place.range.lowerBound
        } else if matches.owners[end].entity == -2 {
            while start >= 0, matches.owners[start].entity == -2 { start -= 1 }
            start += 1
        } else if sentence.isLowercaseWord(end), Self.namesPortfolio(sentence.word(end)) {
            // "special envoy for Asian affairs": a portfolio in lower case, perhaps after a region's adjective.
            while start >= 0, end - start < 4, Self.namesPortfolio(sentence.word(start)) || sentence.tokens[start].isCapitalised {
                start -= 1
            }
            start += 1
        } else {
            // "ambassador in Geneva": a place no lexicon knows, one to three name words.
            while start >= 0, end - start < 3, matches.isFree(start), isNameToken(sentence, start) { start -= 1 }
            start += 1
        }
        // "The head of the General Police Inspectorate, Viorel Cernăuțeanu,": the body may take its article.
        if start >= 3, start <= end, words.the.contains(sentence.ids[start - 1]) { start -= 1 }
        // "China's Minister of Public Security, Wang Xiaohong,": a portfolio after "of" is part of the post.
        guard start <= end, start >= 2, ["in", "to", "at", "on", "for", "of"].contains(sentence.word(start - 1)) else { return nil }
        return matches.role(endingAt: start - 2)
    }

    /// "Centerra's chief executive at the time, Scott Perry,": a role held then, before the name set off by commas.
    private func roleBeforeTime(endingAt end: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> RoleMatch? {
        guard end >= 3, sentence.word(end) == "time", words.the.contains(sentence.ids[end - 1]), sentence.word(end - 2) == "at" else { return nil }
        return matches.role(endingAt: end - 3)
    }

    /// Whether a company the lexicon knows is named from `index` on.
    private func startsKnownCompany(at index: Int, _ sentence: SentenceTokens) -> Bool {
        guard index < sentence.count, let match = lexicon.names.longestMatch(sentence.ids, from: index) else { return false }
        return match.payloads.contains { hit in
            if case .actor(let actor) = hit.target { return lexicon.entries.actors[actor].kind == .company }
            return false
        }
    }

    /// Whether name words no rule has claimed stand right before `index` inside the sentence ("Special Strategic" before
    /// "Partnership for Peace"), or, for a concept, before an "and" ("Friendly Relations and" before "Comprehensive
    /// Strategic Partnership").
    private func opensLongerName(before index: Int, _ known: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        var previous = index - 1
        if previous >= 1, sentence.ids[previous] == words.and, lexicon.entries.frameworks[known].kind == .concept { previous -= 1 }
        return previous >= 1 && matches.isFree(previous) && isNameToken(sentence, previous) && !sentence.tokens[previous].flags.contains(.allCaps)
    }

    func findRolesAndVerbs(_ sentence: SentenceTokens, _ matches: inout SentenceMatches) {
        var index = 0
        while index < sentence.count {
            if matches.owners[index].entity < 0, let match = lexicon.roles.longestMatch(sentence.ids, from: index),
               (index..<index + match.length).allSatisfy({ matches.owners[$0].entity < 0 }),
               !closesAName(index, entry: match.payloads[0].role, sentence, matches), !opensAName(index, length: match.length, sentence) {
                let hit = match.payloads[0]
                matches.add(RoleMatch(range: index..<index + match.length, entry: hit.role, isPlural: hit.isPlural))
                index += match.length
                continue
            }
            if matches.owners[index].entity < 0, let match = lexicon.verbs.longestMatch(sentence.ids, from: index) {
                matches.add(VerbMatch(range: index..<index + match.length, entry: match.payloads[0]))
                index += match.length
                continue
            }
            index += 1
        }
    }

    /// "Global Witness", "Panel of Experts": a capitalised role word that is no title, right after a name word no rule
    /// has taken, or after one and "of", ends a name rather than naming a role.
    private func closesAName(_ index: Int, entry: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        guard index >= 2, sentence.tokens[index].isCapitalised, !lexicon.entries.roles[entry].isTitle else { return false }
        // "Panel of Experts", "Cabinet of Ministers": past "of", too.
        let before = sentence.ids[index - 1] == words.of && index >= 3 ? index - 2 : index - 1
        return matches.isFree(before) && isNameToken(sentence, before)
    }

    /// "People's Council", "Workers' Party", "People-to-People Exchanges": a capitalised role word before a possessive and a
    /// capitalised word, or joined by hyphens, is part of a name rather than a role.
    private func opensAName(_ index: Int, length: Int, _ sentence: SentenceTokens) -> Bool {
        guard sentence.tokens[index].isCapitalised else { return false }
        let next = index + length
        if next + 1 < sentence.count, sentence.ids[next] == words.possessive, sentence.tokens[next + 1].isCapitalised { return true }
        let hyphenAfter = next < sentence.count && sentence.ids[next] == words.hyphen && sentence.touches(next - 1, next)
        // "then-President", "ex-Minister": a prefix that dates the title leaves it a title.
        let hyphenBefore = index > 0 && sentence.ids[index - 1] == words.hyphen && sentence.touches(index - 1, index)
            && !(index >= 2 && Self.prefixesOfTime.contains(sentence.word(index - 2)))
        return hyphenAfter || hyphenBefore
    }

    func isNameToken(_ sentence: SentenceTokens, _ index: Int) -> Bool {
        let token = sentence.tokens[index]
        return token.isWord && token.isCapitalised && !token.isNumber && !words.capitalisedFunctionWords.contains(token.id)
            && !words.monthWords.contains(token.id) && !words.weekdays.contains(token.id) && !words.honorifics.contains(token.id)
    }

    func discoverNames(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState) {
        // Runs with no evidence of what they name: a person listed beside one may still make it a person.
        var unnamed: [Range<Int>] = []
        for found in runs(sentence, matches, registry, state) {
            if isTitlePart(found, sentence, matches) { continue }
            if let body = organBody(found, sentence, matches, registry) {
                // "the MRC Secretariat", "the EAEU Commission": an organ of an integration body is a body of its own.
                let id = registry.discoverActor(name: sentence.text(body.range), kind: .organization)
                if let expanded = expandedCode(body.range, sentence) { registry.learn(expanded, for: .actor(id)) }
                matches.remove(body.framework)
                matches.add(FoundEntity(range: body.range, ref: .actor(id), rule: "organisation-name"))
                continue
            }
            let unprefixed = withDashedNames(withOrdinal(found, sentence, matches), sentence, matches)
            let (run, prefixState, sharedByParties) = withStatePrefix(unprefixed, sentence, &matches, registry)
            if let institution = stateInstitution(run, unprefixed: unprefixed, prefixState: prefixState, sentence, matches, registry) {
                // "the Tajik Foreign Ministry", "Azerbaijan's Ministry of Energy", "the Ministry of Foreign Affairs of Mongolia".
                for inside in matches.entities where inside.range.overlaps(institution.range) { matches.remove(inside) }
                let id = registry.actor(for: institution.body)
                // "the US Embassy in Beirut" goes by what the text calls it as well as by "the American Embassy in Beirut".
                registry.addAlias(sentence.text(institution.range), to: .actor(id))
                matches.add(FoundEntity(range: institution.range, ref: .actor(id), rule: "organisation-name"))
                continue
            }
            if let owner = ownerOfGenericInstitution(run, sentence, matches, registry) {
                // "Azerbaijan's Foreign Ministry": a name every state's ministry has is one entity per owner, known by
                // the name and by the name with its owner.
                let owned = sentence.text(run.lowerBound - 2..<run.upperBound)
                let id = registry.discoverActor(name: sentence.text(run), id: Slug.make(owned), kind: .organization, affiliation: owner)
                registry.learn(owned, for: .actor(id))
                // "the Tajik Foreign Ministry" is how other texts write it.
                if let adjective = lexicon.stateAdjectives[registry.id(ofActor: owner)] {
                    registry.learn(adjective + " " + sentence.text(run), for: .actor(id))
                }
                matches.add(FoundEntity(range: run, ref: .actor(id), rule: "organisation-name"))
                continue
            }
            let name = sentence.text(run)
            if run.count >= 2, let longer = state.framework(withTail: name) {
                // "Vision 2040" after "Turkic World Vision 2040": the framework named in full, by the end of its name.
                registry.learn(name, for: .framework(longer))
                matches.add(FoundEntity(range: run, ref: .framework(longer), rule: "short-name"))
                continue
            }
            if let known = registry.learntNames[name] {
                matches.add(FoundEntity(range: run, ref: known, rule: "learnt"))
                // Someone met in an earlier article goes by their surname in this one too.
                if case .actor(let id) = known, registry.kind(ofActor: id) == .person, run.count > 1,
                   state.surnames[sentence.word(run.upperBound - 1)] == nil {
                    rememberSurname(run, id, sentence, &state)
                }
                continue
            }
            if let named = bracketedAfterName(run, sentence, matches, registry) {
                // "the Icebreaker Collaboration Effort (ICE Pact)": another name for the framework or body just named.
                registry.learn(name, for: named.ref, isAcronym: sentence.tokens[run.lowerBound].flags.contains(.allCaps))
                matches.add(FoundEntity(range: run, ref: named.ref, rule: "acronym"))
                continue
            }
            if let surname = state.person(calledBy: name) {
                registry.addAlias(name, to: .actor(surname))
                matches.add(FoundEntity(range: run, ref: .actor(surname), rule: "surname"))
                continue
            }
            if let (role, name) = nameAfterPortfolio(run, sentence, matches) {
                // "Minister of Industry and Mineral Resources Bandar Alkhorayef": the portfolio belongs to the role.
                let affiliation = affiliationBefore(role.range.lowerBound, sentence, matches)
                let ref = person(name, sentence.text(name), role: role, roleEnd: name.lowerBound,
                                 affiliation: affiliation, sentence, &registry, &state)
                matches.block(run.lowerBound..<name.lowerBound)
                matches.add(FoundEntity(range: name, ref: ref, rule: "role-descriptor"))
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
            // "the Milliy Tiklanish party", "the ruling Nur Otan party": a name before "party" is a political party's, and
            // the noun belongs to the mention.
            if run.upperBound < sentence.count, sentence.ids[run.upperBound] == words.party, HeadNouns.frameworks[headWord(run, sentence)] == nil {
                let id = registry.discoverActor(name: sentence.text(run), kind: .organization)
                registry.learn(sentence.text(run.lowerBound..<run.upperBound + 1), for: .actor(id))
                matches.add(FoundEntity(range: run.lowerBound..<run.upperBound + 1, ref: .actor(id), rule: "organisation-name"))
                continue
            }
            if let named = withNamedTrailingNoun(run, sentence, matches) {
                // "the Hmeimim agreement of 2017": the year belongs to the name, and stays free to date the sentence.
                let nameEnd = yearOfDeal(after: named.range.upperBound - 1, sentence) ?? named.range.upperBound
                let id = registry.discoverFramework(name: sentence.text(named.range.lowerBound..<nameEnd), kind: named.kind)
                if nameEnd > named.range.upperBound { registry.learn(sentence.text(named.range), for: .framework(id)) }
                matches.add(FoundEntity(range: named.range, ref: .framework(id), rule: "framework-name"))
                continue
            }
            // "Japan Organization for Metals and Energy Security": one state's "Organization" is its own body, not an
            // integration framework.
            let owned = prefixState != nil || ownedByState(run, sentence, matches, registry) || closedByState(run, sentence, matches, registry)
            // "the Philippine Congress": a state's own chamber, though a congress elsewhere may be a meeting.
            let ownBody = owned && (Self.integrationHeads.contains(headWord(run, sentence))
                || prefixState != nil && Self.stateServices.contains(sentence.word(run.upperBound - 1)))
            // A fund no single state owns is a programme several back: "Turkic Investment Fund", "Central and Eastern
            // Europe Investment Fund"; "Russian Direct Investment Fund" stays a body.
            if !owned, run.count >= 2, headWord(run, sentence) == "Fund" {
                matches.add(FoundEntity(range: run, ref: .framework(registry.discoverFramework(name: name, kind: .institution)), rule: "framework-name"))
                continue
            }
            if sharedByParties, Self.jointBodyHeads.contains(headWord(run, sentence)) {
                let id = registry.discoverFramework(name: name, kind: HeadNouns.frameworks[headWord(run, sentence)] ?? .institution)
                matches.add(FoundEntity(range: run, ref: .framework(id), rule: "framework-name"))
                continue
            }
            if let ref = ownBody ? (.actor(registry.discoverActor(name: name, kind: .organization)), "organisation-name")
                : classify(run, name, sentence, matches, &registry, &state) {
                if let prefixState, let id = ref.ref.actorID { registry.affiliate(id, with: prefixState) }
                for swallowed in matches.entities where swallowed.range.overlaps(run) {
                    if let id = ref.ref.actorID, let state = swallowed.ref.actorID, registry.kind(ofActor: state) == .state {
                        registry.affiliate(id, with: state)
                    }
                    matches.remove(swallowed)
                }
                matches.add(FoundEntity(range: run, ref: ref.ref, rule: ref.rule))
                // "the US Atomic Energy Act", "an EU Project of Common Interest": the name without its owner is the name too.
                if case .framework = ref.ref, run != unprefixed, unprefixed.count >= 2 { registry.addAlias(sentence.text(unprefixed), to: ref.ref) }
                if case .actor = ref.ref, let short = shortName(of: run, sentence) { registry.learn(sentence.text(short), for: ref.ref) }
                if case .actor = ref.ref, let expanded = expandedCode(run, sentence) { registry.learn(expanded, for: ref.ref) }
                continue
            }
            if run.count >= 2, namesWhatIsLaunched(run, sentence, matches), personsName(inside: run, sentence) == nil {
                matches.add(FoundEntity(range: run, ref: .framework(registry.discoverFramework(name: name, kind: .initiative)), rule: "framework-name"))
                continue
            }
            // "Joe Wilson and Democrat Steve Cohen": two names joined by "and", each classified on its own, and a
            // person's name after a descriptor that is no role ("Democrat Steve Cohen", "Republican Joe Wilson").
            var halves = splitAtAnd(run, sentence)
            if let surname = sharedSurname(halves, sentence) {
                // "Huseyn and Ziyaddin Safarov": two brothers, one surname written once.
                let first = halves.removeFirst()
                let ref = person(first, sentence.text(first) + " " + surname, role: nil, affiliation: nil, sentence, &registry, &state)
                matches.add(FoundEntity(range: first, ref: ref, rule: "given-name"))
            }
            for half in halves {
                if half != run, let ref = classify(half, sentence.text(half), sentence, matches, &registry, &state) {
                    matches.add(FoundEntity(range: half, ref: ref.ref, rule: ref.rule))
                } else if half != run || run.count > 2, let person = personsName(inside: half, sentence) {
                    let ref = self.person(person, sentence.text(person), role: nil, affiliation: nil, sentence, &registry, &state)
                    matches.add(FoundEntity(range: person, ref: ref, rule: "given-name"))
                } else {
                    unnamed.append(half)
                }
            }
        }
        if !unnamed.isEmpty { namePeopleInLists(unnamed, sentence, &matches, &registry, &state) }
    }

    /// The framework or body named right before a run in brackets that opens with a code: "Icebreaker Collaboration
    /// Effort (ICE Pact)", "Restoration Program in Central Asia (RESILAND CA+)", and a body's acronym in its own language:
    /// "the Ministry of Development, Industry, Trade and Services (MDIC)".
    private func bracketedAfterName(
        _ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> FoundEntity? {
        guard run.lowerBound >= 2, sentence.ids[run.lowerBound - 1] == words.openParen, sentence.tokens[run.lowerBound].flags.contains(.allCaps),
              run.upperBound < sentence.count, sentence.ids[run.upperBound] == words.closeParen,
              let named = matches.entity(endingAt: run.lowerBound - 2) else { return nil }
        if named.ref.frameworkID != nil { return named }
        guard run.count == 1, let id = named.ref.actorID, [.organization, .company, .group, .media].contains(registry.kind(ofActor: id)) else { return nil }
        return named
    }

    /// "Tusk unveiled East Shield", "agreed to build the Baltic Defence Line": a name no head noun explains, right after a
    /// verb that launches or concludes something, names what was launched. Meeting verbs ("hosted", "opened") take
    /// people and places as well, so they do not count.
    private func namesWhatIsLaunched(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        var before = run.lowerBound - 1
        if before >= 0, words.the.contains(sentence.ids[before]) { before -= 1 }
        guard before >= 0, let verb = matches.verbs.first(where: { $0.range.upperBound == before + 1 }) else { return false }
        let entry = lexicon.entries.verbs[verb.entry]
        return entry.objectIsFramework && !Self.meetingVerbs.contains(entry.lemma)
    }

    /// Lower-case nouns after a name that say it is a political body: "the Nevada-Semipalatinsk movement".
    private static let trailingBodyNouns: WordSet = ["movement", "bloc", "party", "coalition", "faction", "militia", "front"]

    private static let provinceNouns: WordSet = ["province", "region", "district", "oblast", "governorate", "prefecture", "county"]
    private static let theatreNouns: WordSet = ["Sea", "Strait", "Straits", "Shoal", "Reef", "Islands", "Atoll", "Peninsula", "Gulf", "Ocean"]

    private static let meetingVerbs: WordSet = ["host", "hold", "convene", "open", "reach", "agree", "conclude"]

    /// Whether a state's possessive stands right before the run: "Iran's Ports and Maritime Organization".
    func ownedByState(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> Bool {
        guard run.lowerBound >= 2, sentence.ids[run.lowerBound - 1] == words.possessive,
              let owner = matches.entity(endingAt: run.lowerBound - 2)?.ref.actorID else { return false }
        return registry.kind(ofActor: owner) == .state
    }

    /// The state whose demonym ("the Kyrgyz …") or possessive ("Russia's …") comes right before `index`.
    private func owningState(before index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> EntityKey? {
        if let demonym = matches.entity(endingAt: index - 1), demonym.rule == "demonym", let state = demonym.ref.actorID {
            return registry.kind(ofActor: state) == .state ? state : nil
        }
        return ownedByState(index..<index + 1, sentence, matches, registry) ? matches.entity(endingAt: index - 2)?.ref.actorID : nil
    }

    /// Whether "of" and a state close the run: "Grain Union of Kazakhstan" is that state's own body.
    func closedByState(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> Bool {
        guard let last = matches.entity(endingAt: run.upperBound - 1), last.range.lowerBound > run.lowerBound + 1,
              sentence.word(last.range.lowerBound - 1) == "of", let id = last.ref.actorID else { return false }
        return registry.kind(ofActor: id) == .state
    }

    /// A state written by its name (not its demonym) right after a company's, and no name word after it.
    private func subsidiary(after end: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> (state: Lexicon.Target, end: Int)? {
        guard end < sentence.count, sentence.tokens[end].isCapitalised, matches.isFree(end), let match = lexicon.names.longestMatch(sentence.ids, from: end),
              let hit = match.payloads.first(where: { $0.form == .lexicon }), case .actor(let state) = hit.target,
              lexicon.entries.actors[state].kind == .state else { return nil }
        let stateEnd = end + match.length
        guard stateEnd >= sentence.count || !(sentence.tokens[stateEnd].isCapitalised && sentence.tokens[stateEnd].isWord) else { return nil }
        return (hit.target, stateEnd)
    }

    /// An integration body's name (or acronym) right before a run that is a body's head alone: "MRC" + "Secretariat".
    private func organBody(
        _ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> (framework: FoundEntity, range: Range<Int>)? {
        // The framework before the run first: most runs follow none, and the head's word is read only when one does.
        guard run.count == 1, let framework = matches.entity(endingAt: run.lowerBound - 1), let id = framework.ref.frameworkID,
              registry.kind(ofFramework: id) == .organization, HeadNouns.organisations[sentence.word(run.lowerBound)] == .organization
        else { return nil }
        return (framework, framework.range.lowerBound..<run.upperBound)
    }

    /// "AU Commission" → "African Union Commission": a body's name opening with a code the lexicon knows, with the code
    /// written out, which is how other texts name the body.
    private func expandedCode(_ run: Range<Int>, _ sentence: SentenceTokens) -> String? {
        guard run.count >= 2, sentence.tokens[run.lowerBound].flags.contains(.allCaps),
              let match = lexicon.names.longestMatch(sentence.ids, from: run.lowerBound), match.length == 1 else { return nil }
        let name: String
        switch match.payloads[0].target {
        case .actor(let index): name = lexicon.entries.actors[index].name
        case .framework(let index): name = lexicon.entries.frameworks[index].name
        }
        return name + " " + sentence.text(run.lowerBound + 1..<run.upperBound)
    }

    /// The surname a lone given name before "and" shares with the full name after it: "Huseyn and Ziyaddin Safarov".
    private func sharedSurname(_ halves: [Range<Int>], _ sentence: SentenceTokens) -> String? {
        guard halves.count == 2, halves[0].count == 1, (2...3).contains(halves[1].count),
              lexicon.givenNameGenders[sentence.word(halves[0].lowerBound)] != nil,
              lexicon.givenNameGenders[sentence.word(halves[1].lowerBound)] != nil else { return nil }
        return sentence.word(halves[1].upperBound - 1)
    }

    /// The two names either side of the one "and" in a run, or the run itself.
    func splitAtAnd(_ run: Range<Int>, _ sentence: SentenceTokens) -> [Range<Int>] {
        guard let and = run.first(where: { sentence.ids[$0] == words.and }), and > run.lowerBound, and + 1 < run.upperBound else { return [run] }
        return [run.lowerBound..<and, and + 1..<run.upperBound]
    }

    private static let stormWords: WordSet = ["Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical"]

    /// A facility's noun one or two lower-case words after `index`: "thermoelectric plant", "power station".
    private func facilityNounFollows(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        for next in index..<min(index + 2, sentence.count) {
            guard sentence.isLowercaseWord(next) else { return false }
            if Self.facilityNouns.contains(sentence.word(next)) { return true }
        }
        return false
    }

    /// Heads that open many bodies' names: "Centre for …", "Institute of …".
    private static let genericBodyHeads: WordSet = ["Centre", "Center", "Institute", "Council", "Foundation", "Academy", "Forum"]

    private static let projectParkWords: WordSet = ["Industrial", "Technology", "Science", "Eco-Industrial", "Logistics"]

    static let facilityNouns: WordSet = ["plant", "station", "refinery", "airport", "stadium", "mine", "dam", "shipyard", "terminal", "depot", "base", "airbase", "airfield"]

    /// A word of two parts whose second is "bank", the way banks in the former Soviet Union and Turkey are named.
    static func namesABank(_ word: String) -> Bool {
        word.utf8.count >= 8 && word.hasSuffix("bank")
    }

    /// Whether a name holds a hyphen or an en dash, read in bytes: walking its Characters cost more than the rest of the test.
    private static func hasDash(_ name: String) -> Bool {
        name.utf8.contains(hyphenByte) || name.utf8.contains(0xE2) && name.contains("\u{2013}")
    }

    private static let hyphenByte = UInt8(ascii: "-")

    /// Decides from the evidence around a run whether it names a person, an organisation or a framework.
    func classify(
        _ run: Range<Int>, _ name: String, _ sentence: SentenceTokens, _ matches: SentenceMatches,
        _ registry: inout EntityRegistry, _ state: inout ArticleState
    ) -> (ref: EntityRef, rule: String)? {
        let last = headWord(run, sentence)
        // "the Four Nos", "the Three Noes": a count opening a name with no head is a doctrine's list, never a person.
        if run.count == 2, words.countWords.contains(sentence.ids[run.lowerBound]), HeadNouns.frameworks[last] == nil,
           HeadNouns.organisations[last] == nil, !namesThings(last) {
            return (.framework(registry.discoverFramework(name: name, kind: .concept)), "framework-name")
        }
        if run.count >= 2, HeadNouns.organisations[last] == nil, isWorkplace(run, sentence, matches, registry) {
            // "a researcher at the Almaty-based Steppe Security Forum": where people work is a body, whatever its last word.
            return (.actor(registry.discoverActor(name: name, kind: .organization)), "organisation-name")
        }
        if run.count >= 2, HeadNouns.organisations[last] != nil, Self.namesSharedBody(run.map { sentence.word($0) }) {
            return (.framework(registry.discoverFramework(name: name, kind: .organization)), "framework-name")
        }
        if run.count >= 2, HeadNouns.frameworks[last] != nil,
           bodyAppositive(after: run.upperBound, sentence, matches) != nil || HeadNouns.namesThinkTank(run.map { sentence.word($0) }) {
            return (.actor(registry.discoverActor(name: name, kind: .organization)), "organisation-name")
        }
        if run.count >= 2, HeadNouns.organisationHeads.contains(last), !HeadNouns.namesMembersBody(run.map { sentence.word($0) }) {
            return (.actor(registry.discoverActor(name: name, kind: .organization)), "organisation-name")
        }
        // "Pulse Asia": a word no lexicon knows and a region's name make a body's name.
        if run.count == 2, sentence.ids[run.lowerBound] == TokenInterner.unknown, endsWithRegionName(run, sentence) {
            return (.actor(registry.discoverActor(name: name, kind: .organization)), "organisation-name")
        }
        // "by New Year", "the Lunar New Year": a holiday, not a themed year.
        if run.count >= 2, last == "Year", sentence.word(run.upperBound - 2) == "New" { return nil }
        let joinsPlaces = Self.hasDash(name)
        // "South Caucasus Railway", "Georgian Railway": a railway named after a place the lexicon knows is the company that
        // runs it; the "Trans-Afghan Railway" and the "Tanzania–Zambia Railway" are lines, and so are the "Benguela
        // Railway" and the "Hejaz Railway", named after a town or a land no lexicon knows.
        if run.count >= 2, last == "Railway", !joinsPlaces, sentence.ids[run.lowerBound] != TokenInterner.unknown {
            return (.actor(registry.discoverActor(name: name, kind: .company)), "organisation-name")
        }
        // "the Jaffar Express": a train, which nobody signs or joins; a service between places is a line.
        if run.count >= 2, last == "Express", !joinsPlaces { return nil }
        // "the China–Belarus Industrial Park" is a project states set up; "KK Park" is a compound, "Gorky Park" a park.
        if last == "Park", run.count < 3 || !Self.projectParkWords.contains(sentence.word(run.upperBound - 2)) { return nil }
        // "the Government of National Accord": a government, whatever its last word.
        if run.count >= 3, sentence.word(run.lowerBound) == "Government", sentence.ids[run.lowerBound + 1] == words.of {
            return (.actor(registry.discoverActor(name: name, kind: .organization)), "organisation-name")
        }
        if let kind = HeadNouns.frameworks[last] ?? HeadNouns.openingFrameworkWords[sentence.word(run.lowerBound)], run.count >= 2 {
            return (.framework(registry.discoverFramework(name: name, kind: kind)), "framework-name")
        }
        if let (noun, kind) = trailingFrameworkNoun(after: run, sentence),
           run.count > 1 || name.utf8.contains(where: { $0 == Self.hyphenByte || Bytes.isDigit($0) }) || sentence.ids[run.lowerBound] == TokenInterner.unknown
            || noun > run.upperBound {  // "the Caspian undersea cable": a modifier makes one known word a name
            // A single word counts only when no lexicon knows it: "the Lachin corridor", not "the Caspian route". Alone it
            // may be a town's name too, so the noun joins it ("Lachin corridor"), and the bare word is an alias.
            let written = sentence.text(run.lowerBound..<noun + 1)
            // A deal's noun always belongs to its name: "Upper Kairakty tungsten agreement" is not the deposit.
            let isDeal = HeadNouns.dealNouns[sentence.word(noun)] != nil
            let single = run.count == 1 || !name.contains(" ")
            let id = registry.discoverFramework(name: single || isDeal ? written : name, kind: kind)
            // A word the lexicon knows keeps its own meaning elsewhere: "Caspian" is no alias of "the Caspian undersea cable".
            if !isDeal, !single || sentence.ids[run.lowerBound] == TokenInterner.unknown { registry.learn(single ? name : written, for: .framework(id)) }
            return (.framework(id), "framework-name")
        }
        // "Hyundai Engineering and Nurlikum Mining", "LG International and Hyundai Engineering": two companies, not one,
        // when a company's head stands before the "and" or a known company's name after it ("Central Asia Petroleum and
        // Gas Company" is one); each half is classified on its own.
        let twoCompanies = run.contains { and in
            and > run.lowerBound && sentence.ids[and] == words.and
                && (HeadNouns.organisations[sentence.word(and - 1)] == .company || startsKnownCompany(at: and + 1, sentence))
        }
        if let kind = HeadNouns.organisations[last] ?? HeadNouns.openingOrganisationWords[sentence.word(run.lowerBound)], run.count >= 2,
           kind != .company || !twoCompanies {
            return (.actor(registry.discoverActor(name: name, kind: kind)), "organisation-name")
        }
        if run.count >= 2, HeadNouns.industryHeads.contains(sentence.word(run.upperBound - 1)), !twoCompanies,
           !run.contains(where: { words.nameInnerPrepositions.contains(sentence.ids[$0]) || sentence.ids[$0] == words.and }) {
            return (.actor(registry.discoverActor(name: name, kind: .company)), "organisation-name")
        }
        if let kind = frameworkAppositive(after: run, sentence, matches) {
            return (.framework(registry.discoverFramework(name: name, kind: kind)), "framework-appositive")
        }
        if let kind = bodyNounBefore(run, sentence, matches) ?? theBodyAppositive(run, sentence, matches) {
            return (.actor(registry.discoverActor(name: name, kind: kind)), "body-appositive")
        }
        if run.upperBound < sentence.count, sentence.isLowercaseWord(run.upperBound), Self.trailingBodyNouns.contains(sentence.word(run.upperBound)),
           run.contains(where: { sentence.ids[$0] == TokenInterner.unknown }) {
            // "the Nevada-Semipalatinsk movement", "his Victory bloc": a movement or a party named by words no lexicon knows.
            let id = registry.discoverActor(name: name, kind: .organization)
            registry.learn(name + " " + sentence.word(run.upperBound), for: .actor(id))
            return (.actor(id), "organisation-name")
        }
        if run.count <= 2, run.upperBound < sentence.count, sentence.isLowercaseWord(run.upperBound),
           Self.provinceNouns.contains(sentence.word(run.upperBound)), run.contains(where: { sentence.ids[$0] == TokenInterner.unknown }) {
            // "Jizzakh region", "Ömnögovi province": a province the lexicon does not know is a region of its own.
            let id = registry.discoverActor(name: name + " " + sentence.word(run.upperBound), kind: .region)
            registry.learn(name, for: .actor(id))
            return (.actor(id), "region-name")
        }
        // "Second Thomas Shoal", "the Strait of Hormuz", "the Spratly Islands": seas, straits and islands that analyses treat
        // as theatres are regions, when no framework's noun follows ("the Syr Darya Control and Northern Aral Sea project").
        if run.count >= 2, Self.theatreNouns.contains(sentence.word(run.upperBound - 1))
            || (run.count >= 3 && Self.theatreNouns.contains(sentence.word(run.lowerBound)) && sentence.ids[run.lowerBound + 1] == words.of) {
            return (.actor(registry.discoverActor(name: name, kind: .region)), "region-name")
        }
        // "Hurricane Oscar": a storm's name; "the Antonio Guiteras thermoelectric plant": a facility named after someone.
        if Self.stormWords.contains(sentence.word(run.lowerBound)) || facilityNounFollows(run.upperBound, sentence) { return nil }
        guard personLike(run, sentence) else { return nil }
        if let role = matches.role(endingAt: run.lowerBound - 1) {
            let affiliation = affiliationBefore(role.range.lowerBound, sentence, matches)
            return (person(run, name, role: role, affiliation: affiliation, sentence, &registry, &state), "role-descriptor")
        }
        // "The commission's chairman, Justice Jacobs Mwambegele,": a judge's title stands between the role and the name.
        let judged = run.lowerBound >= 1 && Self.judicialTitles.contains(sentence.word(run.lowerBound - 1))
        let opening = judged ? run.lowerBound - 1 : run.lowerBound
        if opening >= 2, sentence.ids[opening - 1] == words.comma,
           let role = matches.role(endingAt: opening - 2) ?? roleBeforePost(endingAt: opening - 2, sentence, matches)
               ?? roleBeforeTime(endingAt: opening - 2, sentence, matches),
           !role.isPlural, run.upperBound == sentence.count || sentence.ids[run.upperBound] == words.comma || sentence.ids[run.upperBound] == words.period {
            // "Its foreign minister, Mohamad Hasan, told …", "Its ambassador in Dhaka, Yao Wen, has said …", "… under the
            // chairmanship of South Korea's ambassador in Geneva, Yun Seong-deok.": the name in apposition to a role.
            let affiliation = affiliationBefore(role.range.lowerBound, sentence, matches)
            return (person(run, name, role: role, affiliation: affiliation, sentence, &registry, &state), "role-appositive")
        }
        if run.lowerBound > 0, judged || words.honorifics.contains(sentence.ids[run.lowerBound - 1]) {
            return (person(run, name, role: nil, affiliation: nil, sentence, &registry, &state), "honorific")
        }
        // "In Almaty, the dealer Astana Motors …": a name after "in" is a place, whatever follows its comma.
        let atAPlace = followsAPlacePreposition(run, sentence)
        if !atAPlace, let (role, affiliation) = appositive(after: run, sentence, matches) {
            switch role {
            case .known(let role):
                return (person(run, name, role: role, affiliation: affiliation, sentence, &registry, &state), "appositive")
            case .unlisted(let noun):
                let id = registry.discoverActor(name: name, kind: .person, role: sentence.word(noun), affiliation: affiliation)
                rememberSurname(run, id, sentence, &state)
                return (.actor(id), "appositive")
            }
        }
        if run.count >= 3, last == "Congress" || last == "Session", Self.isOrdinalNumber(sentence.word(run.lowerBound)) {
            // "the 14th Party Congress", "the 80th Session": a numbered meeting of a series, not the body that holds it.
            return (.framework(registry.discoverFramework(name: name, kind: .summit)), "framework-name")
        }
        if run.count == 1, sentence.ids[run.lowerBound] == TokenInterner.unknown, Self.namesABank(sentence.word(run.lowerBound)) {
            // "Promsvyazbank", "Gazprombank", "Demirbank": one word ending in "bank" is a bank's name.
            return (.actor(registry.discoverActor(name: name, kind: .company)), "organisation-name")
        }
        if ownsWhatCompaniesOwn(run, sentence) {
            return (.actor(registry.discoverActor(name: name, kind: .company)), "organisation-name")
        }
        if run.count == 1, run.lowerBound >= 2, sentence.ids[run.lowerBound - 1] == words.to, words.according.contains(sentence.ids[run.lowerBound - 2]),
           sentence.ids[run.lowerBound] == TokenInterner.unknown,
           !(run.upperBound + 1 < sentence.count && sentence.ids[run.upperBound] == words.comma && sentence.tokens[run.upperBound + 1].isCapitalised) {
            // "according to KazTransOil, which loads …", "according to Rosobrnadzor": one word no lexicon knows, cited as
            // a source, is a body; people are cited by their full names first. "Gaffney, Cline & Associates" is one
            // name that a comma splits.
            return (.actor(registry.discoverActor(name: name, kind: .organization)), "organisation-name")
        }
        guard run.count >= 2 else { return nil }
        if !atAPlace && reportingVerbFollows(run.upperBound, sentence, matches) || reportingVerbPrecedes(run.lowerBound, sentence, matches)
            || framesAView(run, sentence) || followsLeadership(run, sentence) {
            return (person(run, name, role: nil, affiliation: nil, sentence, &registry, &state), "speaker-name")
        }
        if !atAPlace && bodyFollows(run, sentence, matches, registry) {
            return (person(run, name, role: nil, affiliation: nil, sentence, &registry, &state), "affiliated-name")
        }
        if !atAPlace && looksLikeFullName(run, sentence) {
            return (person(run, name, role: nil, affiliation: nil, sentence, &registry, &state), "full-name")
        }
        if followsAPartitive(run, sentence) || shapedLikeAPersonsName(run, sentence) || hasNickname(run, sentence) {
            return (person(run, name, role: nil, affiliation: nil, sentence, &registry, &state), "given-name")
        }
        return nil
    }
}
