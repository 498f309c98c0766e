import DossierModel

// A party's numbered congress or plenum: a meeting of its own, whose words name no other body.
extension NameFinder {
    /// "the 14th National Party Congress", "the 20th Party Congress", "the Fourth Plenum": an ordinal and capitalised words
    /// that end in "Congress" or "Plenum" name one meeting, though "Congress" alone is the US Congress and "National
    /// Party" could be a party's name.
    func findNumberedCongresses(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for head in 1..<max(1, sentence.count) where words.congressHeads.contains(sentence.ids[head]) {
            var start = head
            while start > 0, head - start < 4, sentence.tokens[start - 1].isCapitalised, !Self.isOrdinalNumber(sentence.word(start - 1).lowercased()) {
                start -= 1
            }
            guard start > 0, Self.isOrdinalNumber(sentence.word(start - 1).lowercased()) else { continue }
            let range = start - 1..<head + 1
            for inside in matches.entities where inside.range.overlaps(range) {
                // A name reaching past the meeting's ("the 20th Party Congress of the CPC" keeps the CPC) stays.
                guard inside.range.lowerBound >= range.lowerBound, inside.range.upperBound <= range.upperBound else { return }
                matches.remove(inside)
            }
            let id = registry.discoverFramework(name: sentence.text(range), kind: .summit)
            matches.add(FoundEntity(range: range, ref: .framework(id), rule: "framework-name"))
        }
    }
}
