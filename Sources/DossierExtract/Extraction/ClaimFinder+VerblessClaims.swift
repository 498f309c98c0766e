import DossierModel

// Claims no reporting verb cues: a quotation a colon introduces, and how sure a source is of a "that" clause.
extension ClaimFinder {
    /// "A Chinese foreign ministry spokesperson kept the answer short: “…”", "A senior Gulf official was blunter: “…”": a
    /// quotation after a colon is the words of the source that opens the sentence, whatever the short clause between says.
    func quoteIntroducedByColon(
        _ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) -> ClaimDraft? {
        guard let quote = quotes.first, quote.sentence == index,
              let opening = sentence.tokens.firstIndex(where: { $0.end == quote.start }), opening >= 3, sentence.ids[opening - 1] == words.colon
        else { return nil }
        // "Speaking privately, a senior official gave a franker account: …": past a participle's phrase that opens the sentence.
        var start = 0
        if let comma = (0..<opening - 1).last(where: { sentence.ids[$0] == words.comma }) {
            let opensWithParticiple = sentence.endsWith(0, "ing", longerThan: 4) || sentence.endsWith(0, "ed", longerThan: 3)
            guard opensWithParticiple || sentence.isAdverb(0), !(0..<comma).contains(where: { sentence.ids[$0] == words.comma }) else { return nil }
            start = comma + 1
        }
        guard opening - start <= Self.longestColonLead, let subjectEnd = openingSourceEnd(from: start, before: opening - 1), subjectEnd + 1 < opening - 1,
              sentence.ids[subjectEnd] != words.possessive,  // "Kazakhstan's message was simple:" quotes a message
              let speaker = resolver.phrase(endingAt: subjectEnd, registry: &registry, state: state, depth: 0), speaker.id != nil,
              speaker.range.lowerBound <= start + 1
        else { return nil }
        return ClaimDraft(speaker: speaker, cue: sentence.text(subjectEnd..<opening - 1), rule: "colon-quote", quote: quote)
    }

    /// Where the source that opens the sentence ends: after its last name or role, before the first lower-case word that
    /// no role follows closely ("A Chinese foreign ministry spokesperson | kept …").
    private func openingSourceEnd(from start: Int, before limit: Int) -> Int? {
        var end: Int?
        for index in start..<limit {
            if matches.entity(endingAt: index) != nil || matches.role(endingAt: index) != nil { end = index + 1; continue }
            guard sentence.isLowercaseWord(index), matches.owners[index].entity < 0, matches.owners[index].role < 0,
                  !words.determiners.contains(sentence.ids[index]), !words.descriptors.contains(sentence.ids[index]) else { continue }
            if (index + 1..<min(index + 3, limit)).contains(where: { matches.role(startingAt: $0) != nil }) { continue }
            return end
        }
        return nil
    }

    /// "Western diplomats in Astana are privately sceptical that …", "were blunt that …": how sure a source is of a "that"
    /// clause says what the source holds.
    func certaintyClaims(_ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState) -> [ClaimDraft] {
        var drafts: [ClaimDraft] = []
        for index in 2..<max(2, sentence.count - 1) where sentence.ids[index + 1] == words.that && Self.certaintyWords.contains(sentence.word(index)) {
            var link = index - 1
            while link > 0, sentence.isAdverb(link) { link -= 1 }
            guard words.passiveAuxiliaries.contains(sentence.ids[link]) || Self.linkingVerbs.contains(sentence.word(link)),
                  let speaker = resolver.subject(before: link + 1, registry: &registry, state: state), speaker.id != nil else { continue }
            drafts.append(ClaimDraft(speaker: speaker, cue: sentence.word(index), rule: "reported-speech", quote: quotes.first))
        }
        return drafts
    }

    private static let certaintyWords: WordSet = [
        "sceptical", "skeptical", "confident", "convinced", "adamant", "optimistic", "pessimistic", "doubtful", "certain",
        "hopeful", "unconvinced", "blunt", "insistent",
    ]
    /// Verbs that link a source to how sure it is, besides the forms of "be": "remain sceptical that".
    private static let linkingVerbs: WordSet = ["remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "grew", "became"]

    /// Words a source and its short clause may take before the colon: "A senior Bhutanese foreign ministry official gave
    /// a franker account:" is fourteen.
    private static let longestColonLead = 16
}
