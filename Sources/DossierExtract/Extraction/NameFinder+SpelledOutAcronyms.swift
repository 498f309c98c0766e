import DossierModel

// Acronyms spelled out after themselves: "MASGA, short for “Make American Shipbuilding Great Again”", "SAGAR (Security
// and Growth for All in the Region)". The usual definition puts the name first; this is the same fact the other way
// round.
extension NameFinder {
    /// An acronym no rule has taken, then "(", or a comma and "short for", "or", "which stands for" or "the", then the
    /// capitalised words whose letters spell it, perhaps in quotation marks. What the name is comes from a noun the text
    /// gives beside it ("the shipbuilding initiative branded MASGA", "the “…” initiative") or from the name's own head;
    /// with neither, nothing is made of it ("KEBCO (Kazakhstan Export Blend Crude Oil)" is a crude grade).
    func findSpelledOutAcronyms(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState) {
        var index = 0
        while index + 3 < sentence.count {
            defer { index += 1 }
            let token = sentence.tokens[index]
            guard token.flags.contains(.allCaps), token.end - token.start >= 3, matches.isFree(index),
                  let opening = expansionOpening(after: index, sentence) else { continue }
            var end = opening
            while end < sentence.count, end - opening < 12, matches.isFree(end),
                  sentence.tokens[end].isCapitalised || sentence.tokens[end].isWord && Self.spelledOutConnectors.contains(sentence.word(end)) {
                end += 1
            }
            while end > opening, Self.spelledOutConnectors.contains(sentence.word(end - 1)) { end -= 1 }
            guard end - opening >= 2, closesExpansion(at: end, sentence) else { continue }
            let acronym = sentence.word(index)
            let spelled = (opening..<end).map { sentence.word($0) }
            guard AcronymMatcher.matches(acronym, words: spelled, skippable: { Self.spelledOutConnectors.contains($0) }) else { continue }
            let lastWord = end < sentence.count && sentence.tokens[end].flags.contains(.closeQuote) ? end : end - 1
            guard let kind = frameworkNamedBefore(index, sentence) ?? frameworkNounAfter(lastWord, sentence) ?? HeadNouns.frameworks[spelled[spelled.count - 1]]
            else { continue }
            let expansion = spelled.joined(separator: " ")
            let ref = EntityRef.framework(registry.discoverFramework(name: expansion, kind: kind))
            registry.learn(expansion, for: ref)
            registry.learn(acronym, for: ref, isAcronym: true)
            state.definedAcronyms[acronym] = ref
            matches.add(FoundEntity(range: index..<index + 1, ref: ref, rule: "acronym-definition"))
            matches.add(FoundEntity(range: opening..<end, ref: ref, rule: "acronym-definition"))
            index = end
        }
    }

    /// Where the spelled-out words start after the acronym at `index`, past the words that announce them and an opening
    /// quotation mark.
    private func expansionOpening(after index: Int, _ sentence: SentenceTokens) -> Int? {
        var next = index + 1
        if sentence.ids[next] == words.openParen {
            next += 1
        } else {
            guard sentence.ids[next] == words.comma else { return nil }
            next += 1
            if sentence.word(next) == "short", next + 1 < sentence.count, sentence.word(next + 1) == "for" {
                next += 2
            } else if sentence.word(next) == "which", next + 2 < sentence.count, sentence.word(next + 1) == "stands", sentence.word(next + 2) == "for" {
                next += 3
            } else if ["or", "the"].contains(sentence.word(next)) {
                next += 1
            } else {
                return nil
            }
        }
        if next < sentence.count, sentence.tokens[next].flags.contains(.openQuote) { next += 1 }
        return next < sentence.count ? next : nil
    }

    /// A closing quotation mark or bracket, a comma or the sentence's end after the spelled-out words.
    private func closesExpansion(at end: Int, _ sentence: SentenceTokens) -> Bool {
        guard end < sentence.count else { return true }
        let token = sentence.tokens[end]
        return token.flags.contains(.closeQuote) || sentence.ids[end] == words.closeParen || sentence.ids[end] == words.comma
            || sentence.ids[end] == words.period
    }

    /// Small words inside a spelled-out name that give no letter.
    private static let spelledOutConnectors: WordSet = ["of", "and", "for", "the", "in", "on", "to"]
}
