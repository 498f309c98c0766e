import DossierModel

/// Finds attributed claims in one sentence: reporting verbs with their subjects (and quotes),
/// "according to X", "For X, …", "In X's view", "X's warning", impersonal "It is said that…",
/// and quotations that continue the previous speaker.
struct ClaimFinder {
    let lexicon: Lexicon
    let sentence: SentenceTokens
    let matches: SentenceMatches
    /// Quotations that open in this sentence.
    let quotes: [QuoteSpan]
    /// The sentence's index in the article.
    let index: Int
    var words: RuleWords { lexicon.words }

    func find(registry: inout EntityRegistry, state: borrowing ArticleState) -> [ClaimDraft] {
        let resolver = SpeakerResolver(lexicon: lexicon, sentence: sentence, matches: matches)
        var drafts = framedClaims(resolver, &registry, state)
        drafts += verbClaims(resolver, &registry, state)
        if drafts.isEmpty, let introduced = quoteIntroducedByColon(resolver, &registry, state) { drafts.append(introduced) }
        if drafts.isEmpty, let called = relativeCallClaim(resolver, &registry, state) { drafts.append(called) }
        drafts += certaintyClaims(resolver, &registry, state)
        // A quotation that closes in a later sentence waits for it: its cue may come last ("“… . …,” said X").
        if drafts.isEmpty, let quote = quotes.first, quote.endSentence <= index, quoteWordCount(quote) >= 4, let speaker = state.lastSpeaker {
            drafts.append(ClaimDraft(speaker: SpeakerResolver.Speaker(id: speaker.id, text: speaker.text, range: 0..<0),
                                     cue: "\u{201C}", rule: "quote-continued", quote: quote))
        }
        guard drafts.count > 1 else { return drafts }
        // "Xi told Aliyev that …, according to a readout": the readout relays what a cue gives its speaker, and is no
        // second claim; a person or a group "according to" whom something is said is a source of its own.
        if let cued = drafts.first(where: { Self.cuedRules.contains($0.rule) && $0.speaker?.id != nil })?.speaker {
            drafts.removeAll { $0.rule == "according-to" && relaysRecord($0.speaker, after: cued) }
        }
        // One claim per speaker and cue. A sentence holds one to three drafts, so a scan beats hashing joined strings.
        var unique: [ClaimDraft] = []
        for draft in drafts where !unique.contains(where: { $0.speaker?.id == draft.speaker?.id && $0.cue == draft.cue }) {
            unique.append(draft)
        }
        return unique
    }

    private static let cuedRules: Set<String> = ["reported-speech", "direct-quote"]

    /// The reporting verbs whose participle tells when a document came out: "published", "presented", "issued".
    private static let publishingLemmas: WordSet = ["publish", "present", "issue"]

    /// Whether an "according to" source after a cued speaker is a record of what was said: a readout, a statement, a
    /// press service. An outlet that carried it stays a source, which annotators list among the actors.
    private func relaysRecord(_ source: SpeakerResolver.Speaker?, after cued: SpeakerResolver.Speaker) -> Bool {
        guard let source, source.range.lowerBound > cued.range.upperBound else { return false }
        return source.range.contains { Self.recordWords.contains(sentence.word($0)) }
    }

    private static let recordWords: WordSet = ["readout", "readouts", "statement", "statements", "release", "transcript", "service", "office"]

