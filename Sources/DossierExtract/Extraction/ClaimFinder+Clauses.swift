import DossierModel

// Whether what follows a reporting verb is something said: a clause, a quotation, "as …", a charge, a bare
// belief clause.
extension ClaimFinder {
    /// Verbs that report speech only when a clause or quotation follows: "Russia maintains that …" is a
    /// claim, "Russia maintains considerable leverage" is not.
    static let needsClause: WordSet = [
        "maintain", "add", "observe", "protest", "state", "call", "report", "recall", "signal", "indicate", "answer",
        "question", "mention", "hint", "object", "welcome", "praise", "confirm", "promise", "pledge", "threaten", "ask",
        "agree", "disagree", "consider", "expect", "fear", "hope", "feel", "assume", "anticipate", "calculate",
        "estimate", "recognise", "recognize", "suspect", "doubt", "reveal", "reply", "respond", "comment", "highlight",
        "underline", "underscore", "think", "announce", "declare", "describe", "publish", "post", "write", "float", "float the idea",
        "stress", "emphasize", "emphasise", "assure", "brief", "frame", "portray", "inform", "notify",
        "characterize", "characterise", "view", "regard", "interpret", "perceive", "present", "make clear", "conclude",
        "find", "show", "counter", "apologise", "apologize", "rule", "read", "dismiss", "urge", "demand", "wonder",
        "liken", "cast", "tout", "pitch", "bill", "depict", "paint", "market", "accept", "tease", "clarify",
    ]

    /// "every accusation", "that reading": what is rejected is something said or a view of things.
    func rejectsAClaim(_ start: Int) -> Bool {
        var index = start
        if index < sentence.count, Self.claimDeterminers.contains(sentence.word(index)) { index += 1 }
        // "rejects the debt-trap narrative": a modifier or two, hyphens joining them, may say what the claim is about.
        let modifiers = index
        while index < sentence.count, index - modifiers < 4, !Self.claimNouns.contains(sentence.word(index)),
              sentence.isLowercaseWord(index) && !words.groupBoundaries.contains(sentence.ids[index]) && !words.determiners.contains(sentence.ids[index])
                || sentence.ids[index] == words.hyphen && sentence.touches(index - 1, index) {
            index += 1
        }
        return index < sentence.count && Self.claimNouns.contains(sentence.word(index))
    }

    /// "rejected the map as legally void": within a few words of the object, before any comma, an "as" that says what the
    /// thing rejected is; not "as well", "as soon as" or "as part of".
    func rejectsAsSomething(_ start: Int) -> Bool {
        var index = start
        while index + 1 < sentence.count, index - start < 8, sentence.ids[index] != words.comma, sentence.ids[index] != words.period {
            if words.asWord.contains(sentence.ids[index]) { return !Self.asIdioms.contains(sentence.word(index + 1)) }
            index += 1
        }
        return false
    }

    private static let asIdioms: WordSet = ["well", "soon", "long", "much", "far", "part", "recently", "early", "late", "of", "if", "though"]

    private static let claimDeterminers: WordSet = ["the", "every", "any", "all", "such", "these", "those", "this", "that", "its", "their"]
    /// Nouns for something said or a way of seeing things.
    private static let claimNouns: WordSet = [
        "accusation", "accusations", "claim", "claims", "charge", "charges", "allegation", "allegations", "report", "reports",
        "criticism", "suggestion", "suggestions", "idea", "notion", "assertion", "assertions", "comparison", "comparisons",
        "characterisation", "characterization", "label", "narrative", "premise", "framing", "picture", "view", "reading",
        "interpretation", "assessment", "argument",
    ]

    /// Verbs of condemning and blaming, which report a stance whatever follows them ("Azerbaijani officials blamed Russian
    /// air defences"); they are not in `needsClause`.
    static let stanceVerbs: WordSet = ["condemn", "denounce", "criticise", "criticize", "accuse", "blame", "reject"]

