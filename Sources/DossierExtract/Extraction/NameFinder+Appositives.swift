import DossierModel

// A name in apposition after a described deal or fund: "set up a public fund, Kazakhstan Khalkyna".
extension NameFinder {
    /// "a public fund, Kazakhstan Khalkyna (…)", "a new mechanism, the Caspian Transit Council,": an appositive after a
    /// description names the framework, whatever its last word.
    func findAppositiveNames(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for comma in 2..<max(2, sentence.count - 1) where sentence.ids[comma] == words.comma
            && words.describedInstrumentNouns.contains(sentence.ids[comma - 1])
            && (sentence.tokens[comma + 1].isCapitalised || words.the.contains(sentence.ids[comma + 1])) {
            guard let kind = HeadNouns.describedInstruments[sentence.word(comma - 1)],
                  let name = appositiveName(after: comma, sentence, matches), name.contains(where: { matches.isFree($0) }) else { continue }
            var opening = comma - 2
            while opening > comma - 7, opening > 0, sentence.isLowercaseWord(opening), !words.determiners.contains(sentence.ids[opening]),
                  !words.groupBoundaries.contains(sentence.ids[opening]) {
                opening -= 1
            }
            guard ["a", "an"].contains(sentence.word(opening)) else { continue }
            for entity in matches.entities where entity.range.overlaps(name) { matches.remove(entity) }
            let id = registry.discoverFramework(name: sentence.text(name), kind: kind)
            matches.add(FoundEntity(range: name, ref: .framework(id), rule: "framework-appositive"))
        }
    }

    /// Capitalised words after a comma (and an article), with the dashes and hyphens that join them.
    private func appositiveName(after comma: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Range<Int>? {
        var start = comma + 1
        if start < sentence.count, words.the.contains(sentence.ids[start]) { start += 1 }
        guard start < sentence.count, sentence.tokens[start].isCapitalised, !words.capitalisedFunctionWords.contains(sentence.ids[start]) else { return nil }
        var end = start
        while end < sentence.count, end - start < 8 {
            let joins = (sentence.ids[end] == words.hyphen || sentence.ids[end] == words.enDash) && end + 1 < sentence.count
                && sentence.touches(end - 1, end) && sentence.touches(end, end + 1)
            guard sentence.tokens[end].isCapitalised && sentence.tokens[end].isWord || joins else { break }
            end += 1
        }
        return start..<end
    }

    /// Whether a name stands in apposition right after a description, which then only says what the name is.
    func namesFollow(_ end: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        guard end < sentence.count, sentence.ids[end] == words.comma, let name = appositiveName(after: end, sentence, matches) else { return false }
        return matches.entity(startingAt: name.lowerBound) != nil
    }
}