    func verbClaims(_ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState) -> [ClaimDraft] {
        // Most sentences report nothing; the copy of the article's state below is made only for those that might.
        guard matches.verbs.contains(where: isReporting) else { return [] }
        var drafts: [ClaimDraft] = []
        var state = copy state  // a group that speaks earlier in the sentence is who "others" contrasts with
        var lastClaimEnd: Int?
        // Drafts cued by a verb of condemning or blaming with no clause after it, which a later coordinated verb with a
        // clause gives its cue: "criticised the plan and warned that …" is a warning.
        var stanceOnly: [Int] = []
        for verb in matches.verbs where isReporting(verb) {
            let form = sentence.text(verb.range)
            // "pointing to", "pointing out": a participle however many words its cue has; after a form of "be" it is a
            // verb of its own ("the World Food Programme was reporting that …").
            if sentence.endsWith(verb.range.lowerBound, "ing"), !isProgressive(verb) {
                // "Reuters reported, citing people familiar with the talks, that …": a reason or a source given beside
                // another cue is part of that claim.
                if !drafts.isEmpty, lexicon.entries.verbs[verb.entry].lemma == "cite" { continue }
                // "…,” she said, noting that …": right after the last cue or its speaker, the participle goes on with them,
                // also after "while" ("…,” she said, while acknowledging that …").
                var comma = verb.range.lowerBound - 1
                if comma >= 1, sentence.word(comma) == "while", sentence.ids[comma - 1] == words.comma { comma -= 1 }
                let goesOn = drafts.last?.speaker.flatMap { comma == lastClaimEnd || comma == $0.range.upperBound
                    || lastClaimEnd.map { objectOfCue(from: $0, to: comma) } == true ? $0 : nil }
                if let participle = participleClaim(verb, form, resolver, &registry, state, speaker: goesOn) { drafts.append(participle) }
                continue
            }
            guard isVerbUse(verb), !isQuoted(verb), !insideAccordingTo(verb) else { continue }
            if lexicon.entries.verbs[verb.entry].requiresObject {
                guard verb.range.upperBound < sentence.count,
                      sentence.tokens[verb.range.upperBound].isWord || sentence.tokens[verb.range.upperBound].flags.contains(.openQuote)
                else { continue }
            }
            let lemma = lexicon.entries.verbs[verb.entry].lemma
            if lemma == "call", namesAConcept(after: verb.range.upperBound) { continue }
            // "every deputy answers to a known community": answering to someone is being accountable, not replying.
            if lemma == "answer", verb.range.upperBound < sentence.count, sentence.ids[verb.range.upperBound] == words.to { continue }
            // "put it bluntly: …" or "put the cost at …"; "as Lukin put it" is a frame of its own.
            if lemma == "put", !putsItOrAFigure(verb.range.upperBound) { continue }
            if statesNothing(lemma, verb, form, registry) { continue }
            // "“…,” Ana Stefanović, who covers …, wrote in a note": the quotation before the cue is what was written.
            // A quotation that opened sentences earlier counts when it closes in this one.
            let quotedBefore = quotes.contains { $0.end <= sentence.tokens[verb.range.lowerBound].start && ($0.sentence == index || $0.endSentence == index) }
            if Self.needsClause.contains(lemma), !introducesClause(verb.range.upperBound), !quotedBefore, !closesSentence(verb),
               !(Self.tellsSomeone.contains(lemma) && thatAfterPlaceOfSaying(verb.range.upperBound)),
               !(Self.describesAs.contains(lemma) && asFollows(verb.range.upperBound)),
               !(lemma == "describe" && describesAnObject(verb.range.upperBound)),
               // "floated the idea of laying lines along the route": the idea is what is put forward.
               !(lemma == "float the idea" && verb.range.upperBound < sentence.count && sentence.ids[verb.range.upperBound] == words.of),
               !(Self.bareClauseVerbs.contains(lemma) && bareClauseFollows(verb.range.upperBound)),
               !(Self.beliefVerbs.contains(lemma) && presentTenseClauseFollows(verb.range.upperBound)),
               !(lemma == "expect" && expectsSomething(verb.range.upperBound)),
               !(lemma == "call" && (calledSomethingSomething(verb.range.upperBound) || callsForSomething(verb.range.upperBound))),
               !(lemma == "declare" && calledSomethingSomething(verb.range.upperBound)),
               !isInsertedPronounCue(verb),
               !(Self.emphasisVerbs.contains(lemma) && stressesAnAbstraction(verb.range.upperBound)),
               !(form == "reported" && reportsAFinding(verb.range.upperBound)),
               !((lemma == "urge" || lemma == "signal") && urgesABareNoun(verb.range.upperBound)),
               !(lemma == "demand" && (verb.range.lowerBound == 0 || sentence.ids[verb.range.lowerBound - 1] != words.to) && demandsSomething(verb.range.upperBound)),
               !(Self.chargesWith[lemma].map { chargeFollows($0, verb.range.upperBound) } ?? false) { continue }
            if isPassive(verb), let place = openingPlace(registry) {
                // "In Moscow, however, it was read as a notice of departure": where a view is held says whose it is.
                drafts.append(ClaimDraft(speaker: place, cue: form, rule: "passive-in-place", quote: quotes.first))
                continue
            }
            if let impersonal = impersonalClaim(verb, form) {
                drafts.append(impersonal)
                continue
            }
            if isPassive(verb) { continue }
            var rule = quotes.isEmpty ? "reported-speech" : "direct-quote"
            var secondClaim = false
            var speaker = resolver.subject(before: verb.range.lowerBound, registry: &registry, state: state)
            if lemma == "add", let pronoun = speaker, let last = resolver.lastSpeaker(continuedBy: pronoun, registry, state) {
                speaker?.id = last  // "She added that …": adding goes on with whoever spoke last in the paragraph
            }
            if let pronoun = speaker, let source = singleSource(meantBy: pronoun, after: drafts, registry) { speaker?.id = source }
            if speaker == nil, let shared = sharedSubject(verb, resolver, &registry, state) {
                // "X accused Manila of … and warned that …": one speaker's coordinated verbs make one claim.
                if let earlier = drafts.firstIndex(where: { $0.speaker?.id != nil && $0.speaker?.id == shared.id }) {
                    if stanceOnly.contains(earlier), reportsAClause(verb, lemma) {
                        drafts[earlier].cue = form
                        stanceOnly.removeAll { $0 == earlier }
                        continue
                    }
                    // "called the figure a paltry sum and argued that …", "warned that … and said Belgrade would …": a
                    // second verb with a clause of its own says something more, and a quotation before it is the first
                    // verb's.
                    guard reportsAClause(verb, lemma) else { continue }
                    secondClaim = true
                }
                speaker = shared
            } else if speaker?.id == nil, verb.range.lowerBound > 1, sentence.ids[verb.range.lowerBound - 1] == words.to,
                      lexicon.entries.verbs[verb.entry].kind == .speech,  // "eager to show that …" reports nothing
                      !(0..<verb.range.lowerBound).contains(where: { sentence.ids[$0] == words.that }),
                      let opening = openingSubject(before: verb.range.lowerBound, resolver, &registry, state) {
                speaker = opening  // "Abiy used the ceremony to insist that …": the sentence's subject says it
            } else if speaker == nil, followsQuote(verb.range.lowerBound) {
                speaker = resolver.phrase(startingAt: verb.range.upperBound, registry: &registry, state: state)
                rule = "quote-before-speaker"
            } else if speaker == nil, isSetOffByCommas(verb),
                      let inserted = resolver.phrase(startingAt: verb.range.upperBound, registry: &registry, state: state),
                      inserted.range.upperBound < sentence.count, sentence.ids[inserted.range.upperBound] == words.comma {
                // "That, argues Valentina Ortúzar, is a bet on …": the cue and its speaker inserted between commas.
                speaker = inserted
                rule = "parenthetical"
            }
            // "Zakharova said Russia welcomed the step, but warned that …", "told Araghchi that Beijing opposed the strikes, and
            // urged …": a subject that opens the last cue's clause is not the speaker of a verb coordinated after it; the
            // last cue's speaker goes on.
            if let found = speaker, let lastClaimEnd, found.range.lowerBound == lastClaimEnd
                || commaBeforeConjunction(verb) && insideThatClause(from: lastClaimEnd, to: found.range.lowerBound),
               let previous = drafts.last?.speaker, previous.id != nil, coordinated(verb) {
                speaker = previous
                secondClaim = true
            }
            guard let speaker else { continue }
            // "NCOC said that it was troubled by the decision, which it described as …": a pronoun's relative clause after a
            // claim says more of that claim.
            if !drafts.isEmpty, isPronounAfterWhich(speaker.range) { continue }
            // "… suggested that Turkey sees the route as …", "remarked that … and that no one in Abuja expected …":
            // a view reported inside another claim's "that" clause is part of it.
            if let lastClaimEnd, insideThatClause(from: lastClaimEnd, to: speaker.range.lowerBound) { continue }
            if isDenied(speaker) { continue }
            if Self.stanceVerbs.contains(lemma), !introducesClause(verb.range.upperBound) { stanceOnly.append(drafts.count) }
            let verbStart = sentence.tokens[verb.range.lowerBound].start
            let quote = secondClaim ? quotes.first { $0.start > verbStart } : quotes.first
            drafts.append(ClaimDraft(speaker: speaker, cue: form, rule: secondClaim && quote == nil ? "reported-speech" : rule, quote: quote))
            lastClaimEnd = verb.range.upperBound
            if let id = speaker.id, registry.kind(ofActor: id) == .group { state.lastGroup = .init(id: id, text: speaker.text) }
        }
        return drafts
    }

