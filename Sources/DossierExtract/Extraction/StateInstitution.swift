/// A state's ministry, parliament or embassy, one actor per state (and portfolio, and city) however the text writes it:
/// "China's foreign ministry", "the Chinese Foreign Ministry", "Beijing's foreign ministry" and "the Ministry of Foreign
/// Affairs of China" are the same body, which speaks for its state without being it. Some states call their ministries
/// departments ("the Philippine Department of Foreign Affairs").
struct StateInstitution {
    let owner: EntityKey
    /// "Ministry", "Department", "Parliament", "Embassy", or an armed service: "Army", "Navy".
    let head: String
    /// A ministry's portfolio as written in a title ("Foreign", "Industry and Trade"), American spelling made British so
    /// "defense ministry" and "Ministry of Defence" meet; empty for a parliament or an embassy.
    let portfolio: [String]
    /// The city an embassy is in, as written ("the Chinese embassy in Dushanbe").
    let place: String?

    /// `words` are the portfolio as the text writes it, in either case, without the head and the "of" after it.
    init?(owner: EntityKey, portfolio words: [String], head: String = "Ministry") {
        var titled = words.map { word in
            let lower = word.lowercased()
            if lower == "and" { return "and" }
            return Self.britishSpellings[lower] ?? lower.prefix(1).uppercased() + lower.dropFirst()
        }
        // "Foreign Affairs" and "Foreign" are one portfolio; "External Affairs" (India's) and "Internal Affairs" are not.
        if titled == ["Foreign", "Affairs"] { titled = ["Foreign"] }
        guard !titled.isEmpty, titled.first != "and", titled.last != "and" else { return nil }
        self.owner = owner
        self.head = head
        portfolio = titled
        place = nil
    }

    /// A parliament, or an embassy and the city it is in.
    init(owner: EntityKey, body head: String, place: String? = nil) {
        self.owner = owner
        self.head = head
        portfolio = []
        self.place = place
    }

    /// A state's armed services, which the text names after the state as it does a parliament: "the Sudanese army".
    static let armedServices: WordSet = ["Army", "Navy"]

    private static let britishSpellings = ["defense": "Defence", "labor": "Labour"]

    /// Every name the institution goes by, the canonical first: the lexicon's own form ("Chinese Ministry of Foreign
    /// Affairs"), the short forms the press uses ("Chinese Foreign Ministry", "China's Foreign Ministry") and the formal one
    /// ("Ministry of Foreign Affairs of China"). A state with no adjective ("Taliban") is named attributively; a
    /// department has no short form.
    func names(owner: OwnerNames) -> [String] {
        let attributive = owner.adjective ?? owner.name
        let possessive = owner.name.hasSuffix("s") ? owner.name + "'" : owner.name + "'s"
        guard !portfolio.isEmpty else {
            // "the Chinese embassy in Dushanbe", "Hungary's parliament", "the Parliament of Georgia".
            let city = place.map { " in " + $0 } ?? ""
            var names = ["\(attributive) \(head)\(city)", "\(possessive) \(head)\(city)"]
            if Self.armedServices.contains(head) {
                // "the Pakistan Army", "the Myanmar military": a service goes by its state's name as often as by the adjective.
                if owner.name != attributive { names.append("\(owner.name) \(head)") }
            } else if let formal = owner.formalName {
                names.append("\(head) of \(formal)\(city)")
            }
            return names
        }
        let short = portfolio.joined(separator: " ")
        var names = ["\(attributive) \(head) of \(long)"]
        if head == "Ministry" { names += ["\(attributive) \(short) Ministry", "\(possessive) \(short) Ministry"] }
        names.append("\(possessive) \(head) of \(long)")
        // "the Ministry of Foreign Affairs of Mongolia"; a movement that governs ("the Taliban") is not written so.
        if let formal = owner.formalName { names.append("\(head) of \(long) of \(formal)") }
        return names
    }

    /// How the text may name an institution's owner: "Philippines", "Philippine", "the Philippines" (nil for an owner
    /// that is no state).
    struct OwnerNames {
        var name: String
        var adjective: String?
        var formalName: String?
    }

    /// The names a text uses once its state is clear from the context: "the Foreign Ministry", "the Ministry of Foreign
    /// Affairs". Every state's ministry shares them, so they are aliases, never keys to the lexicon; a parliament's or an
    /// embassy's bare name says too little to keep.
    var bareNames: [String] {
        guard !portfolio.isEmpty else { return [] }
        return head == "Ministry" ? ["\(portfolio.joined(separator: " ")) Ministry", "Ministry of \(long)"] : ["\(head) of \(long)"]
    }

    /// The portfolio as written after "of": "Foreign Affairs" for the foreign ministry.
    private var long: String { portfolio == ["Foreign"] ? "Foreign Affairs" : portfolio.joined(separator: " ") }

    /// The keys the lexicon's organisations are kept under (`Lexicon.organisationsByName`) that `names` may match: each
    /// name in lower case, and for a defence ministry the American spelling too, which the lexicon also uses.
    static func lookupKeys(_ names: [String]) -> [String] {
        names.flatMap { name -> [String] in
            let lower = name.lowercased()
            let words = lower.split(separator: " ")
            guard words.contains("defence") else { return [lower] }
            return [lower, words.map { $0 == "defence" ? "defense" : String($0) }.joined(separator: " ")]
        }
    }
}