    static let objectPronouns: WordSet = ["it", "them", "him", "her", "this"]

    /// "put it more bluntly: “…”", "put the bill at roughly €3.5 billion": saying something in one's own words, or
    /// giving a figure.
    func putsItOrAFigure(_ start: Int) -> Bool {
        guard start < sentence.count else { return false }
        if sentence.ids[start] == words.it {
            var index = start + 1
            while index < sentence.count, index - start <= 4, sentence.isLowercaseWord(index) { index += 1 }
            return index < sentence.count && (sentence.ids[index] == words.colon || sentence.tokens[index].flags.contains(.openQuote))
        }
        var index = start
        while index + 1 < sentence.count, index - start < 8, sentence.ids[index] != words.comma, sentence.ids[index] != words.period {
            // "at 36 howitzers", "at between $5bn and $6bn": a figure within a few words, however written.
            if sentence.word(index) == "at", (index + 1..<min(index + 4, sentence.count)).contains(where: { Bytes.isDigit(sentence.bytes[sentence.tokens[$0].start]) }) {
                return true
            }
            index += 1
        }
        return false
    }

    /// Verbs that say something by weighting it: "stressed the need for restraint", "underlined the conclave's value".
    static let emphasisVerbs: WordSet = ["stress", "emphasize", "emphasise", "underline", "underscore", "highlight", "reiterate"]

    /// "reported a marked fall in re-exports", "reported just under 38 million": what a source reported finding is its
    /// claim as much as a clause would be; "reported to the minister" says only to whom.
    func reportsAFinding(_ start: Int) -> Bool {
        guard start < sentence.count else { return false }
        let token = sentence.tokens[start]
        return token.isNumber || words.singularArticles.contains(token.id) || opensObject(start)
    }

    /// "urged restraint on both sides", "urged calm": what is urged, with no one named, is the claim.
    func urgesABareNoun(_ start: Int) -> Bool {
        start < sentence.count && !words.determiners.contains(sentence.ids[start]) && opensObject(start)
    }

    /// "demanded a full investigation", "demanded the withdrawal of …": what is demanded, opened by an article or a
    /// possessive, is the demand.
    func demandsSomething(_ start: Int) -> Bool {
        start + 1 < sentence.count && Self.demandOpeners.contains(sentence.word(start)) && opensObject(start + 1)
    }

    private static let demandOpeners: WordSet = ["a", "an", "the", "its", "their", "his", "her"]

    /// A lower-case word that can open the verb's object: no preposition, pronoun or verb of its own.
    private func opensObject(_ index: Int) -> Bool {
        sentence.isLowercaseWord(index) && !Self.notFindings.contains(sentence.word(index)) && matches.owners[index].verb < 0
    }

    private static let notFindings: WordSet = [
        "to", "on", "in", "back", "for", "from", "by", "at", "with", "directly", "that", "this", "it", "him", "her", "them", "its",
    ]

    /// "the importance of", "the conclave's value", "Moscow's commitment to": an abstract noun a few words into the object.
    func stressesAnAbstraction(_ start: Int) -> Bool {
        guard start < sentence.count, words.the.contains(sentence.ids[start]) || words.possessivePronouns.contains(sentence.ids[start])
                || matches.entity(startingAt: start) != nil else { return false }
        for index in start + 1..<min(start + 5, sentence.count) {
            if sentence.ids[index] == words.comma || sentence.ids[index] == words.period { return false }
            if Self.abstractNouns.contains(sentence.word(index)) { return true }
        }
        return false
    }

    static let abstractNouns: WordSet = [
        "need", "importance", "value", "role", "necessity", "commitment", "readiness", "significance", "urgency", "priority",
        "determination", "willingness", "centrality", "primacy",
    ]

    /// Verbs that name whom they address before the clause: "assured his hosts that", "reminded Brussels that".
    static let tellsSomeone: WordSet = ["assure", "remind", "warn", "inform", "notify", "convince", "persuade", "promise", "brief", "caution"]