    /// "was reporting", "were warning", "is arguing": a form of "be" right before an "-ing" cue.
    private func isProgressive(_ verb: VerbMatch) -> Bool {
        verb.range.lowerBound > 0 && Self.beForms.contains(sentence.word(verb.range.lowerBound - 1))
    }

    private static let beForms: WordSet = ["was", "were", "is", "are", "been"]

    /// Whether `range` is one pronoun right after "which": "…, which it described as …".
    private func isPronounAfterWhich(_ range: Range<Int>) -> Bool {
        guard range.count == 1, range.lowerBound > 0, sentence.ids[range.lowerBound - 1] == words.which else { return false }
        let id = sentence.ids[range.lowerBound]
        return words.pronounsSingular.contains(id) || words.pronounsPlural.contains(id) || id == words.it
    }

    /// A "that" between an earlier claim's verb and `subjectStart` with no comma after it: the subject is inside
    /// that claim's clause ("X said that A, and Y warned" has a comma; Y speaks for themselves).
    func insideThatClause(from verbEnd: Int, to subjectStart: Int) -> Bool {
        var index = subjectStart - 1
        while index >= verbEnd {
            // A comma, a semicolon or a colon ends the clause: "…; she warned that …" says something of its own, as does
            // "… has softened: Youssouf said in August that …".
            if sentence.ids[index] == words.comma || sentence.ids[index] == words.colon || sentence.word(index) == ";" { return false }
            if sentence.ids[index] == words.that { return true }
            index -= 1
        }
        return false
    }

    func isReporting(_ verb: VerbMatch) -> Bool {
        switch lexicon.entries.verbs[verb.entry].kind {
        case .speech, .belief, .writing: !tellsAStory(verb)
        case .support: false
        // "Russia has rejected every accusation", "Russian officials dispute that reading": rejecting what someone said
        // answers it.
        // So is rejecting a thing as something ("rejected the award as null and void"), which says what it is.
        case .opposition: Self.answeringVerbs.contains(lexicon.entries.verbs[verb.entry].lemma)
            && (rejectsAClaim(verb.range.upperBound) || rejectsAsSomething(verb.range.upperBound))
        }
    }

    private static let answeringVerbs: WordSet = ["reject", "dispute"]

    /// "Officials in Dushanbe tell a different story.": the figure announces what follows and says nothing itself.
    private func tellsAStory(_ verb: VerbMatch) -> Bool {
        guard lexicon.entries.verbs[verb.entry].lemma == "tell" else { return false }
        let next = verb.range.upperBound
        guard next + 1 < sentence.count, Self.storyDeterminers.contains(sentence.word(next)) else { return false }
        return (next + 1...min(next + 3, sentence.count - 1)).contains { Self.storyNouns.contains(sentence.word($0)) }
    }

    private static let storyDeterminers: WordSet = ["a", "an", "another", "the", "quite"]
    private static let storyNouns: WordSet = ["story", "tale"]

    /// Rules out nouns that share a verb's spelling: "the claims", "Russia's warning", "Central Asian states".
    func isVerbUse(_ verb: VerbMatch) -> Bool {
        let previous = verb.range.lowerBound - 1
        guard previous >= 0 else { return true }
        let id = sentence.ids[previous]
        // "Several complained that …", "Some argue that …": a quantifier standing for a group, then a verb without a
        // plural's "s".
        if words.groupStandIns.contains(id), !sentence.endsWith(verb.range.upperBound - 1, "s") { return true }
        // "One conceded that …", "another says …": a member standing for a group, then an inflected verb ("another claim"
        // is a noun).
        if words.memberStandIns.contains(id) {
            let form = sentence.word(verb.range.upperBound - 1)
            return form != lexicon.entries.verbs[verb.entry].lemma && !form.hasSuffix("ing")
        }
        if id == words.possessive || words.determiners.contains(id) && !sentence.isAdverb(previous) { return false }
        // "a World Bank report published in May found …": the participle after a document says when it came out. The
        // verb's entry is tested first, so no word is built for most verbs.
        if Self.publishingLemmas.contains(lexicon.entries.verbs[verb.entry].lemma), sentence.endsWith(verb.range.upperBound - 1, "ed"),
           SpeakerResolver.documentNouns.contains(sentence.word(previous)) {
            return false
        }
        if ["its", "their", "his", "her", "our", "this", "these", "those"].contains(sentence.word(previous)) { return false }
        if let entity = matches.entity(endingAt: previous), entity.rule == "demonym",
           sentence.word(verb.range.upperBound - 1).hasSuffix("s") {
            return false
        }
        // "the Arctic states", "Gulf states", "member states": a plural noun after a name or "member".
        if sentence.word(verb.range.lowerBound) == "states", previous > 0, sentence.tokens[previous].isCapitalised || sentence.word(previous) == "member" {
            return false
        }
        return true
    }

    /// "Few observers expected …", "Few in Astana believed …", "No Finnish official … could describe …": a source the
    /// sentence says hardly anyone holds is the author's own judgement, not someone's claim ("a few" holds one).
    func isDenied(_ speaker: SpeakerResolver.Speaker) -> Bool {
        let start = speaker.range.lowerBound
        return (max(0, start - 2)...start).contains { index in
            index < sentence.count && words.denials.contains(sentence.ids[index])
                && (index == 0 || !words.singularArticles.contains(sentence.ids[index - 1]))
        }
    }

