import DossierModel

// Deals the text describes in lower case instead of naming them: "Gazprom and the Uzbek government signed a two-year
// supply agreement", "Brussels signed a memorandum of understanding on energy with Baku". Analysts count these as
// frameworks as much as the named ones; a bare "signed an agreement" says too little to be one.
extension NameFinder {
    /// After a verb whose lexicon entry says `object=framework`: a determiner, lower-case modifiers and an instrument
    /// noun, with an optional "of understanding" and "on …" topic. The parties are the verb's subject and a "with …"
    /// partner; without one the deal could not be told from another article's, so it is left alone.
    func findDescribedInstruments(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) {
        findDealsOfNamedFrameworks(sentence, &matches, &registry)
        for verb in matches.verbs where lexicon.entries.verbs[verb.entry].objectIsFramework {
            var opening = verb.range.upperBound
            // "initialled the text of a peace agreement": the deal is what the text is of.
            if opening + 3 < sentence.count, words.the.contains(sentence.ids[opening]), Self.textOfNouns.contains(sentence.word(opening + 1)),
               sentence.ids[opening + 2] == words.of {
                opening += 3
            }
            guard opening + 1 < sentence.count, words.instrumentDeterminers.contains(sentence.ids[opening]),
                  let phrase = instrumentPhrase(from: opening + 1, sentence, matches) else { continue }
            // "announced a patrolling arrangement between India and China": parties named after the deal are its own.
            let named = partiesAfter(phrase.end, sentence, matches, registry)
            let parties = named.count >= 2 ? named : subjectParties(before: verb.range.lowerBound, sentence, matches, &registry, state)
            describe(phrase, parties: parties, sentence, &matches, &registry)
        }
        // "raised relations to a special strategic partnership", "upgraded their ties to a comprehensive strategic
        // partnership": the partnership is the object of whatever verb comes first.
        for index in 1..<max(1, sentence.count - 3) where words.relationNouns.contains(sentence.ids[index]) && sentence.ids[index + 1] == words.to {
            guard words.instrumentDeterminers.contains(sentence.ids[index + 2]), var phrase = instrumentPhrase(from: index + 3, sentence, matches),
                  sentence.word(phrase.written.upperBound - 1) == "partnership" else { continue }
            // "… partnership in the new era", "… for a new era": the era belongs to the label.
            let era = phrase.written.upperBound
            if era + 3 < sentence.count, ["in", "for"].contains(sentence.word(era)), ["the", "a"].contains(sentence.word(era + 1)),
               sentence.word(era + 2) == "new", sentence.word(era + 3) == "era" {
                phrase.written = phrase.written.lowerBound..<era + 4
                phrase.core = phrase.core.lowerBound..<era + 4
            }
            var verb = index - 1
            if verb > 0, words.possessivePronouns.contains(sentence.ids[verb]) || sentence.word(verb) == "bilateral" { verb -= 1 }
            describe(phrase, parties: subjectParties(before: verb, sentence, matches, &registry, state), sentence, &matches, &registry)
        }
        findDealsNamedAfterTheirParties(sentence, &matches, &registry, state)
        findMeetingsAtVenues(sentence, &matches, &registry)
        findDatedInstruments(sentence, &matches, &registry)
    }

    /// "the 2019 supplementary border treaty", "the March 2021 water allocation protocol": with no party named, the date
    /// the text gives pins a described deal down, and opens its name.
    private func findDatedInstruments(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for year in 1..<max(1, sentence.count - 2) where matches.owners[year].entity == -1 {
            guard let value = sentence.fourDigitNumber(year), (1945...2100).contains(value) else { continue }
            let month = words.monthWords.contains(sentence.ids[year - 1])
            let opening = month ? year - 2 : year - 1
            guard opening >= 0, words.the.contains(sentence.ids[opening]), let phrase = instrumentPhrase(from: year + 1, sentence, matches),
                  phrase.hasContent, phrase.topic == nil, phrase.written.allSatisfy({ matches.owners[$0].entity == -1 }),
                  // "the July 2022 memorandum of understanding" points back; "the July 1992 ceasefire agreement" names one.
                  HeadNouns.describedInstruments[sentence.word(phrase.core.lowerBound)] == nil || phrase.core.count == 2,
                  !namesFollow(phrase.end, sentence, matches),
                  // "the Tehran Convention, the 2003 framework treaty on …": a description set beside a name is that name.
                  !(opening >= 2 && sentence.ids[opening - 1] == words.comma && matches.entity(endingAt: opening - 2)?.ref.frameworkID != nil)
            else { continue }
            let id = registry.discoverFramework(name: sentence.text(opening + 1..<phrase.written.upperBound), kind: phrase.kind)
            registry.learn(sentence.text(phrase.written), for: .framework(id))
            matches.add(FoundEntity(range: phrase.written, ref: .framework(id), rule: "described-deal"))
        }
    }