    /// Endings that mark an English adjective well enough to tell "called the move provocative" from "called the
    /// meeting to order".
    static let adjectiveEndings = ["ive", "ous", "ble", "ful", "less", "ic", "ical", "ate", "ent", "ant", "ary", "ist"]
    /// Words after "the" that make the time of a call, not what someone was called: "called Aliyev the next day".
    static let callTimeWords: WordSet = ["next", "same", "following", "previous", "day", "week", "evening", "morning", "night"]

    /// Short adjectives of verdict no ending gives away: "called the ruling null and void".
    static let verdicts: WordSet = [
        "null", "void", "illegal", "invalid", "unlawful", "wrong", "false", "over", "dead", "final", "unsafe", "unprofessional",
        "unfair", "unjust", "absurd", "premature", "untrue", "fake", "legal", "unconstitutional", "political", "unilateral",
        "irrational", "routine", "normal",
    ]

    /// Verbs that report a view through "X as Y": "described the corridor as a hedge".
    static let describesAs: WordSet = [
        "describe", "characterize", "characterise", "portray", "frame", "view", "regard", "see", "call", "present", "dismiss",
        "read", "condemn", "denounce", "brand", "hail", "cast", "tout", "pitch", "bill", "depict", "paint", "market", "praise",
        "welcome", "float",
    ]

    /// Verbs that report a charge, a verdict or an expectation through a word past their object: "accused
    /// ECOWAS of serving foreign powers", "expects the competition to intensify".
    static let chargesWith: WordMap<String> = [
        "accuse": "of", "criticize": "for", "criticise": "for", "praise": "for", "condemn": "for", "blame": "for",
        "expect": "to", "urge": "to", "liken": "to",
    ]

    /// The charge's preposition a few words after the verb, past its object.
    func chargeFollows(_ preposition: String, _ start: Int) -> Bool {
        var index = start
        while index < sentence.count, index - start < 6 {
            if sentence.ids[index] == words.period || sentence.ids[index] == words.comma { return false }
            if sentence.isLowercaseWord(index), sentence.word(index) == preposition { return index > start }
            index += 1
        }
        return false
    }

    /// "calls the method “bamboo diplomacy”": naming a concept, which the name finder took, is no claim.
    func namesAConcept(after start: Int) -> Bool {
        (start..<min(start + 5, sentence.count)).contains { matches.entity(startingAt: $0)?.rule == "framework-quoted" }
    }

    /// "called the appointment a normal rotation", "called it “a blow”": an object, then "a" or "an" starting what it
    /// was called.
    func calledSomethingSomething(_ start: Int) -> Bool {
        var index = start
        while index < sentence.count, index - start < 6 {
            let word = sentence.word(index)
            if sentence.ids[index] == words.comma || sentence.ids[index] == words.period { return false }
            if (word == "a" || word == "an" || sentence.tokens[index].flags.contains(.openQuote)) && index > start { return true }
            // "called Kazakhstan one of its most important partners".
            if word == "one", index > start, index + 1 < sentence.count, sentence.ids[index + 1] == words.of { return true }
            // "called the pour the official start of construction", "called Rogun the construction of the century": "the"
            // after an object of its own, a noun phrase or a name.
            if word == "the", index > start + 1, words.the.contains(sentence.ids[start]) { return true }
            // "called Lukashenko the next day" is a telephone call.
            if word == "the", index > start, matches.entity(endingAt: index - 1)?.range.lowerBound == start, index + 1 < sentence.count,
               !Self.callTimeWords.contains(sentence.word(index + 1)) {
                return true
            }
            // "called the comments offensive", "called the reserve illegitimate", "declared the snapback legally null": an
            // adjective after the object.
            if index > start + 1, sentence.isLowercaseWord(index), !words.determiners.contains(sentence.ids[index - 1]),
               Self.adjectiveEndings.contains(where: word.hasSuffix) || Self.verdicts.contains(word) || verdictParticiple(at: index) { return true }
            // A verb's form after an article is a noun: "called the launch a historic moment".
            let isNoun = words.determiners.contains(sentence.ids[index - 1])
            if index > start, !isNoun, matches.owners[index].verb >= 0 || Self.finiteVerbs.contains(word) { return false }
            index += 1
        }
        return false
    }