    /// "According to Tajik media reports, …": a verb's form inside an "according to" phrase is the document's noun.
    func insideAccordingTo(_ verb: VerbMatch) -> Bool {
        var index = verb.range.lowerBound - 1
        while index >= 1, verb.range.lowerBound - index <= 6, sentence.tokens[index].isWord {
            if sentence.ids[index] == words.to, words.according.contains(sentence.ids[index - 1]) { return true }
            index -= 1
        }
        return false
    }

    /// Words inside a quotation are the quoted speaker's, not a cue: "“… no government could tell its voters …”".
    func isQuoted(_ verb: VerbMatch) -> Bool {
        let start = sentence.tokens[verb.range.lowerBound].start
        return quotes.covers(start)
    }

    /// "…, Reuters reported.": a cue that ends the sentence after a comma and its subject reports everything before.
    func closesSentence(_ verb: VerbMatch) -> Bool {
        let end = verb.range.upperBound
        guard end + 1 >= sentence.count || sentence.ids[end] == words.period, verb.range.lowerBound >= 3 else { return false }
        var index = verb.range.lowerBound - 1
        while index > 0, verb.range.lowerBound - index <= 6, sentence.ids[index] != words.comma { index -= 1 }
        return index > 0 && sentence.ids[index] == words.comma && matches.entity(startingAt: index + 1) != nil
    }

    /// "A senior PAF officer told this author that …, but he conceded that …", "He insisted that …, though he conceded
    /// that …": "he" or "she" is the unnamed single source, or whom the same pronoun meant, who made the sentence's last
    /// claim, unless a person is named between them other than as an owner ("Tashiev's fall").
    private func singleSource(meantBy pronoun: SpeakerResolver.Speaker, after drafts: [ClaimDraft], _ registry: borrowing EntityRegistry) -> EntityKey? {
        let pronounID = sentence.ids[pronoun.range.lowerBound]
        guard pronoun.range.count == 1, words.pronounsSingular.contains(pronounID),
              let earlier = drafts.last?.speaker, let source = earlier.id, earlier.range.upperBound <= pronoun.range.lowerBound,
              earlier.standsForOnePerson
                || earlier.range.count == 1 && sentence.word(earlier.range.lowerBound).lowercased() == sentence.word(pronoun.range.lowerBound).lowercased()
        else { return nil }
        let personBetween = matches.entities.contains { entity in
            entity.range.lowerBound >= earlier.range.upperBound && entity.range.upperBound <= pronoun.range.lowerBound
                && entity.ref.actorID.map { registry.kind(ofActor: $0) == .person } == true
                && !(entity.range.upperBound < sentence.count && sentence.ids[entity.range.upperBound] == words.possessive)
        }
        return personBetween ? nil : source
    }

    /// "X accused Manila of … and warned that …": a verb after "and" shares the subject of the verb before it.
    func sharedSubject(
        _ verb: VerbMatch, _ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) -> SpeakerResolver.Speaker? {
        var before = leftOfAside(verb.range.lowerBound) - 1
        // "… and, breaking with long-standing policy, said …": an aside set off by commas after the "and".
        if before > 2, sentence.ids[before] == words.comma,
           let open = (max(1, before - 12)..<before).last(where: { sentence.ids[$0] == words.comma }), sentence.ids[open - 1] == words.and {
            before = open - 1
        }
        guard before > 0, joinsVerbs(before) else { return nil }
        // The latest earlier verb with a subject of its own: a participle has none ("wrote to the Council describing the
        // opening as …, and warned that …"), nor does a verb inside a quotation ("condemned the strike as proof that Israel
        // “rejects every call …,” and urged …").
        let earlier = matches.verbs.filter { $0.range.upperBound <= before && !sentence.endsWith($0.range.upperBound - 1, "ing") && !isQuoted($0) }
        for verb in earlier.reversed() {
            if let subject = resolver.subject(before: verb.range.lowerBound, registry: &registry, state: state) { return subject }
        }
        // "Putin telephoned Aliyev and apologised that …": the first verb is no reporting verb, or one in a list of
        // verbs after it ("summoned the ambassador, promised a response and said …").
        return openingSubject(before: before, resolver, &registry, state)
    }

    /// Whether "and", "but" or ", yet" stands right before the verb, perhaps after a comma: "…, but warned that …".
    func coordinated(_ verb: VerbMatch) -> Bool {
        let before = leftOfAside(verb.range.lowerBound) - 1
        return before > 0 && joinsVerbs(before)
    }

    /// "and", "but", or a comma before "yet" ("acknowledged that …, yet concluded that …"), which a verb's adverbs
    /// include, the comma perhaps inside a quotation that closes there ("… to the project," yet warned that …); "has yet
    /// to" is no joint.
    private func joinsVerbs(_ index: Int) -> Bool {
        if sentence.ids[index] == words.and || sentence.word(index) == "but" { return true }
        guard index + 1 < sentence.count, sentence.word(index + 1) == "yet" else { return false }
        return sentence.ids[index] == words.comma
            || index >= 1 && sentence.tokens[index].flags.contains(.closeQuote) && sentence.ids[index - 1] == words.comma
    }

    /// "…, and urged …": a comma before the verb's "and" closes the clause before it.
    func commaBeforeConjunction(_ verb: VerbMatch) -> Bool {
        let before = leftOfAside(verb.range.lowerBound) - 1
        return before > 1 && sentence.ids[before - 1] == words.comma
    }

    /// Where the words before a verb start, past its adverbs and a short phrase of time or occasion after "and": "… and in
    /// a separate call urged …", "… and on Friday said …".
    func leftOfAside(_ start: Int) -> Int {
        let left = leftOfVerb(start)
        guard left > 0, !joinsVerbs(left - 1) else { return left }
        var index = left - 1
        while index > 0, left - index < 6, sentence.tokens[index].isWord {
            if Self.asidePrepositions.contains(sentence.word(index)),
               joinsVerbs(index - 1) { return index }
            index -= 1
        }
        return left
    }

    /// Prepositions that open a phrase of time or occasion between a coordinated verb and its "and".
    private static let asidePrepositions: WordSet = ["in", "on", "at", "during", "after", "before", "within", "over", "later"]

