import DossierModel

// "the General Framework Agreement for Peace, better known as the Dayton Agreement", "the Middle Corridor, formally the
// Trans-Caspian International Transport Route": one framework under two names in one sentence.
extension NameFinder {
    /// Makes both names mentions of one framework: the one a lexicon knows, or else the first, and learns the other name
    /// for it.
    func joinOtherNames(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        let pairs = matches.entities.compactMap { first -> (kept: FoundEntity, renamed: FoundEntity)? in
            guard case .framework = first.ref, let next = otherNameStart(after: first.range.upperBound, sentence),
                  let second = matches.entity(startingAt: next), case .framework = second.ref, second.ref != first.ref else { return nil }
            let pair = Self.isKnown(second) && !Self.isKnown(first) ? (second, first) : (first, second)
            return Self.isKnown(pair.1) ? nil : pair
        }
        for (kept, renamed) in pairs {
            registry.redirect(sentence.text(renamed.range), to: kept.ref)
            matches.remove(renamed)
            matches.add(FoundEntity(range: renamed.range, ref: kept.ref, rule: "other-name"))
        }
    }

    /// Where the other name starts after ", better known as the", ", also called", ", formally the" …, or nil.
    private func otherNameStart(after end: Int, _ sentence: SentenceTokens) -> Int? {
        guard end + 2 < sentence.count, sentence.ids[end] == words.comma else { return nil }
        var index = end + 1
        if Self.nameAdverbs.contains(sentence.word(index)) { index += 1 }
        if index + 1 < sentence.count, sentence.word(index) == "known", sentence.word(index + 1) == "as" {
            index += 2
        } else if index < sentence.count, sentence.word(index) == "called" || sentence.word(index) == "titled" {
            index += 1
        } else if index == end + 1 || !["formally", "officially"].contains(sentence.word(index - 1)) {
            return nil  // a bare adverb names only in "formally the …", "officially the …"
        }
        if index < sentence.count, words.the.contains(sentence.ids[index]) { index += 1 }
        return index < sentence.count ? index : nil
    }

    /// A name the lexicon gave, rather than one discovered in this sentence.
    private static func isKnown(_ entity: FoundEntity) -> Bool {
        ["lexicon", "alias", "acronym", "learnt", "other-name"].contains(entity.rule)
    }

    private static let nameAdverbs: Set<String> = ["better", "also", "commonly", "officially", "formally", "widely", "popularly"]
}
