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
        var drafts: [ClaimDraft] = []
        drafts += framedClaims(resolver, &registry, state)
        drafts += verbClaims(resolver, &registry, state)
        // A quotation that closes in a later sentence waits for it: its cue may come last ("“… . …,” said X").
        if drafts.isEmpty, let quote = quotes.first, quote.endSentence <= index, quoteWordCount(quote) >= 4, let speaker = state.lastSpeaker {
            drafts.append(ClaimDraft(speaker: SpeakerResolver.Speaker(id: speaker.id, text: speaker.text, range: 0..<0),
                                     cue: "\u{201C}", rule: "quote-continued", quote: quote))
        }
        var seen = Set<String>()
        return drafts.filter { draft in seen.insert((draft.speaker?.id ?? "?") + "|" + draft.cue).inserted }
    }

    // MARK: Reporting verbs

    private func verbClaims(_ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState) -> [ClaimDraft] {
        var drafts: [ClaimDraft] = []
        var state = copy state  // a group that speaks earlier in the sentence is who "others" contrasts with
        var lastClaimEnd: Int?
        for verb in matches.verbs where isReporting(verb) {
            let form = sentence.text(verb.range)
            if form.hasSuffix("ing") {
                if let participle = participleClaim(verb, form, resolver, &registry, state) { drafts.append(participle) }
                continue
            }
            guard isVerbUse(verb), !isQuoted(verb) else { continue }
            if lexicon.entries.verbs[verb.entry].requiresObject {
                guard verb.range.upperBound < sentence.count,
                      sentence.tokens[verb.range.upperBound].isWord || sentence.tokens[verb.range.upperBound].flags.contains(.openQuote)
                else { continue }
            }
            let lemma = lexicon.entries.verbs[verb.entry].lemma
            if Self.needsClause.contains(lemma), !introducesClause(verb.range.upperBound),
               !(Self.describesAs.contains(lemma) && asFollows(verb.range.upperBound)),
               !(Self.bareClauseVerbs.contains(lemma) && bareClauseFollows(verb.range.upperBound)),
               !(lemma == "call" && calledSomethingSomething(verb.range.upperBound)), !isInsertedPronounCue(verb),
               !(Self.chargesWith[lemma].map { chargeFollows($0, verb.range.upperBound) } ?? false) { continue }
            if let impersonal = impersonalClaim(verb, form) {
                drafts.append(impersonal)
                continue
            }
            if isPassive(verb) { continue }
            var rule = quotes.isEmpty ? "reported-speech" : "direct-quote"
            var speaker = resolver.subject(before: verb.range.lowerBound, registry: &registry, state: state)
            if speaker == nil, let shared = sharedSubject(verb, resolver, &registry, state) {
                // "X accused Manila of … and warned that …": one speaker's coordinated verbs make one claim.
                if drafts.contains(where: { $0.speaker?.id != nil && $0.speaker?.id == shared.id }) { continue }
                speaker = shared
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
            guard let speaker else { continue }
            // "… suggested that Turkey sees the route as …", "remarked that … and that no one in Abuja expected …":
            // a view reported inside another claim's "that" clause is part of it.
            if let lastClaimEnd, insideThatClause(from: lastClaimEnd, to: speaker.range.lowerBound) { continue }
            drafts.append(ClaimDraft(speaker: speaker, cue: form, rule: rule, quote: quotes.first))
            lastClaimEnd = verb.range.upperBound
            if let id = speaker.id, registry.kind(ofActor: id) == .group { state.lastGroup = .init(id: id, text: speaker.text) }
        }
        return drafts
    }

    /// A "that" between an earlier claim's verb and `subjectStart` with no comma after it: the subject is inside
    /// that claim's clause ("X said that A, and Y warned" has a comma; Y speaks for themselves).
    private func insideThatClause(from verbEnd: Int, to subjectStart: Int) -> Bool {
        var index = subjectStart - 1
        while index >= verbEnd {
            if sentence.ids[index] == words.comma { return false }
            if sentence.ids[index] == words.that { return true }
            index -= 1
        }
        return false
    }

    /// Verbs that report speech only when a clause or quotation follows: "Russia maintains that …" is a
    /// claim, "Russia maintains considerable leverage" is not.
    static let needsClause: Set<String> = [
        "maintain", "add", "observe", "state", "call", "report", "recall", "signal", "indicate", "answer", "question",
        "mention", "hint", "object", "welcome", "praise", "confirm", "promise", "pledge", "urge", "threaten", "ask", "agree", "disagree",
        "consider", "expect", "fear", "hope", "feel", "assume", "anticipate", "calculate", "estimate", "recognise",
        "recognize", "suspect", "doubt", "reveal", "reply", "respond", "comment", "highlight", "underline", "underscore",
        "think", "announce", "declare", "deny", "dismiss", "accuse", "criticize", "criticise", "condemn", "denounce",
        "describe", "publish", "post", "write", "predict", "forecast", "stress", "emphasize", "emphasise", "assure",
        "brief", "frame", "portray", "characterize", "characterise", "view", "regard", "interpret", "perceive",
        "present", "make clear", "conclude", "find", "show", "counter", "demand", "apologise", "apologize",
    ]

    private static let objectPronouns: Set<String> = ["it", "them", "him", "her", "this"]

    private static let objectPronounsForViews: Set<String> = ["him", "her", "them"]

    /// Verbs that report a view through "X as Y": "described the corridor as a hedge".
    static let describesAs: Set<String> = [
        "describe", "characterize", "characterise", "portray", "frame", "view", "regard", "see", "call", "present", "dismiss",
    ]

    /// Verbs that report a charge, a verdict or an expectation through a word past their object: "accused
    /// ECOWAS of serving foreign powers", "expects the competition to intensify".
    static let chargesWith: [String: String] = [
        "accuse": "of", "criticize": "for", "criticise": "for", "praise": "for", "condemn": "for", "blame": "for",
        "expect": "to", "urge": "to",
    ]

    /// The charge's preposition a few words after the verb, past its object.
    private func chargeFollows(_ preposition: String, _ start: Int) -> Bool {
        var index = start
        while index < sentence.count, index - start < 6 {
            if sentence.ids[index] == words.period || sentence.ids[index] == words.comma { return false }
            if sentence.isLowercaseWord(index), sentence.word(index) == preposition { return index > start }
            index += 1
        }
        return false
    }

    /// "called the appointment a normal rotation", "called it “a blow”": an object, then "a" or "an" starting what it
    /// was called.
    private func calledSomethingSomething(_ start: Int) -> Bool {
        var index = start
        while index < sentence.count, index - start < 6 {
            let word = sentence.word(index)
            if sentence.ids[index] == words.comma || sentence.ids[index] == words.period { return false }
            if (word == "a" || word == "an" || sentence.tokens[index].flags.contains(.openQuote)) && index > start { return true }
            if index > start, matches.verbAt[index] >= 0 || Self.finiteVerbs.contains(word) { return false }
            index += 1
        }
        return false
    }

    private func asFollows(_ start: Int) -> Bool {
        var index = start
        while index < sentence.count, index - start < 12 {
            if words.asWord.contains(sentence.ids[index]) { return true }
            if sentence.ids[index] == words.period { return false }
            index += 1
        }
        return false
    }

    /// "that", a quotation, a colon or a comma right after the verb (adverbs aside), or "to" + verb for "told".
    private func introducesClause(_ start: Int) -> Bool {
        var index = start
        while index < sentence.count, sentence.isAdverb(index) { index += 1 }
        // A pronoun object before a quotation: "called it “a real big deal.”"
        if index + 1 < sentence.count, Self.objectPronouns.contains(sentence.word(index)),
           sentence.tokens[index + 1].flags.contains(.openQuote) { index += 1 }
        guard index < sentence.count else { return false }
        let token = sentence.tokens[index]
        if token.flags.contains(.openQuote) || token.id == words.colon || token.id == words.comma { return true }
        let word = sentence.word(index)
        if Self.placeOfSaying.contains(word) { return thatAfterPlaceOfSaying(index + 1) }
        return Self.clauseOpeners.contains(word)
    }

    private static let clauseOpeners: Set<String> = ["that", "how", "whether", "why", "what"]

    /// Prepositions that say where or to whom something was said: "wrote on his Telegram channel that",
    /// "posted on X that", "told reporters in Brussels that".
    private static let placeOfSaying: Set<String> = ["on", "in", "to", "at", "via", "during", "before"]

    /// "that" within a few words after the preposition (or the people told), before any comma or stop.
    private func thatAfterPlaceOfSaying(_ start: Int) -> Bool {
        var index = start
        while index < sentence.count, index - start < 10 {
            if sentence.ids[index] == words.comma || sentence.ids[index] == words.period { return false }
            if sentence.ids[index] == words.that { return index > start }
            index += 1
        }
        return false
    }

    /// A belief verb's clause without "that": "Some observers suspect the pledges will go nowhere." A modal or a
    /// form of "be" or "have" follows the clause's subject within a few words, before any comma.
    private func bareClauseFollows(_ start: Int) -> Bool {
        guard start < sentence.count, sentence.tokens[start].isWord, !Self.placeOfSaying.contains(sentence.word(start)),
              matches.verbAt[start] < 0 else { return false }
        var index = start + 1
        while index < sentence.count, index - start < 7 {
            if sentence.ids[index] == words.comma || sentence.ids[index] == words.period { return false }
            if Self.finiteVerbs.contains(sentence.word(index)) { return true }
            index += 1
        }
        return false
    }

    private static let finiteVerbs: Set<String> = [
        "will", "would", "could", "can", "may", "might", "should", "must", "is", "are", "was", "were", "has", "have", "had",
    ]

    /// Belief verbs whose clause often goes without "that".
    private static let bareClauseVerbs: Set<String> = ["believe", "think", "suspect", "fear", "expect", "hope", "feel", "assume", "doubt", "reckon"]

    private func isReporting(_ verb: VerbMatch) -> Bool {
        switch lexicon.entries.verbs[verb.entry].kind {
        case .speech, .belief, .writing: true
        case .support, .opposition: false
        }
    }

    /// Rules out nouns that share a verb's spelling: "the claims", "Russia's warning", "Central Asian states".
    private func isVerbUse(_ verb: VerbMatch) -> Bool {
        let previous = verb.range.lowerBound - 1
        guard previous >= 0 else { return true }
        let id = sentence.ids[previous]
        if id == words.possessive || words.determiners.contains(id) && !sentence.isAdverb(previous) { return false }
        if ["its", "their", "his", "her", "our", "this", "these", "those"].contains(sentence.word(previous)) { return false }
        if let entity = matches.entity(endingAt: previous), entity.rule == "demonym",
           sentence.word(verb.range.upperBound - 1).hasSuffix("s") {
            return false
        }
        return true
    }

    /// Words inside a quotation are the quoted speaker's, not a cue: "“… no government could tell its voters …”".
    private func isQuoted(_ verb: VerbMatch) -> Bool {
        let start = sentence.tokens[verb.range.lowerBound].start
        return quotes.contains { $0.start <= start && start < $0.end }
    }

    /// "X accused Manila of … and warned that …": a verb after "and" shares the subject of the verb before it.
    private func sharedSubject(
        _ verb: VerbMatch, _ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) -> SpeakerResolver.Speaker? {
        let before = leftOfVerb(verb.range.lowerBound) - 1
        guard before > 0, sentence.ids[before] == words.and || sentence.word(before) == "but" else { return nil }
        if let earlier = matches.verbs.last(where: { $0.range.upperBound <= before }) {
            return resolver.subject(before: earlier.range.lowerBound, registry: &registry, state: state)
        }
        // "Putin telephoned Aliyev and apologised that …": the first verb is no reporting verb; the name right before
        // the first lower-case word of the sentence is its subject.
        guard let subject = matches.entities.min(by: { $0.range.lowerBound < $1.range.lowerBound }), subject.range.upperBound < before,
              sentence.isLowercaseWord(subject.range.upperBound), !words.groupBoundaries.contains(sentence.ids[subject.range.upperBound])
        else { return nil }
        return resolver.phrase(endingAt: subject.range.upperBound, registry: &registry, state: state, depth: 0)
    }

    /// ", arguing that …" after a main clause: the main clause's subject speaks ("Tashkent resisted the
    /// project, arguing that …").
    private func participleClaim(
        _ verb: VerbMatch, _ form: String, _ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) -> ClaimDraft? {
        // "saying" reports speech with or without "that": "…, saying the deal was unfair".
        let lemma = lexicon.entries.verbs[verb.entry].lemma
        let saysAnything = lemma == "say" && verb.range.upperBound < sentence.count && sentence.tokens[verb.range.upperBound].isWord
        let describes = Self.describesAs.contains(lemma) && asFollows(verb.range.upperBound)
        // "…, telling listeners that …": the people told come before the clause.
        let tellsSomeone = lemma == "tell" && thatAfterPlaceOfSaying(verb.range.upperBound)
        guard verb.range.lowerBound > 1, sentence.ids[verb.range.lowerBound - 1] == words.comma,
              saysAnything || describes || tellsSomeone || introducesClause(verb.range.upperBound) else {
            return nil
        }
        var start = 0
        while start < sentence.count, words.determiners.contains(sentence.ids[start]) { start += 1 }
        guard let entity = matches.entity(startingAt: start), entity.ref.actorID != nil else { return nil }
        // "Some Russian commentators are less relaxed, warning that …": a group's role after the state.
        let subjectEnd = matches.role(startingAt: entity.range.upperBound)?.range.upperBound ?? entity.range.upperBound
        guard let speaker = resolver.phrase(endingAt: subjectEnd, registry: &registry, state: state, depth: 0) else { return nil }
        return ClaimDraft(speaker: speaker, cue: form, rule: "participle", quote: quotes.first)
    }

    /// Where the subject ends: before the auxiliaries and adverbs that precede the verb.
    private func leftOfVerb(_ start: Int) -> Int {
        var index = start
        while index > 0, sentence.isAdverb(index - 1) || words.auxiliaries.contains(sentence.ids[index - 1]) { index -= 1 }
        return index
    }

    /// "was said", "has been widely reported": a form of "be" right before the verb, adverbs aside.
    private func isPassive(_ verb: VerbMatch) -> Bool {
        var index = verb.range.lowerBound - 1
        while index >= 0, sentence.isAdverb(index) { index -= 1 }
        return index >= 0 && words.passiveAuxiliaries.contains(sentence.ids[index])
    }

    /// "It is said that…", "It has been reported that…": a claim whose speaker the text does not give.
    private func impersonalClaim(_ verb: VerbMatch, _ form: String) -> ClaimDraft? {
        let subjectEnd = leftOfVerb(verb.range.lowerBound)
        guard isPassive(verb), subjectEnd > 0,
              sentence.word(subjectEnd - 1) == "It" || sentence.word(subjectEnd - 1) == "it" else { return nil }
        return ClaimDraft(speaker: nil, cue: form, rule: "impersonal", quote: quotes.first, allowsUnknownSpeaker: true)
    }

    /// `“…,” said X`: the verb comes right after a closing quote (and perhaps a comma).
    private func followsQuote(_ verbStart: Int) -> Bool {
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
    private func isInsertedPronounCue(_ verb: VerbMatch) -> Bool {
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
    private func isSetOffByCommas(_ verb: VerbMatch) -> Bool {
        guard verb.range.lowerBound > 0, sentence.ids[verb.range.lowerBound - 1] == words.comma else { return false }
        let end = min(sentence.count, verb.range.upperBound + 7)
        return (verb.range.upperBound + 1..<max(end, verb.range.upperBound + 1)).contains { sentence.ids[$0] == words.comma }
    }

    // MARK: Framed attributions

    private func framedClaims(_ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState) -> [ClaimDraft] {
        var drafts: [ClaimDraft] = []
        let count = sentence.count
        for index in 0..<count {
            let id = sentence.ids[index]
            if words.according.contains(id), index + 2 < count, sentence.ids[index + 1] == words.to,
               !words.relatives.contains(sentence.ids[index + 2]) {
                let speaker = resolver.phrase(startingAt: index + 2, registry: &registry, state: state)
                drafts.append(ClaimDraft(speaker: speaker, cue: "according to", rule: "according-to", quote: quotes.first, allowsUnknownSpeaker: true))
            } else if words.possessivePronouns.contains(id), index >= 1, words.inWord.contains(sentence.ids[index - 1]), index + 1 < count,
                      words.viewNouns.contains(sentence.ids[index + 1]) {
                // "In her view": the person (or, for "their", the group) last mentioned.
                let wanted = resolver.pronounGender(id)
                let referent = sentence.word(index) == "their"
                    ? state.lastGroup : state.person(answering: wanted) { resolver.gender(of: $0, registry, state) }
                guard let referent else { continue }
                drafts.append(ClaimDraft(speaker: SpeakerResolver.Speaker(id: referent.id, text: sentence.word(index), range: index..<index + 1),
                                         cue: sentence.word(index + 1), rule: "in-x-view", quote: quotes.first))
            } else if index + 1 < count, words.possessivePronounsAnyCase.contains(id), words.possessiveSpeechNouns.contains(sentence.ids[index + 1]),
                      index == 0 || !words.inWord.contains(sentence.ids[index - 1]) {
                // "His warning that …", "Her argument is that …": the person (or, for "their", the group) last mentioned.
                let word = sentence.word(index).lowercased()
                let wanted = resolver.pronounGender(id)
                let referent = word == "their" ? state.lastGroup : state.person(answering: wanted) { resolver.gender(of: $0, registry, state) }
                guard let referent, thatFollows(index + 2) else { continue }
                drafts.append(ClaimDraft(speaker: SpeakerResolver.Speaker(id: referent.id, text: sentence.word(index), range: index..<index + 1),
                                         cue: sentence.word(index + 1), rule: "x-warning", quote: quotes.first))
            } else if id == words.possessive, index + 1 < count, isSpeechNoun(index + 1) {
                let isView = index >= 1 && startsWithIn(before: index)
                guard let speaker = resolver.phrase(endingAt: index, registry: &registry, state: state, depth: 0),
                      canHoldAView(speaker, registry) else { continue }
                drafts.append(ClaimDraft(speaker: speaker, cue: sentence.word(index + 1), rule: isView ? "in-x-view" : "x-warning", quote: quotes.first))
            } else if isSpeechNoun(index), index + 2 < count, ["of", "from", "by"].contains(sentence.word(index + 1)),
                      index == 0 || sentence.ids[index - 1] != words.possessive {
                var start = index + 2
                if sentence.isLowercaseWord(start), start + 1 < count, matches.entity(startingAt: start + 1) != nil { start += 1 }
                guard let speaker = resolver.phrase(startingAt: start, registry: &registry, state: state),
                      isPersonOrGroup(speaker, registry) else { continue }
                let isView = words.viewNouns.contains(sentence.ids[index]) && index >= 2 && words.inWord.contains(sentence.ids[index - 2])
                drafts.append(ClaimDraft(speaker: speaker, cue: sentence.word(index), rule: isView ? "in-x-view" : "x-warning", quote: quotes.first))
            }
        }
        if let putIt = asXPutIt(resolver, &registry, state) { drafts.append(putIt) }
        if count > 3, sentence.ids[0] == words.forWord, sentence.ids[2] == words.comma, Self.objectPronounsForViews.contains(sentence.word(1)) {
            // "For her, the real test is …": the person (or, for "them", the group) last mentioned.
            let referent = sentence.word(1) == "them" ? state.lastGroup
                : state.person(answering: sentence.word(1) == "her" ? .female : .male) { resolver.gender(of: $0, registry, state) }
            if let referent {
                drafts.append(ClaimDraft(speaker: SpeakerResolver.Speaker(id: referent.id, text: sentence.word(1), range: 1..<2),
                                         cue: "For", rule: "for-x", quote: quotes.first))
            }
        }
        if count > 2, sentence.ids[0] == words.forWord, let comma = (1..<min(count, 14)).first(where: { sentence.ids[$0] == words.comma }),
           let speaker = resolver.phrase(endingAt: comma, registry: &registry, state: state, depth: 0),
           isPersonOrGroup(speaker, registry) || namesAGovernment(speaker) {
            drafts.append(ClaimDraft(speaker: speaker, cue: "For", rule: "for-x", quote: quotes.first))
        }
        return drafts
    }

    /// "As Keiko Morimoto put it, …", "…, as one diplomat put it.": the phrase between "as" and "put it" speaks.
    private func asXPutIt(_ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState) -> ClaimDraft? {
        guard sentence.ids.contains(words.put), let put = (2..<max(2, sentence.count - 1)).first(where: { sentence.ids[$0] == words.put && sentence.ids[$0 + 1] == words.it }),
              let asIndex = (max(0, put - 20)..<put).last(where: { words.asWord.contains(sentence.ids[$0]) }), asIndex + 1 < put,
              let speaker = resolver.phrase(endingAt: put, registry: &registry, state: state, depth: 0), speaker.range.lowerBound == asIndex + 1
                  || (asIndex + 1..<speaker.range.lowerBound).allSatisfy({ words.determiners.contains(sentence.ids[$0]) })
        else { return nil }
        return ClaimDraft(speaker: speaker, cue: "put it", rule: "as-x-put-it", quote: quotes.first)
    }

    /// "that" right after a speech noun, or after "is" or "was": "His warning that …", "Her argument was that …".
    private func thatFollows(_ index: Int) -> Bool {
        guard index < sentence.count else { return false }
        if sentence.ids[index] == words.that { return true }
        return index + 1 < sentence.count && ["is", "was"].contains(sentence.word(index)) && sentence.ids[index + 1] == words.that
    }

    /// A capital or a metonym stands for a government's view ("For Tehran, …"); a country's name after
    /// "For" usually means its interests ("For Kazakhstan, the route matters").
    private func namesAGovernment(_ speaker: SpeakerResolver.Speaker) -> Bool {
        guard let entity = matches.entity(startingAt: speaker.range.lowerBound), entity.range == speaker.range else { return false }
        return entity.rule == "capital" || entity.rule == "metonym"
    }

    private func isSpeechNoun(_ index: Int) -> Bool {
        words.possessiveSpeechNouns.contains(sentence.ids[index]) || words.viewNouns.contains(sentence.ids[index])
    }

    private func startsWithIn(before possessive: Int) -> Bool {
        var index = possessive - 1
        while index >= 0, possessive - index <= 5 {
            if words.inWord.contains(sentence.ids[index]) { return true }
            index -= 1
        }
        return false
    }

    private func isPersonOrGroup(_ speaker: SpeakerResolver.Speaker, _ registry: borrowing EntityRegistry) -> Bool {
        guard let id = speaker.id, let kind = registry.kind(ofActor: id) else { return false }
        return kind == .person || kind == .group
    }

    /// People, groups and bodies have warnings and arguments of their own ("the IMF's warning that …"); a state's
    /// is usually the author's shorthand.
    private func canHoldAView(_ speaker: SpeakerResolver.Speaker, _ registry: borrowing EntityRegistry) -> Bool {
        guard let id = speaker.id, let kind = registry.kind(ofActor: id) else { return false }
        return kind == .person || kind == .group || kind == .organization
    }

    private func quoteWordCount(_ quote: QuoteSpan) -> Int {
        let range = quote.start..<min(max(quote.start, quote.end), sentence.bytes.count)
        return WordCounter.count(sentence.bytes, range)
    }
}