    /// Whether a reporting verb goes on to say something: a "that" clause or a quotation, "told reporters that …", or a
    /// bare clause after a verb that takes one ("said Belgrade would respond").
    func reportsAClause(_ verb: VerbMatch, _ lemma: String) -> Bool {
        let end = verb.range.upperBound
        return introducesClause(end) || (lemma == "tell" || Self.tellsSomeone.contains(lemma)) && thatAfterPlaceOfSaying(end)
            || (lemma == "say" || Self.bareClauseVerbs.contains(lemma) || Self.assertingVerbs.contains(lemma)) && bareClauseFollows(end)
            || lemma == "urge" && urgesSomeoneTo(end)
            // "said … and accused Kabul of …", "told … that … and dismissed talk of a deal as …": an accusation or a
            // dismissal says something of its own; a description or an expectation after another cue mostly goes on
            // with the first claim.
            || lemma == "dismiss" && asFollows(end) || lemma == "accuse" && chargeFollows("of", end)
    }

    /// "urged his Israeli counterpart, Gideon Saar, to return to diplomacy", "urged both parties to protect civilians": whom
    /// the verb urges, then what they should do.
    func urgesSomeoneTo(_ start: Int) -> Bool {
        var index = start
        while index + 1 < sentence.count, index - start < 9, sentence.ids[index] != words.that, sentence.ids[index] != words.period {
            if sentence.ids[index] == words.to, index > start, sentence.isLowercaseWord(index + 1) { return true }
            index += 1
        }
        return false
    }

    /// The name right before the first lower-case word of the sentence, taken as the subject of its main verb.
    func openingSubject(
        before index: Int, _ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) -> SpeakerResolver.Speaker? {
        // "He returned on 14 April, days after the US tariff shock, and wrote that …": a pronoun opening the sentence is
        // its subject, whatever is named after it.
        if index > 1, words.pronounsSingular.contains(sentence.ids[0]) || words.pronounsPlural.contains(sentence.ids[0]) {
            return resolver.phrase(endingAt: 1, registry: &registry, state: state, depth: 0)
        }
        // "In Cairo, Macron declined … but said that …", "Speaking at the Gaza summit, Macron …": the subject comes after
        // the phrase that opens the sentence.
        let start = openingPhraseComma(before: index, resolver).map { $0 + 1 } ?? 0
        guard var subject = matches.entities.filter({ $0.range.lowerBound >= start }).min(by: { $0.range.lowerBound < $1.range.lowerBound }),
              subject.range.upperBound < index
        else { return nil }
        // "US Defense Secretary Pete Hegseth visited …": a title's capitalised words lead from the first name to the subject's.
        if !(start..<subject.range.lowerBound).contains(where: { sentence.isLowercaseWord($0) }),
           let firstLower = (subject.range.upperBound..<index).first(where: { sentence.isLowercaseWord($0) }), firstLower > subject.range.upperBound,
           (subject.range.upperBound..<firstLower).allSatisfy({ sentence.tokens[$0].isCapitalised || sentence.ids[$0] == words.hyphen }),
           let named = matches.entity(endingAt: firstLower - 1), named.ref.actorID != nil {
            subject = named
        }
        // "Sergei Shoigu, secretary of Russia's Security Council, returned …": past an appositive set off by commas.
        // "Yoon Suk Yeol's government summoned …": an owner's institution.
        var end = subject.range.upperBound
        var verb = end
        if verb + 1 < index, sentence.ids[verb] == words.possessive, SpeakerResolver.institutions.contains(sentence.word(verb + 1)) {
            end = verb + 2
            verb = end
        } else if verb + 1 < index, sentence.ids[verb] == words.possessive, let owned = matches.entity(startingAt: verb + 1),
                  owned.ref.actorID != nil, owned.range.upperBound < index {
            // "Azerbaijan's Foreign Ministry summoned …": the owner's body named after it.
            end = owned.range.upperBound
            verb = end
        } else if sentence.ids[verb] == words.comma, let close = (verb + 1..<min(index, verb + 16)).first(where: { sentence.ids[$0] == words.comma }) {
            verb = close + 1
        }
        guard verb < index, sentence.isLowercaseWord(verb), !words.groupBoundaries.contains(sentence.ids[verb]) else { return nil }
        return resolver.phrase(endingAt: end, registry: &registry, state: state, depth: 0)
    }

    /// The comma that closes a phrase opening the sentence with a preposition or a participle ("Speaking on 13 October,").
    private func openingPhraseComma(before index: Int, _ resolver: SpeakerResolver) -> Int? {
        guard let comma = (1..<max(1, index)).first(where: { sentence.ids[$0] == words.comma }),
              resolver.closesOpeningPhrase(comma)
                  || sentence.tokens[0].isCapitalised && sentence.endsWith(0, "ing") && !words.according.contains(sentence.ids[0])
        else { return nil }
        return comma
    }

