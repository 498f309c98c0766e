import DossierModel

// Reporting verbs used for something other than a statement: seeing an event, a silence, laying claim to a thing,
// asking for anonymity. They pass every test of form a cue must pass, so they are told apart by what follows them.
extension ClaimFinder {
    /// Whether the verb, for all its form, states nothing its subject holds.
    func statesNothing(_ lemma: String, _ verb: VerbMatch, _ form: String, _ registry: borrowing EntityRegistry) -> Bool {
        let next = verb.range.upperBound
        if announcesADifferentView(after: next) || isCausedToSpeak(verb, form, lemma) || isMerelyPossible(verb, form, lemma) { return true }
        switch lemma {
        case "see": return seesAnEvent(verb, form, registry)
        case "say": return saysNothing(after: next)
        case "claim": return claimsAPossession(after: next)
        case "ask": return asksForAnonymity(after: next)
        default: return false
        }
    }

    /// "the decision would let Chad assert its sovereignty", "will help Kazakhstan argue that …": a verb in its base form
    /// after "let", "help" or "make" and whoever they move says what someone is enabled to do, not what they said.
    private func isCausedToSpeak(_ verb: VerbMatch, _ form: String, _ lemma: String) -> Bool {
        guard form == lemma, verb.range.lowerBound >= 2 else { return false }
        let subject = matches.entity(endingAt: verb.range.lowerBound - 1)?.range ?? matches.role(endingAt: verb.range.lowerBound - 1)?.range
        guard let subject, subject.lowerBound >= 1 else { return false }
        return Self.causatives.contains(sentence.word(subject.lowerBound - 1))
    }

    /// "since Doumbouya can now present the railway as …", "Moscow could argue that …": what someone is able to say is
    /// not what they said.
    private func isMerelyPossible(_ verb: VerbMatch, _ form: String, _ lemma: String) -> Bool {
        guard form == lemma else { return false }
        var before = verb.range.lowerBound - 1
        if before >= 0, sentence.isAdverb(before) || sentence.word(before) == "now" || sentence.word(before) == "still" { before -= 1 }
        return before >= 0 && Self.modalsOfAbility.contains(sentence.word(before))
    }

    private static let modalsOfAbility: WordSet = ["can", "could", "may", "might"]

    private static let causatives: WordSet = [
        "let", "lets", "letting", "help", "helps", "helped", "helping", "make", "makes", "made", "making",
    ]

    /// "the largest protest wave Serbia has seen", "Moscow saw this coming", "Lee saw Takaichi on 30 October": what was
    /// witnessed, foreseen or met is no view. "seen" reports none in the gold files at all.
    private func seesAnEvent(_ verb: VerbMatch, _ form: String, _ registry: borrowing EntityRegistry) -> Bool {
        if form == "seen" { return true }
        let object = verb.range.upperBound
        if let person = matches.entity(startingAt: object)?.ref.actorID, registry.kind(ofActor: person) == .person { return true }
        return (object..<min(object + 4, sentence.count)).contains { sentence.word($0) == "coming" }
    }

    /// "Chinese officials see it differently.", "Moscow reads that clause differently.": the view is only announced, and
    /// the sentences after it give it. Gold files list none of the 11 such sentences as a claim.
    private func announcesADifferentView(after start: Int) -> Bool {
        var index = start
        while index < sentence.count, index - start < 4, sentence.word(index) != "differently" { index += 1 }
        return index + 1 < sentence.count && sentence.word(index) == "differently" && sentence.ids[index + 1] == words.period
    }

    /// "Moscow has said little publicly", "Beijing has said almost nothing in public", "the Tajik side has said even
    /// less": a silence reported is no claim.
    private func saysNothing(after start: Int) -> Bool {
        var index = start
        while index < sentence.count, index - start < 2, Self.silenceDegrees.contains(sentence.word(index)) { index += 1 }
        return index < sentence.count && Self.silenceWords.contains(sentence.word(index))
    }

    private static let silenceDegrees: WordSet = ["almost", "very", "far", "even", "much", "remarkably", "conspicuously", "next", "to"]
    private static let silenceWords: WordSet = ["little", "nothing", "less"]

    /// "claimed credit for the truce", "claims most of the Spratlys", "the territory Morocco claims", "waters Venezuela
    /// claims as its own": laying claim to something is no statement.
    private func claimsAPossession(after start: Int) -> Bool {
        guard start < sentence.count else { return true }
        var index = start
        if ["a", "the"].contains(sentence.word(index)), index + 1 < sentence.count { index += 1 }
        return Self.claimedThings.contains(sentence.word(index)) || !sentence.tokens[start].isWord || Self.noObjectAfterClaim.contains(sentence.word(start))
    }

    private static let claimedThings: WordSet = [
        "credit", "victory", "sovereignty", "ownership", "rights", "most", "share", "largest", "genuine", "title", "seat", "territory",
        "waters", "part", "all",
    ]
    private static let noObjectAfterClaim: WordSet = ["as", "under", "and", "over"]

    /// "a senior Omani diplomat, who asked not to be named": how a source stays anonymous is no claim of theirs.
    private func asksForAnonymity(after start: Int) -> Bool {
        start + 3 < sentence.count && sentence.word(start) == "not" && sentence.word(start + 1) == "to" && sentence.word(start + 2) == "be"
    }
}
