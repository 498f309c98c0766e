import DossierModel

// Deals the text ties to a framework it names: "the intergovernmental agreement on the China–Kyrgyzstan–Uzbekistan
// railway", "the 2011 free trade agreement of the CIS", "the CKU railway, whose intergovernmental agreement was signed
// in Beijing". Analysts call such a deal after the framework (the CKU railway intergovernmental agreement), however
// many parties signed it, so the framework names it before any party would.
extension NameFinder {
    func findDealsOfNamedFrameworks(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for head in 1..<sentence.count where words.instrumentNouns.contains(sentence.ids[head]) && matches.owners[head].entity == -1 {
            guard let opening = (max(0, head - 7)..<head).last(where: {
                      words.instrumentDeterminers.contains(sentence.ids[$0]) || sentence.word($0) == "whose"
                  }),
                  let phrase = instrumentPhrase(from: opening + 1, sentence, matches), phrase.written.upperBound - 1 == head,
                  // A bare "the memorandum on the Development Road" is the framework's own text, not a deal of its own:
                  // gold files list none of 8. So is its founding treaty, or a memorandum only called binding: none of 9.
                  phrase.written.count > 1, !phrase.written.contains(where: { Self.ownTextWords.contains(sentence.word($0)) }),
                  phrase.topic == nil, let framework = frameworkOwning(phrase, opening: opening, sentence, matches, registry) else { continue }
            name(phrase, after: framework, sentence, &matches, &registry)
        }
    }

    private static let ownTextWords: WordSet = ["binding", "founding"]

    /// The framework a deal belongs to: "… of the CIS", "… on the CKU railway", or "the CKU railway, whose …".
    private func frameworkOwning(
        _ phrase: InstrumentPhrase, opening: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches,
        _ registry: borrowing EntityRegistry
    ) -> FoundEntity? {
        if sentence.word(opening) == "whose" {
            // "the China–Kyrgyzstan–Uzbekistan (CKU) railway, whose …": the acronym's brackets may split the name.
            guard opening >= 2, sentence.ids[opening - 1] == words.comma else { return nil }
            return matches.entities.filter { entity in
                entity.ref.frameworkID != nil && entity.range.upperBound < opening
                    && (entity.range.upperBound..<opening - 1).allSatisfy { !sentence.tokens[$0].isWord || sentence.tokens[$0].flags.contains(.allCaps)
                        || HeadNouns.infrastructureNouns[sentence.word($0)] != nil }
            }.min { $0.range.lowerBound < $1.range.lowerBound }
        }
        let link = phrase.written.upperBound
        guard link + 1 < sentence.count, Self.dealLinks.contains(sentence.word(link)) else { return nil }
        // The lexicon may hold the article as part of the name ("the Eurasian Economic Union"); a name without one
        // needs none ("a framework agreement on ML-1").
        let article = words.the.contains(sentence.ids[link + 1])
        guard let owner = matches.entity(startingAt: link + 1) ?? (article && link + 2 < sentence.count ? matches.entity(startingAt: link + 2) : nil),
              case .framework(let key) = owner.ref, registry.kind(ofFramework: key) != .agreement else { return nil }
        return owner
    }

    /// Names the deal "<framework> <deal>" as the text writes both, and learns the framework's other names and the
    /// deal's year in front of it as aliases.
    private func name(
        _ phrase: InstrumentPhrase, after framework: FoundEntity, _ sentence: SentenceTokens, _ matches: inout SentenceMatches,
        _ registry: inout EntityRegistry
    ) {
        guard case .framework(let owner) = framework.ref else { return }
        var dealStart = phrase.written.lowerBound
        while dealStart + 1 < phrase.written.upperBound, sentence.tokens[dealStart].isNumber || words.monthWords.contains(sentence.ids[dealStart]) {
            dealStart += 1
        }
        let deal = sentence.text(dealStart..<phrase.written.upperBound)
        var ownerStart = framework.range.lowerBound
        if words.the.contains(sentence.ids[ownerStart]), ownerStart + 1 < framework.range.upperBound { ownerStart += 1 }
        // Before "whose", the name runs to the comma, an acronym's brackets left out: "China–Kyrgyzstan–Uzbekistan railway".
        let ownerEnd = sentence.word(phrase.written.lowerBound - 1) == "whose" ? phrase.written.lowerBound - 2 : framework.range.upperBound
        let known = registry.framework(owner)
        // An acronym in brackets stands for the name before it, which the lexicon may know only with its noun.
        let bracketed = ownerStart > 0 && sentence.ids[ownerStart - 1] == words.openParen
        let written = bracketed ? known.name : textOutsideBrackets(ownerStart..<ownerEnd, sentence)
        let id = registry.discoverFramework(name: written + " " + deal, kind: phrase.kind)
        var aliases = ([known.name] + known.aliases + (known.acronym.map { [$0] } ?? [])).map { $0 + " " + deal }
        if dealStart > phrase.written.lowerBound { aliases.append(sentence.text(phrase.written.lowerBound..<dealStart) + " " + written + " " + deal) }
        if framework.range.lowerBound > phrase.written.upperBound {
            aliases.append(sentence.text(phrase.written.lowerBound..<framework.range.upperBound))  // "intergovernmental agreement on the …"
        }
        for alias in aliases { registry.learn(alias, for: .framework(id)) }
        matches.add(FoundEntity(range: dealStart..<phrase.written.upperBound, ref: .framework(id), rule: "framework-deal"))
    }

    private func textOutsideBrackets(_ range: Range<Int>, _ sentence: SentenceTokens) -> String {
        guard let open = range.first(where: { sentence.ids[$0] == words.openParen }),
              let close = (open..<range.upperBound).first(where: { sentence.ids[$0] == words.closeParen }), open > range.lowerBound else {
            return sentence.text(range)
        }
        let after = close + 1 < range.upperBound ? " " + sentence.text(close + 1..<range.upperBound) : ""
        return sentence.text(range.lowerBound..<open) + after
    }

    private static let dealLinks: WordSet = ["on", "of", "for"]
}