    /// ", arguing that …" after a main clause: the main clause's subject speaks ("Tashkent resisted the
    /// project, arguing that …").
    func participleClaim(
        _ verb: VerbMatch, _ form: String, _ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState,
        speaker known: SpeakerResolver.Speaker?
    ) -> ClaimDraft? {
        // "saying" reports speech with or without "that": "…, saying the deal was unfair"; "citing" gives the reason the
        // subject states: "…, citing shortages of sulphuric acid".
        let lemma = lexicon.entries.verbs[verb.entry].lemma
        let saysAnything = (lemma == "say" || lemma == "cite") && verb.range.upperBound < sentence.count && sentence.tokens[verb.range.upperBound].isWord
        let describes = Self.describesAs.contains(lemma) && asFollows(verb.range.upperBound)
        // "…, telling listeners that …": the people told come before the clause.
        let tellsSomeone = lemma == "tell" && thatAfterPlaceOfSaying(verb.range.upperBound)
        // "…, urging the authorities to report …", "…, blaming Kyiv for …".
        let charges = Self.chargesWith[lemma].map { chargeFollows($0, verb.range.upperBound) } ?? false
        // "…, calling the designation an illegitimate attempt": what something is called.
        let calls = lemma == "call" && calledSomethingSomething(verb.range.upperBound)
        guard verb.range.lowerBound > 1 else { return nil }
        // "…, with Prime Minister Nikol Pashinyan arguing that …": the person after "with" leads to the participle too.
        let withPerson = personAfterWith(before: verb.range.lowerBound, registry)
        guard leadsToParticiple(verb.range.lowerBound - 1) || withPerson != nil,
              saysAnything || describes || tellsSomeone || charges || calls || introducesClause(verb.range.upperBound) else {
            return nil
        }
        if let known { return ClaimDraft(speaker: known, cue: form, rule: "participle", quote: quotes.first) }
        if let withPerson { return ClaimDraft(speaker: withPerson, cue: form, rule: "participle", quote: quotes.first) }
        var start = clauseStart(before: verb.range.lowerBound)
        // A name may take its article in ("the Houthis"); otherwise the subject starts after determiners.
        while start < sentence.count, matches.entity(startingAt: start) == nil, words.determiners.contains(sentence.ids[start]) { start += 1 }
        // "NATO Secretary General Mark Rutte played it down, observing …": a body opening the role names whom the role serves.
        if let body = matches.entity(startingAt: start), body.ref.frameworkID != nil, body.range.upperBound < sentence.count,
           matches.entity(startingAt: body.range.upperBound)?.ref.actorID != nil || matches.role(startingAt: body.range.upperBound) != nil {
            start = body.range.upperBound
        }
        var subjectEnd: Int
        if let entity = matches.entity(startingAt: start), entity.ref.actorID != nil {
            // "Some Russian commentators are less relaxed, warning that …": a group's role after the state; "The Iranian
            // foreign ministry was more measured, saying …": a state's institution; "Uzbekistan's energy minister, …".
            let afterOwner = entity.range.upperBound < sentence.count && sentence.ids[entity.range.upperBound] == words.possessive
                ? entity.range.upperBound + 1 : entity.range.upperBound
            // "the US Treasury's Office of Foreign Assets Control designated …, saying …": the body the owner's name leads to.
            let owned = afterOwner > entity.range.upperBound ? matches.entity(startingAt: afterOwner).flatMap { $0.ref.actorID != nil ? $0 : nil } : nil
            subjectEnd = owned?.range.upperBound ?? roleAfterModifiers(from: afterOwner)?.range.upperBound
                ?? institutionEnd(after: entity.range.upperBound) ?? entity.range.upperBound
        } else if let role = roleAfterModifiers(from: start).map(roleEnd(after:)),
                  matches.entity(startingAt: role)?.ref.actorID != nil || appositiveName(after: role) != nil {
            // "Foreign Minister Wang Yi was blunt, saying …", "Deputy Prime Minister and Foreign Minister Ishaq Dar struck a
            // measured tone, adding …"
            subjectEnd = role
        } else if let role = matches.role(startingAt: start), let body = bodyServed(after: role.range.upperBound, registry) {
            subjectEnd = body.range.upperBound  // "A spokesperson for the foreign ministry struck a similar note, saying …"
        } else if let role = roleAfterModifiers(from: start) {
            subjectEnd = unnamedSourceEnd(after: roleEnd(after: role))
        } else if words.pronounsSingular.contains(sentence.ids[start]) || words.pronounsPlural.contains(sentence.ids[start]) {
            subjectEnd = start + 1  // "He argued that …, noting that …": whom the pronoun means
        } else {
            return nil
        }
        // "Kremlin spokesman Dmitry Peskov was more guarded, noting …": the name after the role is who speaks, also set off
        // by commas ("The energy minister, Jurabek Mirzamakhmudov, has been guarded, noting …").
        if let named = matches.entity(startingAt: subjectEnd), named.ref.actorID != nil {
            subjectEnd = named.range.upperBound
        } else if let named = appositiveName(after: subjectEnd) {
            subjectEnd = named.range.upperBound
        }
        guard let speaker = resolver.phrase(endingAt: subjectEnd, registry: &registry, state: state, depth: 0) else { return nil }
        return ClaimDraft(speaker: speaker, cue: form, rule: "participle", quote: quotes.first)
    }

    /// Where the subject that opens with a role ending at `end` stops: at the role for an unnamed source ("A
    /// congressional aide involved in the talks was more candid, conceding …"), past the body it serves ("The
    /// Director-General of the WTO, Ngozi Okonjo-Iweala, …", whose appositive then names the speaker) or at a name a
    /// word or two on ("The nationalist tabloid Global Times went further, accusing …").
    private func unnamedSourceEnd(after end: Int) -> Int {
        if end + 1 < sentence.count, ["for", "of", "at"].contains(sentence.word(end)) {
            let nameStart = words.the.contains(sentence.ids[end + 1]) ? end + 2 : end + 1
            return matches.entity(startingAt: nameStart)?.range.upperBound ?? end
        }
        var index = end
        while index < min(end + 2, sentence.count), sentence.isLowercaseWord(index), matches.owners[index].verb < 0 { index += 1 }
        if index > end, let named = matches.entity(startingAt: index), named.ref.actorID != nil { return named.range.upperBound }
        return end
    }

    /// "…, with its ameer, Shafiqur Rahman, arguing that …", "with Pashinyan insisting that …": the person after "with"
    /// is the participle's subject, not the clause's.
    private func personAfterWith(before verb: Int, _ registry: borrowing EntityRegistry) -> SpeakerResolver.Speaker? {
        var end = verb
        if end > 0, sentence.ids[end - 1] == words.comma { end -= 1 }
        guard let person = matches.entity(endingAt: end - 1), let id = person.ref.actorID, registry.kind(ofActor: id) == .person else { return nil }
        var index = person.range.lowerBound - 1
        while index >= 0, person.range.lowerBound - index <= 6, sentence.word(index) != "with" {
            guard sentence.ids[index] == words.comma || matches.owners[index].role >= 0 || words.possessivePronouns.contains(sentence.ids[index])
                || words.determiners.contains(sentence.ids[index]) || sentence.word(index) == "its" else { return nil }
            index -= 1
        }
        guard index >= 0, sentence.word(index) == "with" else { return nil }
        return SpeakerResolver.Speaker(id: id, text: sentence.text(index + 1..<person.range.upperBound), range: index + 1..<person.range.upperBound)
    }

    /// Where a role ends, past a second one joined by "and" ("Deputy Prime Minister and Foreign Minister"), which may be
    /// part of the name after it ("… and Foreign Minister Ishaq Dar").
    private func roleEnd(after role: RoleMatch) -> Int {
        let next = role.range.upperBound
        guard next + 1 < sentence.count, sentence.ids[next] == words.and else { return next }
        if let second = matches.role(startingAt: next + 1) { return second.range.upperBound }
        return matches.entity(startingAt: next + 1)?.ref.actorID != nil ? next + 1 : next
    }

