/// What a sentence contains that the rarer name rules look for, read in one pass over its tokens so that the
/// rules a sentence cannot feed are not run at all: most sentences hold no number, quotation or instrument noun.
struct SentenceFeatures {
    /// A number or a token opening with a digit ("19th", "5+2").
    var hasNumber = false
    var hasOpenQuote = false
    /// The words the rules look for, each token's read from one table (`RuleWords.features`).
    private var words: WordFeatures = []

    var hasDash: Bool { words.contains(.dash) }
    var hasInstrumentNoun: Bool { words.contains(.instrumentNoun) }
    /// "law", "ban", "policy" or "doctrine".
    var hasStatePolicyNoun: Bool { words.contains(.statePolicyNoun) }
    var hasInfrastructureNoun: Bool { words.contains(.infrastructureNoun) }
    var hasPackage: Bool { words.contains(.package) }
    var hasSanctions: Bool { words.contains(.sanctions) }
    /// "resolution" or "Resolution", which a number may follow.
    var hasResolution: Bool { words.contains(.resolution) }
    var hasOpenParen: Bool { words.contains(.openParen) }
    /// "BRP", "USS", "INS": a navy's prefix, which a ship's name follows.
    var hasShipPrefix: Bool { words.contains(.shipPrefix) }
    var hasStateInstitution: Bool { words.contains(.stateInstitution) }
    var hasCongress: Bool { words.contains(.congress) }
    var hasMeeting: Bool { words.contains(.meeting) }
    var hasNumberedPart: Bool { words.contains(.numberedPart) }
    var hasCompanyAbbreviation: Bool { words.contains(.companyAbbreviation) }

    init(_ sentence: SentenceTokens, _ ruleWords: RuleWords) {
        for (token, id) in zip(sentence.tokens, sentence.ids) {
            // "19th" is no number token, but opens with a digit.
            if token.isNumber || Bytes.isDigit(sentence.bytes[token.start]) { hasNumber = true }
            if token.flags.contains(.openQuote) { hasOpenQuote = true }
            words.formUnion(ruleWords.features(of: id))
        }
    }
}

/// The kinds of words `SentenceFeatures` looks for, as bits, so one table read per token answers them all.
struct WordFeatures: OptionSet, Sendable {
    let rawValue: UInt16
    static let dash = WordFeatures(rawValue: 1)
    static let instrumentNoun = WordFeatures(rawValue: 2)
    static let statePolicyNoun = WordFeatures(rawValue: 4)
    static let infrastructureNoun = WordFeatures(rawValue: 8)
    static let package = WordFeatures(rawValue: 16)
    static let resolution = WordFeatures(rawValue: 32)
    static let sanctions = WordFeatures(rawValue: 64)
    static let openParen = WordFeatures(rawValue: 128)
    static let shipPrefix = WordFeatures(rawValue: 256)
    /// "later", "next", "same"…: the words a date given from the last one turns on.
    static let relativeDate = WordFeatures(rawValue: 512)
    /// "ministry", "parliament" or "embassy" in lower case, after a state's name or adjective.
    static let stateInstitution = WordFeatures(rawValue: 1024)
    /// "Congress" or "Plenum", which an ordinal may number.
    static let congress = WordFeatures(rawValue: 2048)
    /// "meeting", which a body's ministers may hold.
    static let meeting = WordFeatures(rawValue: 4096)
    /// "Cluster" or "Pillar", which a number may follow.
    static let numberedPart = WordFeatures(rawValue: 8192)
    /// "Co", "Corp", "Inc", "Ltd": a company name's abbreviated ending.
    static let companyAbbreviation = WordFeatures(rawValue: 16384)
}
