/// A state's ministry, one actor per state and portfolio however the text writes it: "China's foreign ministry",
/// "the Chinese Foreign Ministry", "Beijing's foreign ministry" and "the Ministry of Foreign Affairs of China" are the
/// same body, which speaks for its state without being it.
struct StateMinistry {
    let owner: EntityKey
    /// The portfolio's words as written in a title ("Foreign", "Industry and Trade"), American spelling made British so
    /// "defense ministry" and "Ministry of Defence" meet.
    let portfolio: [String]

    /// `words` are the portfolio as the text writes it, in either case, without "Ministry" and the "of" after it.
    init?(owner: EntityKey, portfolio words: [String]) {
        var titled = words.map { word in
            let lower = word.lowercased()
            if lower == "and" { return "and" }
            return Self.britishSpellings[lower] ?? lower.prefix(1).uppercased() + lower.dropFirst()
        }
        // "Foreign Affairs" and "Foreign" are one portfolio; "External Affairs" (India's) and "Internal Affairs" are not.
        if titled == ["Foreign", "Affairs"] { titled = ["Foreign"] }
        guard !titled.isEmpty, titled.first != "and", titled.last != "and" else { return nil }
        self.owner = owner
        portfolio = titled
    }

    private static let britishSpellings = ["defense": "Defence", "labor": "Labour"]

    /// Every name the ministry goes by, the canonical first: the lexicon's own form ("Chinese Ministry of Foreign
    /// Affairs"), the short forms the press uses ("Chinese Foreign Ministry", "China's Foreign Ministry") and the formal one
    /// ("Ministry of Foreign Affairs of China"). A state with no adjective ("Taliban") is named attributively.
    func names(ownerName: String, adjective: String?, ownerIsState: Bool) -> [String] {
        let short = portfolio.joined(separator: " ")
        let long = portfolio == ["Foreign"] ? "Foreign Affairs" : short
        let attributive = adjective ?? ownerName
        let names = [
            "\(attributive) Ministry of \(long)", "\(attributive) \(short) Ministry", "\(ownerName)'s \(short) Ministry",
            "\(ownerName)'s Ministry of \(long)",
        ]
        // "the Ministry of Foreign Affairs of Mongolia"; a movement that governs ("the Taliban") is not written so.
        return ownerIsState ? names + ["Ministry of \(long) of \(ownerName)"] : names
    }

    /// The names a text uses once its state is clear from the context: "the Foreign Ministry", "the Ministry of Foreign
    /// Affairs". Every state's ministry shares them, so they are aliases, never keys to the lexicon.
    var bareNames: [String] {
        let short = portfolio.joined(separator: " ")
        return ["\(short) Ministry", "Ministry of \(portfolio == ["Foreign"] ? "Foreign Affairs" : short)"]
    }

    /// A name folded for comparing with the lexicon's ministries: lower case, British spelling.
    static func folded(_ name: String) -> String {
        name.lowercased().split(separator: " ").map { word in britishSpellings[String(word)]?.lowercased() ?? String(word) }
            .joined(separator: " ")
    }
}