    /// A role at `start` or after one or two words that say what it covers: "trade adviser", "White House national
    /// security adviser".
    private func roleAfterModifiers(from start: Int) -> RoleMatch? {
        for index in start..<min(start + 3, sentence.count) {
            if let role = matches.role(startingAt: index) { return role }
            guard matches.owners[index].entity == -1, matches.owners[index].verb < 0, sentence.tokens[index].isWord,
                  sentence.isLowercaseWord(index) || index == 0 else { return nil }
        }
        return nil
    }

    /// "for the Chinese Ministry of Foreign Affairs" right after a role: the body the role speaks for.
    func bodyServed(after index: Int, _ registry: borrowing EntityRegistry) -> FoundEntity? {
        guard index + 1 < sentence.count, ["for", "of", "at"].contains(sentence.word(index)) else { return nil }
        let nameStart = words.the.contains(sentence.ids[index + 1]) ? index + 2 : index + 1
        guard let body = matches.entity(startingAt: nameStart), let id = body.ref.actorID, registry.kind(ofActor: id) != .person else { return nil }
        return body
    }

    /// What may stand right before a participle that reports: a comma ("…, arguing that"), "while" ("while insisting
    /// that"), "but" or "and" after another participle ("…, acknowledging that … but adding that …", "…, calling
    /// Kazakhstan a friend and predicting that …"), a text's noun ("adopted a
    /// resolution urging the Council to …"), or "a point of".
    private func leadsToParticiple(_ index: Int) -> Bool {
        sentence.ids[index] == words.comma || sentence.word(index) == "while" || Self.textNouns.contains(sentence.word(index))
            || ["but", "and"].contains(sentence.word(index))
                && matches.verbs.contains { $0.range.upperBound < index && sentence.endsWith($0.range.upperBound - 1, "ing") }
            // "have made a point of noting that …"
            || index >= 1 && sentence.ids[index] == words.of && sentence.word(index - 1) == "point"
    }

    private static let textNouns: WordSet = ["resolution", "statement", "letter", "communiqué", "declaration", "report", "note"]

    /// ", Jurabek Mirzamakhmudov," right after a role: the person the role names.
    func appositiveName(after index: Int) -> FoundEntity? {
        guard index + 2 < sentence.count, sentence.ids[index] == words.comma, let named = matches.entity(startingAt: index + 1),
              named.range.upperBound < sentence.count, sentence.ids[named.range.upperBound] == words.comma, named.ref.actorID != nil else { return nil }
        return named
    }

    /// "told this writer, adding that …", "told journalists in Yerevan in April, insisting that …": a few words after the
    /// last cue, with no verb or clause of their own, are whom and where it was said to, so the participle goes on
    /// with its speaker.
    func objectOfCue(from cueEnd: Int, to comma: Int) -> Bool {
        guard comma > cueEnd, comma - cueEnd <= 7 else { return false }
        return (cueEnd..<comma).allSatisfy { index in
            sentence.ids[index] != words.comma && sentence.ids[index] != words.that && matches.owners[index].verb < 0
                && !sentence.tokens[index].flags.contains(.openQuote)
        }
    }

    /// Where the clause that a participle follows begins: after the last ", and" or ", but" before it ("Sitharaman has
    /// described …, and Indian officials have raised it …, arguing"), after an opening phrase of time ("Since November
    /// 2023, the Houthis …", "In November 2022 Deputy Prime Minister Serik Zhumangarin …"), else at the sentence's start.
    func clauseStart(before verb: Int) -> Int {
        if let joint = (1..<max(1, verb - 3)).last(where: { sentence.ids[$0 - 1] == words.comma && Self.clauseJoints.contains(sentence.word($0)) }) {
            // "…, and on November 10 of that year the US Treasury sanctioned …": a phrase of time may open the clause.
            let subject = pastTimePhrase(from: joint + 1, before: verb)
            if matches.entity(startingAt: subject) != nil || matches.role(startingAt: subject) != nil || words.determiners.contains(sentence.ids[subject]) {
                return subject
            }
        }
        // "In March 2024,", "On 5 March 2025,", "On December 17, 2024,": a date opening the sentence comes before the subject.
        guard verb > 2, words.datePrepositions.contains(sentence.ids[0]) || sentence.word(0) == "On", sentence.tokens[0].isCapitalised else {
            return openingPhraseEnd(before: verb) ?? 0
        }
        var index = 1
        while index < verb, words.monthWords.contains(sentence.ids[index]) || sentence.tokens[index].isNumber
                || sentence.ids[index] == words.comma && sentence.tokens[index - 1].isNumber && index + 1 < verb && sentence.tokens[index + 1].isNumber {
            index += 1
        }
        guard index > 1 else { return openingPhraseEnd(before: verb) ?? 0 }
        return index < verb && sentence.ids[index] == words.comma ? index + 1 : index
    }

    private static let clauseJoints: WordSet = ["and", "but", "while", "whereas"]

    /// "In the aftermath, Déby threatened …", "Later, …": a short phrase that names nobody and opens the sentence up to a
    /// comma says when or how, and the subject comes after it.
    private func openingPhraseEnd(before verb: Int) -> Int? {
        guard sentence.tokens[0].isCapitalised, words.capitalisedFunctionWords.contains(sentence.ids[0]) || sentence.word(0).hasSuffix("ly"),
              let comma = (1..<min(verb, 6)).first(where: { sentence.ids[$0] == words.comma }), comma + 1 < verb,
              (0..<comma).allSatisfy({ matches.owners[$0].entity == -1 && matches.owners[$0].verb < 0 && matches.owners[$0].role < 0 })
        else { return nil }
        return comma + 1
    }