    /// "called the measure politically motivated", "called the charges fabricated": a participle that an adverb in
    /// "-ly" leads, or that ends the clause, is what the object was called, not a verb of its own.
    private func verdictParticiple(at index: Int) -> Bool {
        guard sentence.endsWith(index, "ed") else { return false }
        if sentence.isLowercaseWord(index - 1), sentence.endsWith(index - 1, "ly") { return true }
        return index + 1 == sentence.count || sentence.ids[index + 1] == words.comma || sentence.ids[index + 1] == words.period
    }

    /// "Traders in Dandong describe a gradual loosening", "Ukrainian commanders described North Korean infantry advancing":
    /// what a source describes is their account, with or without "as"; "the deal was described" and "easy to describe"
    /// have no object.
    func describesAnObject(_ start: Int) -> Bool {
        guard start < sentence.count, sentence.tokens[start].isWord, !Self.notObjects.contains(sentence.word(start)) else { return false }
        return start < 2 || sentence.ids[start - 2] != words.to
    }

    /// Words after "described" that open no object: "described by", "described in detail".
    private static let notObjects: WordSet = ["by", "as", "in", "to", "at", "with"]

    func asFollows(_ start: Int) -> Bool {
        var index = start
        while index < sentence.count, index - start < 12 {
            if words.asWord.contains(sentence.ids[index]) { return true }
            if sentence.ids[index] == words.period { return false }
            index += 1
        }
        return false
    }

    /// "that", a quotation, a colon or a comma right after the verb (adverbs aside), or "to" + verb for "told".
    func introducesClause(_ start: Int) -> Bool {
        var index = start
        while index < sentence.count, sentence.isAdverb(index) { index += 1 }
        // A pronoun object before a quotation: "called it “a real big deal.”"
        if index + 1 < sentence.count, Self.objectPronouns.contains(sentence.word(index)),
           sentence.tokens[index + 1].flags.contains(.openQuote) { index += 1 }
        // "has maintained since 2018 that …", "said in 2024 that …": a year after a preposition of time is when ("since"
        // reads as an adverb above).
        if index + 2 < sentence.count, sentence.word(index) == "in", sentence.fourDigitNumber(index + 1) != nil {
            index += 2
        } else if index > start, index + 1 < sentence.count, sentence.word(index - 1) == "since", sentence.fourDigitNumber(index) != nil {
            index += 1
        }
        // "predicted last month that …", "stressed last October that …": when it was said stands between the verb and its
        // clause.
        if index + 2 < sentence.count, Self.timeDeterminers.contains(sentence.word(index)),
           Self.timeNouns.contains(sentence.word(index + 1)) || CalendarNames.months[sentence.word(index + 1)] != nil {
            index += 2
        } else if index + 3 < sentence.count, sentence.word(index) == "the", Self.relativeTimeWords.contains(sentence.word(index + 1)),
                  Self.timeNouns.contains(sentence.word(index + 2)) {
            // "announced the next day that …", "said the same week that …".
            index += 3
        }
        guard index < sentence.count else { return false }
        let token = sentence.tokens[index]
        if token.id == words.comma, index + 1 < sentence.count, Self.insertedPhraseOpeners.contains(sentence.word(index + 1)) {
            // "agreed, during Ishiba's visit to Manila, to begin talks": past the inserted phrase, a clause must still follow.
            var close = index + 1
            while close < sentence.count, close - index < 14, sentence.ids[close] != words.comma { close += 1 }
            return close + 1 < sentence.count && sentence.ids[close] == words.comma && introducesClause(close + 1)
        }
        if token.flags.contains(.openQuote) || token.id == words.colon || token.id == words.comma { return true }
        let word = sentence.word(index)
        if Self.placeOfSaying.contains(word) { return thatAfterPlaceOfSaying(index + 1) }
        return Self.clauseOpeners.contains(word)
    }

