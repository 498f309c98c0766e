import DossierModel

// What a source calls something, said in a relative clause: "in what it called its most sweeping sanctions yet".
extension ClaimFinder {
    /// "which Norwegian officials called needlessly provocative", "what rights groups call extraditions in all but name",
    /// "what the agency described as a patrol": the source between "what" or "which" and "call" (or "describe … as")
    /// judges the thing the clause stands for. Only where the sentence holds no other claim, since a cue that reports the
    /// clause around it ("warned that Russia will defend what it calls its rights") says more; and not when what follows
    /// is a name ("which Baku calls the Zangezur corridor"), which only says what a place or a plan is called.
    func relativeCallClaim(_ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState) -> ClaimDraft? {
        for verb in matches.verbs where Self.namingLemmas.contains(lexicon.entries.verbs[verb.entry].lemma) && !sentence.text(verb.range).hasSuffix("ing") {
            let start = verb.range.lowerBound
            // "what Astana likes to call a multi-vector policy": a habit of naming, not a verdict.
            if start > 0, sentence.ids[start - 1] == words.to { continue }
            // "in what the agency described as a “rights enforcement patrol”": "describe" judges through "as".
            var judgement = verb.range.upperBound
            if lexicon.entries.verbs[verb.entry].lemma == "describe" {
                guard judgement + 1 < sentence.count, sentence.word(judgement) == "as" else { continue }
                judgement += 1
            }
            guard let relative = (max(0, start - 6)..<start).last(where: { Self.relativeWords.contains(sentence.word($0)) }),
                  !(relative + 1..<start).contains(where: { sentence.ids[$0] == words.comma || matches.owners[$0].verb >= 0 }),
                  judgementFollows(judgement) else { continue }
            var speaker: SpeakerResolver.Speaker?
            // "Islamabad celebrates what it calls a victory": "it" or "they" there is the sentence's subject, if it has one;
            // "he" and "she" are whoever they are anywhere else.
            let pronoun = start - 1
            if pronoun > relative, sentence.ids[pronoun] == words.it || words.pronounsPlural.contains(sentence.ids[pronoun]),
               let subject = openingSubject(before: relative, resolver, &registry, state), subject.id != nil {
                speaker = SpeakerResolver.Speaker(id: subject.id, text: sentence.word(pronoun), range: pronoun..<start)
            } else {
                speaker = resolver.subject(before: start, registry: &registry, state: state)
            }
            guard let speaker, speaker.range.lowerBound > relative, !isDenied(speaker) else { continue }
            return ClaimDraft(speaker: speaker, cue: sentence.text(verb.range), rule: "relative-call", quote: quotes.first)
        }
        return nil
    }

    private static let relativeWords: WordSet = ["what", "which"]
    private static let namingLemmas: WordSet = ["call", "describe"]

    /// A verdict or a description after "called": not a name ("Bajo de Masinloc", "the Zangezur corridor", "Operation
    /// Midnight Hammer"), nor a label that counts or dates what it names ("the four political documents", "the 2023
    /// debt deferral agreement", "the two-level government model"), nor "call for", "call on" and the like.
    private func judgementFollows(_ index: Int) -> Bool {
        var index = index
        while index < sentence.count, sentence.isAdverb(index) { index += 1 }
        guard index + 1 < sentence.count, !Self.callParticles.contains(sentence.word(index)) else { return false }
        let named = words.the.contains(sentence.ids[index]) || sentence.word(index) == "its" ? index + 1 : index
        // "Beijing's failure to stem the flow": a possessive name opens a description.
        if sentence.tokens[named].isCapitalised && sentence.ids[min(named + 1, sentence.count - 1)] != words.possessive { return false }
        return !(named..<min(named + 4, sentence.count)).contains {
            matches.entity(startingAt: $0)?.ref.frameworkID != nil || sentence.tokens[$0].isNumber || NumberWords.isPlural(sentence.word($0))
        }
    }

    private static let callParticles: WordSet = ["for", "on", "off", "up", "in", "it", "them", "him", "her", "this", "that", "back"]
}