    /// Where the words after a phrase of time end ("on November 10 of that year", "in March 2024,"), or `start` when
    /// none opens there.
    private func pastTimePhrase(from start: Int, before verb: Int) -> Int {
        guard ["on", "in", "by", "since"].contains(sentence.word(start)) else { return start }
        var index = start + 1
        var dated = false
        while index < verb, index - start <= 8 {
            let token = sentence.tokens[index]
            if token.isNumber || words.monthWords.contains(token.id) { dated = true } else if !Self.timePhraseWords.contains(sentence.word(index)) { break }
            index += 1
        }
        guard dated else { return start }
        return index < verb && sentence.ids[index] == words.comma ? index + 1 : index
    }

    private static let timePhraseWords: WordSet = ["of", "that", "this", "year", "month", "early", "late", "mid"]

    /// The end of a state's institution written after its name: "Iranian foreign ministry", "Georgian government".
    func institutionEnd(after index: Int) -> Int? {
        var end = index
        while end < sentence.count, end - index < 2, sentence.isLowercaseWord(end) {
            end += 1
            if SpeakerResolver.institutions.contains(sentence.word(end - 1)) { return end }
        }
        return nil
    }

    /// Where the subject ends: before the auxiliaries and adverbs that precede the verb.
    func leftOfVerb(_ start: Int) -> Int {
        var index = start
        while index > 0, sentence.isAdverb(index - 1) || words.auxiliaries.contains(sentence.ids[index - 1]) { index -= 1 }
        return index
    }

    /// "was said", "has been widely reported": a form of "be" right before the verb, adverbs aside.
    func isPassive(_ verb: VerbMatch) -> Bool {
        // "was reporting" is a progressive, not a passive.
        if sentence.endsWith(verb.range.lowerBound, "ing") { return false }
        var index = verb.range.lowerBound - 1
        while index >= 0, sentence.isAdverb(index) { index -= 1 }
        return index >= 0 && words.passiveAuxiliaries.contains(sentence.ids[index])
    }

    /// "In Moscow, …", "In Beijing, …" opening the sentence: the state whose capital or name it is.
    func openingPlace(_ registry: borrowing EntityRegistry) -> SpeakerResolver.Speaker? {
        guard sentence.count > 3, sentence.word(0) == "In", let place = matches.entity(startingAt: 1), place.range.upperBound < sentence.count,
              sentence.ids[place.range.upperBound] == words.comma, let id = place.ref.actorID, registry.kind(ofActor: id) == .state else { return nil }
        return SpeakerResolver.Speaker(id: id, text: sentence.text(place.range), range: place.range)
    }

    /// "It is said that…", "It has been reported that…": a claim whose speaker the text does not give.
    func impersonalClaim(_ verb: VerbMatch, _ form: String) -> ClaimDraft? {
        let subjectEnd = leftOfVerb(verb.range.lowerBound)
        guard isPassive(verb), subjectEnd > 0,
              sentence.word(subjectEnd - 1) == "It" || sentence.word(subjectEnd - 1) == "it" else { return nil }
        // The "it" stands for no thing only when a clause follows: "It is said that …", "it is believed to have received …";
        // not "It was reaffirmed in 2015" (the treaty), "it could later be cited to legitimise …" (used), nor the author's
        // own aside "it should be noted, …".
        var next = verb.range.upperBound
        while next < sentence.count, sentence.isAdverb(next) { next += 1 }
        let infinitive = next < sentence.count && sentence.ids[next] == words.to && Self.impersonalInfinitives.contains(lexicon.entries.verbs[verb.entry].lemma)
        // "It is widely believed in Dushanbe that …", "It is often argued, however, that …": a few words may stand before "that".
        let clause = (next..<min(next + 6, sentence.count)).first { sentence.ids[$0] == words.that || sentence.ids[$0] == words.period || matches.owners[$0].verb >= 0 }
        guard infinitive || clause.map({ sentence.ids[$0] == words.that }) == true else { return nil }
        return ClaimDraft(speaker: nil, cue: form, rule: "impersonal", quote: quotes.first, allowsUnknownSpeaker: true)
    }

    /// Verbs whose impersonal passive reports a claim through "to": "it is believed to have …", "it is said to be …".
    private static let impersonalInfinitives: WordSet = [
        "say", "believe", "think", "report", "understand", "expect", "estimate", "allege", "claim", "know", "rumour", "rumor",
    ]

    /// `“…,” said X`: the verb comes right after a closing quote (and perhaps a comma).
    func followsQuote(_ verbStart: Int) -> Bool {
        var index = verbStart - 1
        if index >= 0, sentence.ids[index] == words.comma { index -= 1 }
        guard index >= 1, sentence.tokens[index].flags.contains(.closeQuote) else { return false }
        // The quotation itself must end like speech ("…,” said X), not like a scare-quoted noun.
        let inside = sentence.ids[index - 1]
        return inside == words.comma || inside == words.period || ["?", "!"].contains(sentence.word(index - 1))
            || sentence.ids[verbStart - 1] == words.comma
    }

    /// "Moscow held out, he wrote in Kommersant, because …": a pronoun and its cue set off by commas report the
    /// sentence around them, with no clause after the verb.
    func isInsertedPronounCue(_ verb: VerbMatch) -> Bool {
        let subject = leftOfVerb(verb.range.lowerBound) - 1
        guard subject >= 1, words.pronounsSingular.contains(sentence.ids[subject]) || words.pronounsPlural.contains(sentence.ids[subject]),
              sentence.ids[subject - 1] == words.comma else { return false }
        var index = verb.range.upperBound
        while index < sentence.count, index - verb.range.upperBound < 6 {
            if sentence.ids[index] == words.comma || sentence.ids[index] == words.period { return true }
            index += 1
        }
        return false
    }

    /// A comma right before the verb and another within a name's length after it, the shape of an
    /// inserted "…, argues X, …"; checked before the speaker is looked for, since looking may discover one.
    func isSetOffByCommas(_ verb: VerbMatch) -> Bool {
        guard verb.range.lowerBound > 0, sentence.ids[verb.range.lowerBound - 1] == words.comma else { return false }
        let end = min(sentence.count, verb.range.upperBound + 7)
        return (verb.range.upperBound + 1..<max(end, verb.range.upperBound + 1)).contains { sentence.ids[$0] == words.comma }
    }

    func quoteWordCount(_ quote: QuoteSpan) -> Int {
        let range = quote.start..<min(max(quote.start, quote.end), sentence.bytes.count)
        return WordCounter.count(sentence.bytes, range)
    }
}
