import DossierModel

// Company names written with an abbreviated ending: "Japan Aircraft Industrial Enhancement Co.".
extension NameFinder {
    /// The full stop after "Co", "Corp", "Inc" or "Ltd" belongs to the company's name as written, though the tokeniser
    /// leaves it to end the sentence; the name with it is one of the company's names.
    func learnAbbreviatedEndings(_ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: inout EntityRegistry) {
        for company in matches.entities where company.range.upperBound < sentence.count && sentence.ids[company.range.upperBound] == words.period {
            let last = company.range.upperBound - 1
            guard sentence.touches(last, last + 1), words.features(of: sentence.ids[last]).contains(.companyAbbreviation),
                  case .actor(let id) = company.ref, registry.kind(ofActor: id) == .company else { continue }
            registry.addAlias(sentence.text(company.range) + ".", to: company.ref)
        }
    }
}