    /// "hosted el-Sisi and Mohamud at a tripartite summit in Asmara": a described meeting that the text places in a
    /// capital goes by it, the Asmara tripartite summit.
    private func findMeetingsAtVenues(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for head in 2..<sentence.count where words.describedInstrumentNouns.contains(sentence.ids[head]) && Self.meetingNouns.contains(sentence.word(head)) {
            guard let opening = (max(1, head - 4)..<head).last(where: { words.instrumentDeterminers.contains(sentence.ids[$0]) }),
                  sentence.word(opening - 1).lowercased() == "at", let phrase = instrumentPhrase(from: opening + 1, sentence, matches),
                  phrase.written.upperBound == head + 1, let capital = capitalVenue(after: phrase.end, sentence, matches)
            else { continue }
            describe(phrase, parties: [], signedIn: capital, sentence, &matches, &registry)
            if sentence.ids[head] == words.meetingNoun, let id = matches.entity(startingAt: phrase.written.lowerBound)?.ref {
                registry.learn(sentence.text(phrase.written) + " in " + capital, for: id)  // "trilateral meeting in Beijing"
            }
        }
    }

    private static let meetingNouns: WordSet = ["summit", "meeting"]

    /// "the free trade agreement between Iran and the EAEU", "the transit agreement that Gazprom and Naftogaz signed",
    /// "a memorandum signed by Baku and Tashkent": the parties come after the description.
    private func findDealsNamedAfterTheirParties(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) {
        for head in 1..<sentence.count where words.instrumentNouns.contains(sentence.ids[head]) && matches.owners[head].entity == -1 {
            guard let opening = (max(0, head - 7)..<head).last(where: {
                      words.instrumentDeterminers.contains(sentence.ids[$0]) || sentence.ids[$0] == words.possessive
                  }),
                  let phrase = instrumentPhrase(from: opening + 1, sentence, matches), phrase.written.upperBound - 1 >= head else { continue }
            // "Iran's free trade agreement with the Eurasian Economic Union": the owner and the partner are the parties.
            if sentence.ids[opening] == words.possessive {
                if let owner = matches.entity(endingAt: opening - 1)?.ref.actorID, partner(after: phrase.end, sentence, matches, registry) != nil {
                    describe(phrase, parties: [.actor(owner)], sentence, &matches, &registry)
                }
                continue
            }
            // "Its free trade agreement with the EAEU": "its" is the party named last.
            if sentence.word(opening).lowercased() == "its" {
                if partner(after: phrase.end, sentence, matches, registry) != nil, let owner = partyNamedLast(before: opening, matches, registry, state) {
                    describe(phrase, parties: [owner], sentence, &matches, &registry)
                }
                continue
            }
            var parties = partiesAfter(phrase.end, sentence, matches, registry)
            // "signed an Acquisition and Cross-Servicing Agreement and an information security pact": a second object of
            // a verb that concludes deals shares its subject.
            if parties.count < 2, opening >= 1, sentence.ids[opening - 1] == words.and || sentence.ids[opening - 1] == words.comma,
               let verb = matches.verbs.last(where: { $0.range.upperBound <= opening && opening - $0.range.upperBound <= 16
                   && lexicon.entries.verbs[$0.entry].objectIsFramework }) {
                parties = subjectParties(before: verb.range.lowerBound, sentence, matches, &registry, state)
                guard !parties.isEmpty else { continue }
            } else if parties.count < 2 {
                // "the trilateral intergovernmental agreement was signed in Beijing": no parties, but a capital.
                if let capital = signedIn(after: phrase.end, sentence, matches) {
                    describe(phrase, parties: [], signedIn: capital, sentence, &matches, &registry)
                } else if phrase.hasContent, phrase.topic == nil, let year = yearSigned(after: phrase.end, sentence, matches) {
                    nameByYear(phrase, year: year, sentence, &matches, &registry)
                }
                continue
            }
            describe(phrase, parties: parties, sentence, &matches, &registry)
        }
    }

