/// The tokens of one sentence with access to their text.
struct SentenceTokens {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let ids: [Int32]
    let byteRange: Range<Int>
    /// The lexicon's interned words by id (`Lexicon.internedTexts`).
    private let internedTexts: [String]

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, tokens: [Token], ids: [Int32], internedTexts: [String]) {
        self.bytes = bytes
        byteRange = range
        self.tokens = tokens
        self.ids = ids
        self.internedTexts = internedTexts
    }

    var count: Int { tokens.count }

    /// The source text from the first to the last token of `range`, as written.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return Bytes.string(bytes, tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// A word the lexicon knows is read from its interned text rather than decoded again.
    func word(_ index: Int) -> String {
        let id = ids[index]
        return id >= 0 ? internedTexts[Int(id)] : Bytes.string(bytes, tokens[index].start..<tokens[index].end)
    }

    func id(_ index: Int) -> Int32 { index >= 0 && index < ids.count ? ids[index] : TokenInterner.unknown }

    /// The apostrophe of "Glaciers'", "Ministers’" or "Western analysts' warning": touching a word that ends in -s.
    /// Read from the bytes, since runs and claim frames ask it of punctuation marks all the time.
    func isPluralApostrophe(_ index: Int) -> Bool {
        guard index >= 1 else { return false }
        let token = tokens[index]
        let straight = token.end - token.start == 1 && bytes[token.start] == UInt8(ascii: "'")
        let curly = token.end - token.start == 3 && bytes[token.start] == 0xE2 && bytes[token.start + 1] == 0x80 && bytes[token.start + 2] == 0x99
        return (straight || curly) && touches(index - 1, index) && bytes[token.start - 1] == UInt8(ascii: "s")
    }

    func isLowercaseWord(_ index: Int) -> Bool {
        index >= 0 && index < count && tokens[index].isWord && Bytes.isLower(bytes[tokens[index].start])
    }

    /// An adverb between a subject and its verb: a word ending in "-ly" ("colorfully", "publicly") or a
    /// common one that does not ("often", "also", "still").
    func isAdverb(_ index: Int) -> Bool {
        guard isLowercaseWord(index) else { return false }
        let token = tokens[index]
        if token.end - token.start > 3 && bytes[token.end - 2] == UInt8(ascii: "l") && bytes[token.end - 1] == UInt8(ascii: "y") {
            return !Self.notAdverbs.contains(word(index))
        }
        return Self.adverbs.contains(word(index))
    }

    private static let adverbs: WordSet = [
        "often", "also", "still", "already", "never", "always", "not", "even", "once", "now", "sometimes", "seldom",
        "long", "further", "again", "soon", "later", "then", "too", "first", "since", "yet", "just", "much", "meanwhile",
        "nonetheless", "nevertheless", "however", "therefore", "thus", "instead", "likewise", "twice", "afterwards", "afterward",
        "earlier",
    ]
    private static let notAdverbs: WordSet = ["family", "italy", "july", "rally", "ally", "supply", "assembly", "reply", "apply"]

    /// Whether the three tokens ending at `index` are a place joined to "based" ("Mumbai-based", "a Nukus-based lawyer"),
    /// which says where a body or a person is rather than naming either.
    func isPlaceBased(endingAt index: Int) -> Bool {
        guard index >= 2, index < count, tokens[index - 2].isCapitalised, touches(index - 2, index - 1), touches(index - 1, index) else { return false }
        let hyphen = tokens[index - 1]
        let based = tokens[index]
        return hyphen.end - hyphen.start == 1 && bytes[hyphen.start] == UInt8(ascii: "-")
            && based.end - based.start == 5 && "based".utf8.elementsEqual(bytes[based.start..<based.end])
    }

    /// The value of a four-digit number ("2023", "1200"), read from its bytes; nil for any other token. Callers keep
    /// the range of years they accept.
    func fourDigitNumber(_ index: Int) -> Int? {
        guard index >= 0, index < count else { return nil }
        let token = tokens[index]
        guard token.isNumber, token.end - token.start == 4 else { return nil }
        var value = 0
        for offset in token.start..<token.end {
            guard Bytes.isDigit(bytes[offset]) else { return nil }
            value = value * 10 + Int(bytes[offset] - UInt8(ascii: "0"))
        }
        return value
    }

    /// Whether the token ends with `suffix` and is longer than `minimum` bytes ("-ed", "-ing" on a verb's form), read
    /// from its bytes: rules ask it of many tokens, where making each a String would cost an allocation.
    func endsWith(_ index: Int, _ suffix: String, longerThan minimum: Int = 0) -> Bool {
        let token = tokens[index]
        let ending = suffix.utf8
        guard token.end - token.start > max(minimum, ending.count - 1) else { return false }
        return bytes[token.end - ending.count..<token.end].elementsEqual(ending)
    }

    /// Whether the token is initials written together, "A.P." or "J.D.": a person's given names before a surname.
    func isInitials(_ index: Int) -> Bool {
        let token = tokens[index]
        let length = token.end - token.start
        guard length >= 4, length % 2 == 0, token.flags.contains(.allCaps) else { return false }
        return stride(from: token.start, to: token.end, by: 2).allSatisfy { Bytes.isASCIILetter(bytes[$0]) && bytes[$0 + 1] == UInt8(ascii: ".") }
    }

    /// Whether two tokens touch with no space between them ("Rasht" "-" "Astara").
    func touches(_ left: Int, _ right: Int) -> Bool { tokens[left].end == tokens[right].start }
}
