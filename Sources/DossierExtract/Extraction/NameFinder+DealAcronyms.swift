import DossierModel

// Deals described in lower case and given an acronym: "a free trade agreement (FTA)", "a production-sharing agreement
// (PSA)", "a memorandum of understanding (MoU)". The brackets make the description a name the text goes on using: the
// gold files list 18 of the 19 such deals.
extension NameFinder {
    func findDescribedDealAcronyms(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState
    ) {
        var paren = 2
        while paren + 2 < sentence.count {
            defer { paren += 1 }
            guard sentence.ids[paren] == words.openParen, sentence.ids[paren + 2] == words.closeParen, matches.isFree(paren + 1),
                  let kind = HeadNouns.describedInstruments[sentence.word(paren - 1)] ?? understandingKind(before: paren, sentence),
                  let start = describedExpansionStart(before: paren, spelling: sentence.word(paren + 1), sentence) else { continue }
            let acronym = sentence.word(paren + 1)
            let description = start..<paren
            let ref: EntityRef
            if let described = matches.entity(endingAt: paren - 1), described.ref.frameworkID != nil {
                ref = described.ref  // "a free trade agreement between Iran and the EAEU (FTA)" was named by its parties
            } else if description.allSatisfy({ matches.owners[$0].entity == -1 }) {
                ref = .framework(registry.discoverFramework(name: sentence.text(description), kind: kind))
                registry.learn(sentence.text(description), for: ref)
                matches.add(FoundEntity(range: description, ref: ref, rule: "acronym-definition"))
            } else {
                continue
            }
            registry.learn(acronym, for: ref, isAcronym: true)
            state.definedAcronyms[acronym] = ref
            matches.add(FoundEntity(range: paren + 1..<paren + 2, ref: ref, rule: "acronym-definition"))
            paren += 2
        }
    }

    /// Where the lower-case words before `paren` start whose initials spell `acronym` (its capitals and small letters
    /// alike: "MoU"), each part of a hyphenated word giving one ("production-sharing"), and "of", "and", "on" and "for"
    /// one or none.
    private func describedExpansionStart(before paren: Int, spelling acronym: String, _ sentence: SentenceTokens) -> Int? {
        let letters = Array(acronym.lowercased())
        guard (2...6).contains(letters.count), acronym.first?.isUppercase == true, letters.allSatisfy(\.isLetter),
              acronym.filter(\.isUppercase).count >= 2 else { return nil }
        var remaining = letters[...]
        var index = paren - 1
        while index >= 0, !remaining.isEmpty {
            if sentence.ids[index] == words.hyphen { index -= 1; continue }
            guard sentence.isLowercaseWord(index), let initial = sentence.word(index).first else { return nil }
            if initial == remaining.last {
                remaining = remaining.dropLast()
            } else if !Self.silentConnectors.contains(sentence.word(index)) {
                return nil
            }
            index -= 1
        }
        return remaining.isEmpty ? index + 1 : nil
    }

    /// "memorandum of understanding": the memorandum is the deal.
    private func understandingKind(before paren: Int, _ sentence: SentenceTokens) -> Framework.Kind? {
        guard paren >= 3, sentence.word(paren - 1) == "understanding", sentence.word(paren - 2) == "of" else { return nil }
        return HeadNouns.describedInstruments[sentence.word(paren - 3)]
    }

    private static let silentConnectors: WordSet = ["of", "and", "on", "for"]
}