    /// The parties of "between X and Y", "that X and Y signed" or "(was) signed by X and Y" right after a description.
    private func partiesAfter(_ end: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> [EntityRef] {
        guard end + 1 < sentence.count else { return [] }
        var start = end
        switch sentence.word(end) {
        case "between":
            start = end + 1
        case "that":
            return partiesSigning(from: end + 1, sentence, matches, registry)
        case _ where matches.entity(startingAt: end) != nil:
            return partiesSigning(from: end, sentence, matches, registry)  // "a road-bridge agreement Moscow and Pyongyang signed"
        default:
            if sentence.ids[start] == words.comma { start += 1 }  // "a memorandum on maritime claims, signed by Bangkok and Phnom Penh"
            if words.passiveAuxiliaries.contains(sentence.ids[start]) { start += 1 }
            guard start + 1 < sentence.count, let verb = matches.verbs.first(where: { $0.range.lowerBound == start }),
                  lexicon.entries.verbs[verb.entry].objectIsFramework, sentence.ids[verb.range.upperBound] == words.by else { return [] }
            start = verb.range.upperBound + 1
        }
        return actorList(from: start, sentence, matches, registry).parties
    }

    /// "Gazprom and Naftogaz signed": the parties listed from `start` when a verb that concludes deals follows them.
    private func partiesSigning(from start: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> [EntityRef] {
        let listed = actorList(from: start, sentence, matches, registry)
        guard listed.end < sentence.count, let verb = matches.verbs.first(where: { $0.range.lowerBound == listed.end }),
              lexicon.entries.verbs[verb.entry].objectIsFramework else { return [] }
        return listed.parties
    }

    /// "Iran and the EAEU", "Gazprom and Ukraine's Naftogaz": the parties of a short list (actors, and integration
    /// organisations the lexicon keeps as frameworks), and where it ends.
    func actorList(
        from start: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> (parties: [EntityRef], end: Int) {
        var actors: [EntityRef] = []
        var index = start
        var lastOne = false  // "India and China": the actor after "and" ends the list
        while index < sentence.count, actors.count < 5 {
            if words.the.contains(sentence.ids[index]), matches.entity(startingAt: index) == nil { index += 1; continue }
            // An integration organisation is a party too: "between Iran and the Eurasian Economic Union".
            guard let entity = matches.entity(startingAt: index), isParty(entity.ref, registry) else { break }
            index = entity.range.upperBound
            if index + 1 < sentence.count, sentence.ids[index] == words.possessive, let owned = matches.entity(startingAt: index + 1),
               owned.ref.actorID != nil {
                actors.append(owned.ref)  // "Ukraine's Naftogaz" is Naftogaz
                index = owned.range.upperBound
            } else {
                actors.append(entity.ref)
            }
            guard !lastOne, index < sentence.count, sentence.ids[index] == words.comma || sentence.ids[index] == words.and else { break }
            index += 1
            if index < sentence.count, sentence.ids[index] == words.and { index += 1 }
            lastOne = sentence.ids[index - 1] == words.and
        }
        return (actors, index)
    }

    /// "was signed in Beijing", "signed in Tashkent": the capital a deal was signed in, as written.
    private func signedIn(after end: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> String? {
        guard let verb = concludingVerb(after: end, inRelativeClause: false, sentence, matches) else { return nil }
        return capitalVenue(after: verb.range.upperBound, sentence, matches)
    }

    /// The verb that concludes deals right after a deal ("signed", "was signed"), and in a relative clause also past
    /// "that" or "which" and "had", "has" or "have" ("that had been agreed").
    private func concludingVerb(after end: Int, inRelativeClause: Bool, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> VerbMatch? {
        var index = end
        if inRelativeClause {
            if index < sentence.count, ["that", "which"].contains(sentence.word(index)) { index += 1 }
            if index < sentence.count, ["had", "has", "have"].contains(sentence.word(index)) { index += 1 }
        }
        if index < sentence.count, words.passiveAuxiliaries.contains(sentence.ids[index]) { index += 1 }
        guard index + 2 < sentence.count, let verb = matches.verbs.first(where: { $0.range.lowerBound == index }),
              lexicon.entries.verbs[verb.entry].objectIsFramework else { return nil }
        return verb
    }

    /// "signed in October 2023", "that had been agreed in March 2025", "concluded on 17 May 2023": the year a deal was
    /// made, when the words right after it give one.
    private func yearSigned(after end: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Int? {
        guard let verb = concludingVerb(after: end, inRelativeClause: true, sentence, matches), sentence.text(verb.range).hasSuffix("ed"),
              ["in", "on"].contains(sentence.word(verb.range.upperBound)) else { return nil }
        // "in 2018", "in October 2023", "on 17 May 2023", "on May 17, 2023"
        let date = verb.range.upperBound + 1
        return (date..<min(date + 4, sentence.count)).lazy.compactMap { sentence.fourDigitNumber($0) }.first { (1900...2100).contains($0) }
    }

    /// "a free trade agreement signed in October 2023": with no party named, the year the deal was made opens its name,
    /// the 2023 free trade agreement, and the words as written are another.
    private func nameByYear(_ phrase: InstrumentPhrase, year: Int, _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        guard !namesFollow(phrase.end, sentence, matches), phrase.written.allSatisfy({ matches.owners[$0].entity == -1 }) else { return }
        let id = registry.discoverFramework(name: "\(year) " + sentence.text(phrase.core), kind: phrase.kind)
        registry.learn(sentence.text(phrase.written), for: .framework(id))
        matches.add(FoundEntity(range: phrase.written, ref: .framework(id), rule: "described-deal"))
    }

    /// "in Tashkent": a capital right after a deal, where it was signed.
    private func capitalVenue(after index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> String? {
        guard index + 1 < sentence.count, sentence.word(index) == "in",
              let capital = matches.entity(startingAt: index + 1), capital.rule == "capital" else { return nil }
        return sentence.text(capital.range)
    }

    /// Makes a framework of a described deal, named by its parties and a "with" partner after the description, or, when
    /// the sentence names no party, by the capital it was signed in: "signed a confederation treaty in Niamey" is the
    /// Niamey confederation treaty.
    private func describe(
        _ phrase: InstrumentPhrase, parties: [EntityRef], signedIn: String? = nil, _ sentence: SentenceTokens, _ matches: inout SentenceMatches,
        _ registry: inout EntityRegistry
    ) {
        if namesFollow(phrase.end, sentence, matches) { return }  // "set up a public fund, Kazakhstan Khalkyna"
        guard phrase.written.allSatisfy({ matches.owners[$0].entity == -1 }) else { return }
        var parties = parties
        var end = phrase.end
        // "signed a joint statement in Beijing with Xi Jinping": the capital it was signed in may stand before the partner.
        let venueEnd = capitalVenue(after: end, sentence, matches) != nil ? matches.entity(startingAt: end + 1)?.range.upperBound ?? end : end
        if let partners = partners(after: end, sentence, matches, registry) ?? partners(after: venueEnd, sentence, matches, registry) {
            parties += partners.refs
            end = partners.end
        }
        var topic = phrase.topic
        if topic == nil, let later = topicPhrase(from: end, sentence, matches) {
            topic = later  // "a memorandum with Kazakhstan on raw materials"
        }
        let capital = signedIn ?? capitalVenue(after: end, sentence, matches)
        // A person stands for their state, which the list may name as well: each party once.
        var seen = Set<String>()
        let names = parties.compactMap { partyName($0, registry) }.filter { seen.insert($0).inserted }
        // A bare "agreement" needs a topic of some substance: "on critical-mineral supply chains", not "on the project".
        // A bare "the treaty was signed in Pyongyang" mostly points back to a deal already named.
        // A ceasefire between two parties is one whatever else the text says of it.
        let isTruce = Self.truceNouns.contains(sentence.word(phrase.written.upperBound - 1))
        // So is a meeting of three or more: "Xi, Putin and Khurelsukh held their first trilateral meeting".
        let isMultilateral = phrase.kind == .summit && phrase.written.contains(where: { Self.multilateralWords.contains(sentence.word($0)) })
        guard phrase.hasContent || topic.map({ $0.contentWords >= 2 }) == true
            || names.count >= 2 && (isTruce || isMultilateral || phrase.written.contains(where: { sentence.word($0) == "intergovernmental" }))
        else { return }
        guard !names.isEmpty else {
            guard let capital else { return }
            let id = registry.discoverFramework(name: capital + " " + sentence.text(phrase.core), kind: phrase.kind)
            if phrase.written.count > 1 { registry.learn(sentence.text(phrase.written), for: .framework(id)) }
            matches.add(FoundEntity(range: phrase.written, ref: .framework(id), rule: "framework-description"))
            return
        }
        let description = sentence.text(phrase.core) + (topic.map { " " + sentence.text($0.range) } ?? "")
        // "held a tripartite summit in Asmara": a meeting goes by where it was held.
        let venue = phrase.kind == .summit ? venue(after: end, sentence, matches) : nil
        let id = venue.map { registry.discoverFramework(name: $0 + " " + description, kind: phrase.kind) }
            ?? discoverFramework(parties: names, description: description, kind: phrase.kind, &registry)
        let written = sentence.text(phrase.written)
        for alias in [description, written, sentence.text(phrase.core)] { registry.learn(alias, for: .framework(id)) }
        if let venue { registry.learn(written + " in " + venue, for: .framework(id)) }  // "trilateral meeting in Kunming"
        // "agreed a ceasefire in Doha": a truce also goes by where it was agreed, the Doha ceasefire.
        if isTruce, let capital { registry.learn(capital + " " + sentence.text(phrase.core), for: .framework(id)) }
        // "the peace agreement between the DRC and Rwanda": the description with its parties, as written, is a name too.
        if let partiesEnd = matches.entities.filter({ $0.range.lowerBound >= phrase.end && $0.range.lowerBound - phrase.end <= 8 && parties.contains($0.ref) })
            .map(\.range.upperBound).max() {
            registry.learn(sentence.text(phrase.written.lowerBound..<partiesEnd), for: .framework(id))
        }
        // "a 2001 memorandum": the year stays a date of its own, outside the mention.
        var start = phrase.written.lowerBound
        while start + 1 < phrase.written.upperBound, sentence.tokens[start].isNumber, sentence.word(start).count == 4 { start += 1 }
        matches.add(FoundEntity(range: start..<(phrase.topic?.range ?? phrase.written).upperBound, ref: .framework(id), rule: "framework-description"))
    }

    /// Deals that need no description: two parties and the noun name one.
    private static let truceNouns: WordSet = ["ceasefire", "truce"]
    /// Modifiers that make a meeting a format of its own: three or more parties meet.
    private static let multilateralWords: WordSet = ["trilateral", "tripartite", "quadrilateral", "quadripartite"]

    struct InstrumentPhrase {
        /// The modifiers and the noun as written: "two-year supply agreement".
        var written: Range<Int>
        /// The same without the modifiers that tell nothing about the deal: "supply agreement".
        var core: Range<Int>
        var topic: Topic?
        /// Whether a modifier or "of understanding" says what kind of deal it is.
        var hasContent: Bool
        var kind: Framework.Kind
        /// Where the words after the deal start.
        var end: Int { (topic?.range ?? written).upperBound }
    }

    /// Lower-case words ending in an instrument noun: "open skies agreement", "migration and mobility agreement",
    /// "memorandum of understanding on energy".
    func instrumentPhrase(from start: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> InstrumentPhrase? {
        var index = start
        var head: (index: Int, kind: Framework.Kind)?
        while index < sentence.count, index - start < 7, matches.owners[index].entity == -1 {
            let id = sentence.ids[index]
            // "opened the following year under an intergovernmental agreement": an article or a preposition before the
            // noun means the words are no description of it.
            if head == nil, index > start, words.determiners.contains(id) || words.phrasePrepositions.contains(id) { return nil }
            if sentence.isLowercaseWord(index), !words.groupBoundaries.contains(id) || id == words.and {
                if let kind = HeadNouns.describedInstruments[sentence.word(index)] {
                    head = (index, kind)
                } else if head != nil {
                    break  // "a swap deal", "a partnership agreement": nouns in a row, the last one the head
                }
            } else if head != nil || !isWordJoint(index, sentence) && !sentence.tokens[index].isNumber && !isCurrency(index, sentence) {
                break  // a year may date the deal: "the 2001 security cooperation agreement", and a sum size it: "a €12 billion package"
            }
            index += 1
        }
        guard let head, sentence.ids[start] != words.and, head.index == start || sentence.ids[head.index - 1] != words.and,
              // A statement binds only when issued jointly: "a joint statement", not "a written statement".
              !Self.jointOnlyNouns.contains(sentence.word(head.index)) || (start..<head.index).contains(where: { sentence.word($0) == "joint" }),
              // A meeting is a format only among three or more: "a trilateral meeting", not "a closed-door meeting".
              sentence.ids[head.index] != words.meetingNoun || (start..<head.index).contains(where: { Self.multilateralWords.contains(sentence.word($0)) }),
              // "a far thinner treaty", "a much broader deal": a comparison, not a description of one deal.
              !(start..<head.index).contains(where: { Self.degreeWords.contains(sentence.word($0)) }) else { return nil }
        var coreStart = start
        // "their first trilateral summit": how many meet says what the meeting is, unless another word says more
        // ("a trilateral water summit" is a water summit).
        while coreStart < head.index, isUninformative(coreStart, sentence),
              !(head.kind == .summit && coreStart + 1 == head.index && Self.multilateralWords.contains(sentence.word(coreStart))) {
            coreStart += 1
        }
        var written = start..<head.index + 1
        var hasContent = coreStart < head.index
        if sentence.word(head.index) == "memorandum", head.index + 2 < sentence.count, sentence.word(head.index + 1) == "of",
           sentence.word(head.index + 2) == "understanding" {
            written = start..<head.index + 3
            hasContent = true
        }
        let core = coreStart..<written.upperBound
        return InstrumentPhrase(written: written, core: core, topic: topicPhrase(from: written.upperBound, sentence, matches),
                                hasContent: hasContent, kind: head.kind)
    }

    /// "on energy", "on raw materials, batteries and renewable hydrogen": what the deal is about, in lower case.
    func topicPhrase(from start: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Topic? {
        guard start + 1 < sentence.count, sentence.word(start) == "on" else { return nil }
        var index = start + 1
        var last = -1
        var contentWords = 0
        while index < sentence.count, index - start < 12, matches.owners[index].entity == -1 {
            let id = sentence.ids[index]
            // "a law on the registration of foreign donors followed": the clause's verb ends the topic.
            // "on patrolling arrangements along the border": a preposition of place ends the topic.
            // "the long-disputed Dostluk field": a participle a hyphen joins to a word describes, as adjectives do.
            let compound = sentence.ids[index - 1] == words.hyphen && sentence.touches(index - 1, index)
            if matches.owners[index].verb >= 0 && !compound && !(last == index - 1 && isPluralNoun(index, sentence))
                || Self.commonVerbs.contains(sentence.word(index)) || Self.routePrepositions.contains(sentence.word(index))
                || last == index - 1 && isReducedRelative(index, sentence) {
                break
            }
            if sentence.isLowercaseWord(index), !words.groupBoundaries.contains(id) || Self.topicJoiners.contains(sentence.word(index)) {
                if !Self.topicJoiners.contains(sentence.word(index)), !words.determiners.contains(id) {
                    last = index
                    contentWords += 1
                }
            } else if !(id == words.comma && continuesList(after: index, sentence)) && !isWordJoint(index, sentence) {
                break
            }
            index += 1
        }
        // "on the long-delayed Power of Siberia 2 pipeline": a topic that runs on into a name is not one in lower case.
        if index < sentence.count, index == last + 1 || words.the.contains(sentence.ids[index - 1]),
           sentence.tokens[index].isWord, sentence.tokens[index].isCapitalised {
            return nil
        }
        return last > start ? Topic(range: start..<last + 1, contentWords: contentWords) : nil
    }

    /// "on raw materials, batteries and renewable hydrogen signed in November 2022": a participle after the topic's noun,
    /// and a preposition after it, open a clause about the deal.
    /// "on a green energy corridor meant to carry …": so does a participle of purpose before "to".
    func isReducedRelative(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        guard index + 1 < sentence.count else { return false }
        let next = sentence.word(index + 1)
        return sentence.endsWith(index, "ed", longerThan: 3) && Self.participleObjects.contains(next)
            || next == "to" && Self.purposeParticiples.contains(sentence.word(index))
    }

    private static let purposeParticiples: WordSet = ["meant", "set", "due", "built", "designed", "intended", "expected", "supposed"]

    private static let participleObjects: WordSet = ["in", "by", "at", "on", "last", "earlier", "during", "between", "with", "under"]

    /// "overlapping maritime claims, signed by …": a verb's -s form after a topic word, and no object after it, is a noun.
    private func isPluralNoun(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        guard sentence.word(index).hasSuffix("s") else { return false }
        let next = index + 1
        return next == sentence.count || sentence.ids[next] == words.comma || sentence.ids[next] == words.and
            || sentence.isLowercaseWord(next) && !words.determiners.contains(sentence.ids[next]) && sentence.word(next) != "that"
    }

    /// Whether a comma carries a list on ("raw materials, batteries and renewable hydrogen") rather than closing the
    /// phrase ("assets, signed in July"): within a few lower-case words, another comma or an "and".
    private func continuesList(after comma: Int, _ sentence: SentenceTokens) -> Bool {
        var index = comma + 1
        while index < sentence.count, index - comma <= 4, sentence.isLowercaseWord(index) {
            if sentence.ids[index] == words.and { return index > comma + 1 }
            index += 1
        }
        return index < sentence.count && sentence.ids[index] == words.comma && index > comma + 1
    }

    struct Topic {
        var range: Range<Int>
        /// "on the project" says less than "on critical-mineral supply chains".
        var contentWords: Int
    }

    /// "€", "$", "£", "¥" before a number: "a €12 billion investment package".
    private func isCurrency(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        index + 1 < sentence.count && sentence.tokens[index + 1].isNumber && Self.currencySigns.contains(sentence.word(index))
    }

    private static let currencySigns: WordSet = ["€", "$", "£", "¥", "US$"]

    /// The hyphen of "two-year" or the number of "15-year", which hold a modifier together.
    private func isWordJoint(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        guard index + 1 < sentence.count, sentence.touches(index, index + 1) else { return false }
        return sentence.ids[index] == words.hyphen || sentence.tokens[index].isNumber && sentence.ids[index + 1] == words.hyphen
    }

    /// "two-year", "2009", "new", "bilateral": words that date or rank a deal without saying what it is.
    private func isUninformative(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        let token = sentence.tokens[index]
        if token.isNumber || sentence.ids[index] == words.and || isCurrency(index, sentence) || Self.magnitudes.contains(sentence.word(index)) { return true }
        // "two-year", "long-awaited": a compound is as uninformative as its last part, and "road-bridge" names a thing.
        if sentence.ids[index] == words.hyphen { return index + 1 >= sentence.count || isUninformative(index + 1, sentence) }
        if index + 2 < sentence.count, sentence.ids[index + 1] == words.hyphen { return isUninformative(index + 2, sentence) }
        let word = sentence.word(index)
        // "long-delayed", "much-vaunted": a participle after a hyphen judges the deal rather than naming it.
        if index > 0, sentence.ids[index - 1] == words.hyphen,
           Self.hyphenSuffixes.contains(word) || Self.durations.contains(word) || sentence.endsWith(index, "ed", longerThan: 3) { return true }
        return Self.uninformativeModifiers.contains(word) || Self.ordinalWords.contains(word)
    }

    private static let jointOnlyNouns: WordSet = ["statement", "communiqué", "communique"]
    private static let textOfNouns: WordSet = ["text", "draft"]
    private static let degreeWords: WordSet = ["far", "much", "more", "less", "very", "rather", "quite", "too", "so", "such"]
    private static let topicJoiners: WordSet = ["and", "of", "in", "for", "a", "an", "the"]
    /// Prepositions of route or position, which end a deal's topic: "on patrolling arrangements along the border".
    private static let routePrepositions: WordSet = [
        "along", "across", "through", "near", "over", "under", "within", "into", "towards", "toward", "around", "beyond", "via",
    ]
    private static let durations: WordSet = ["year", "month", "week", "day", "decade"]
    private static let magnitudes: WordSet = ["million", "billion", "trillion", "bn", "m"]
    private static let uninformativeModifiers: WordSet = [
        "new", "separate", "immediate", "intergovernmental", "bilateral", "trilateral", "multilateral", "final", "initial",
        "formal", "informal", "landmark", "historic", "major", "further", "similar", "broad", "long-awaited", "preliminary", "draft", "fresh", "wide-ranging", "sweeping", "key", "important", "modest", "limited",
        "individual", "possible", "eventual", "proposed", "planned", "existing", "previous", "earlier", "later", "same", "such",
        "next", "last", "upcoming", "coming", "following", "recent", "annual", "regular", "own", "decisive", "crucial", "ambitious",
        "controversial", "symbolic", "vague", "notable", "significant", "largest", "biggest", "latest", "main", "flagship",
        "smaller", "larger", "bigger", "broader", "wider", "narrower", "ordinary", "simple", "plain", "basic", "standard",
        "legally", "binding", "non-binding",
    ]
}