    static let clauseOpeners: WordSet = ["that", "how", "whether", "why", "what"]
    /// Words that open a phrase set off by commas after a verb: "agreed, during the visit, to …".
    static let insertedPhraseOpeners: WordSet = [
        "during", "in", "on", "at", "after", "before", "when", "while", "under", "amid", "despite", "following", "with",
    ]
    static let timeDeterminers: WordSet = ["last", "this", "next", "that", "each", "every"]
    static let timeNouns: WordSet = [
        "week", "month", "year", "spring", "summer", "autumn", "fall", "winter", "weekend", "time", "day", "morning", "evening",
    ]
    static let relativeTimeWords: WordSet = ["next", "following", "same", "previous"]

    /// Prepositions that say where or to whom something was said: "wrote on his Telegram channel that",
    /// "posted on X that", "told reporters in Brussels that".
    static let placeOfSaying: WordSet = ["on", "in", "to", "at", "via", "during", "before"]

    /// "that" within a few words after the preposition (or the people told), before any comma or stop.
    func thatAfterPlaceOfSaying(_ start: Int) -> Bool {
        var index = start
        while index < sentence.count, index - start < 10 {
            if sentence.ids[index] == words.comma || sentence.ids[index] == words.period { return false }
            if sentence.ids[index] == words.that { return index > start }
            index += 1
        }
        return false
    }

    /// "thinks the real danger lies in Tokyo": after a verb of belief, a present tense ending in -s right after a noun or
    /// a name, within a few words and before any comma, is the clause's verb.
    func presentTenseClauseFollows(_ start: Int) -> Bool {
        // The clause's subject opens with an article or a name: "thinks the …", not "would think far harder".
        guard start < sentence.count, words.determiners.contains(sentence.ids[start]) || sentence.tokens[start].isCapitalised else { return false }
        var index = start + 1
        while index + 1 < sentence.count, index - start < 8 {
            let id = sentence.ids[index]
            if id == words.comma || id == words.period || id == words.that { return false }
            // "thinks Indian discussion of the talks often misreads Bhutan": the verb may take a name as its object.
            if sentence.isLowercaseWord(index), sentence.endsWith(index, "s", longerThan: 3),
               !words.determiners.contains(sentence.ids[index - 1]), sentence.tokens[index - 1].isWord,
               sentence.isLowercaseWord(index + 1) || words.determiners.contains(sentence.ids[index + 1])
                || sentence.isAdverb(index - 1) && sentence.tokens[index + 1].isCapitalised {
                return true
            }
            index += 1
        }
        return false
    }

    /// Verbs of belief, which a bare clause in the present tense completes.
    static let beliefVerbs: WordSet = ["think", "believe", "suspect", "reckon", "doubt"]

    /// "expect little movement before the election", "expects about 500,000 tonnes a year by 2030": a forecast named
    /// by a noun phrase, a quantity or a determiner opening it; not "expected" as a participle ("the expected deal").
    func expectsSomething(_ start: Int) -> Bool {
        guard start < sentence.count, sentence.isLowercaseWord(start) || sentence.tokens[start].isNumber else { return false }
        let word = sentence.word(start)
        return Self.forecastOpeners.contains(word) || sentence.tokens[start].isNumber
    }

    private static let forecastOpeners: WordSet = [
        "a", "an", "little", "more", "less", "further", "some", "no", "about", "around", "roughly", "nearly", "at", "another",
        "growth", "delays", "progress", "movement",
    ]

