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
            // A name with its head noun ("the Adriatic oil pipeline") is kept whole as well.
            if case .framework(let key) = renamed.ref, case let name = registry.framework(key).name, name != sentence.text(renamed.range) {
                registry.redirect(name, to: kept.ref)
            }
            matches.remove(renamed)
            matches.add(FoundEntity(range: renamed.range, ref: kept.ref, rule: "other-name"))
            // The acronym defined for the other name goes with it: "the Iraq-Turkey Pipeline (ITP), widely known as …".
            if let acronym = bracketedAcronym(after: renamed.range.upperBound, sentence) {
                registry.redirect(sentence.word(acronym), to: kept.ref)
                if let written = matches.entity(startingAt: acronym) {
                    matches.remove(written)
                    matches.add(FoundEntity(range: written.range, ref: kept.ref, rule: "other-name"))
                }
            }
        }
    }

    /// The index of "ITP" in "(ITP)" right after a name, or after the name's head noun.
    private func bracketedAcronym(after nameEnd: Int, _ sentence: SentenceTokens) -> Int? {
        let end = pastHeadNoun(nameEnd, sentence)
        guard end + 2 < sentence.count, sentence.ids[end] == words.openParen, sentence.tokens[end + 1].flags.contains(.allCaps),
              sentence.ids[end + 2] == words.closeParen else { return nil }
        return end + 1
    }

    /// Where the other name starts after ", better known as the", ", also called", ", formally the" …, or nil.
    private func otherNameStart(after nameEnd: Int, _ sentence: SentenceTokens) -> Int? {
        // The name's own head noun and its acronym come before the comma: "The JANAF pipeline, also known as …",
        // "The Iraq-Turkey Pipeline (ITP), widely known as …".
        let end = bracketedAcronym(after: nameEnd, sentence).map { $0 + 2 } ?? pastHeadNoun(nameEnd, sentence)
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

    /// Past the head noun that a name found as a run leaves out of its mention: "The JANAF pipeline".
    private func pastHeadNoun(_ nameEnd: Int, _ sentence: SentenceTokens) -> Int {
        nameEnd < sentence.count && HeadNouns.infrastructureNouns[sentence.word(nameEnd)] != nil ? nameEnd + 1 : nameEnd
    }

    /// A name the lexicon gave, rather than one discovered in this sentence.
    private static func isKnown(_ entity: FoundEntity) -> Bool {
        ["lexicon", "alias", "acronym", "learnt", "other-name"].contains(entity.rule)
    }

    private static let nameAdverbs: WordSet = ["better", "also", "commonly", "officially", "formally", "widely", "popularly"]
}
