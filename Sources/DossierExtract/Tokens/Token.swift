/// A word, number or punctuation mark in an article, located by UTF-8 byte offsets into the article text.
struct Token {
    struct Flags: OptionSet {
        let rawValue: UInt8
        static let word = Flags(rawValue: 1)
        static let capitalised = Flags(rawValue: 2)
        static let allCaps = Flags(rawValue: 4)
        static let number = Flags(rawValue: 8)
        /// The possessive ending `'s`/`’s`, split off its word so "China’s" matches "China".
        static let possessive = Flags(rawValue: 16)
        static let openQuote = Flags(rawValue: 32)
        static let closeQuote = Flags(rawValue: 64)
        /// With `openQuote` or `closeQuote`: the mark is a single one (‘ ’ or '), which pairs only with another single one.
        static let singleQuote = Flags(rawValue: 128)
    }

    var start: Int
    var end: Int
    /// The interned id of the token's text, or `TokenInterner.unknown` when no lexicon entry or rule uses it.
    var id: Int32
    var flags: Flags

    var isWord: Bool { flags.contains(.word) }
    var isCapitalised: Bool { flags.contains(.capitalised) }
    var isNumber: Bool { flags.contains(.number) }
    var isPossessive: Bool { flags.contains(.possessive) }
}