    /// A clause without "that": "Some observers suspect the pledges will go nowhere." A modal or a
    /// form of "be" or "have" follows the clause's subject within a few words, before any comma.
    func bareClauseFollows(_ start: Int) -> Bool {
        guard start < sentence.count, sentence.tokens[start].isWord, !Self.placeOfSaying.contains(sentence.word(start)),
              matches.owners[start].verb < 0 else { return false }
        // "said China opposed construction …": a name or a pronoun and a past tense right after it.
        // "said his government saw no contradiction": an owner's pronoun and a noun or two make a subject too.
        let subjectEnd = matches.entity(startingAt: start)?.range.upperBound
            ?? (words.pronounsSingular.contains(sentence.ids[start]) || words.pronounsPlural.contains(sentence.ids[start]) ? start + 1 : nil)
            ?? possessedSubjectEnd(from: start)
        if let subjectEnd, subjectEnd < sentence.count, sentence.isLowercaseWord(subjectEnd),
           sentence.endsWith(subjectEnd, "ed", longerThan: 3) || Self.irregularPasts.contains(sentence.word(subjectEnd)) {
            return true
        }
        var index = start + 1
        while index < sentence.count, index - start < 7 {
            if sentence.ids[index] == words.comma || sentence.ids[index] == words.period { return false }
            if Self.finiteVerbs.contains(sentence.word(index)) { return true }
            index += 1
        }
        return false
    }

    /// "his government", "their ministry": where such a subject ends.
    private func possessedSubjectEnd(from start: Int) -> Int? {
        guard words.possessivePronouns.contains(sentence.ids[start]) || sentence.word(start) == "its" else { return nil }
        var end = start + 1
        while end < sentence.count, end - start <= 2, sentence.isLowercaseWord(end), matches.owners[end].verb < 0,
              !sentence.endsWith(end, "ed", longerThan: 3), !Self.irregularPasts.contains(sentence.word(end)) {
            end += 1
        }
        return end > start + 1 ? end : nil
    }

    /// Past tenses without "-ed" that open a reported clause: "said China saw no contradiction".
    static let irregularPasts: WordSet = [
        "saw", "knew", "thought", "felt", "found", "took", "made", "gave", "kept", "held", "meant", "did", "got", "came",
        "went", "became", "sought", "told", "left", "lost", "won", "paid", "sold", "bought", "brought",
        "stood", "grew", "fell", "rose", "ran", "began", "led", "met", "built", "drew", "spent", "sent", "understood", "chose",
        "broke", "wrote", "spoke", "fought", "struck", "withdrew", "forgot", "hid", "overtook", "undertook",
    ]

    static let finiteVerbs: WordSet = [
        "will", "would", "could", "can", "may", "might", "should", "must", "is", "are", "was", "were", "has", "have", "had",
    ]

    /// Verbs of asserting that report a clause without "that" as often as with it: "and claimed Iran would block it".
    static let assertingVerbs: WordSet = ["claim", "insist", "argue", "boast", "admit", "concede", "contend", "acknowledge", "warn"]

    /// Verbs of belief, announcing and promising whose clause often goes without "that": "announced it would upgrade".
    static let bareClauseVerbs: WordSet = [
        "believe", "think", "suspect", "fear", "expect", "hope", "feel", "assume", "doubt", "reckon",
        "announce", "confirm", "indicate", "signal", "promise", "pledge", "add", "state", "predict", "reveal", "stress",
        "emphasise", "emphasize",
    ]

    /// "called for calm", "called on Pyongyang to cancel the launch": a demand. Without a "to" after it, "called on her"
    /// is a visit.
    func callsForSomething(_ index: Int) -> Bool {
        guard index + 1 < sentence.count, sentence.tokens[index + 1].isWord else { return false }
        switch sentence.word(index) {
        case "for": return true
        case "on", "upon": return (index + 2..<min(sentence.count, index + 8)).contains { sentence.ids[$0] == words.to }
        default: return false
        }
    }
}
