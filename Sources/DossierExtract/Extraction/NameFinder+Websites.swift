import DossierModel

// Outlets known by their web address: "Kun.uz", "24.kg", "Snoop.ro".
extension NameFinder {
    /// A name word or a number joined by a dot to a country's or a generic web domain, with no space, names a news site:
    /// the lexicon knows the common ones, and this finds the rest.
    func findWebsiteNames(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        var index = 0
        while index + 2 < sentence.count {
            defer { index += 1 }
            guard sentence.ids[index + 1] == words.period, matches.isFree(index), matches.isFree(index + 2),
                  sentence.touches(index, index + 1), sentence.touches(index + 1, index + 2),
                  sentence.tokens[index].isCapitalised || sentence.tokens[index].isNumber,
                  Self.webDomains.contains(sentence.word(index + 2)),
                  index + 3 == sentence.count || !sentence.touches(index + 2, index + 3) || !sentence.tokens[index + 3].isWord
            else { continue }
            let id = registry.discoverActor(name: sentence.text(index..<index + 3), kind: .media)
            matches.add(FoundEntity(range: index..<index + 3, ref: .actor(id), rule: "website-name"))
            index += 2
        }
    }

    private static let webDomains: WordSet = [
        "ru", "uz", "kg", "kz", "tj", "tm", "am", "az", "ge", "ua", "by", "md", "ro", "bg", "rs", "ba", "mk", "al", "me", "hu",
        "pl", "cz", "sk", "lt", "lv", "ee", "mn", "pk", "af", "ir", "tr", "com", "org", "net", "info", "news", "io",
    ]
}
