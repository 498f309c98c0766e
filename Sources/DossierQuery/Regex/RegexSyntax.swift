/// The parsed form of a regular expression, before it is compiled to VM instructions.
indirect enum RegexNode: Sendable {
    case empty
    case scalar(Unicode.Scalar)
    case any
    case set(CharacterSet)
    case start, end, wordBoundary(negated: Bool)
    case concatenation([RegexNode])
    case alternation([RegexNode])
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)
}

/// A character class: ranges and the named classes `\d` `\w` `\s`, possibly negated.
struct CharacterSet: Sendable {
    var ranges: [ClosedRange<UInt32>] = []
    var digit = false, word = false, space = false
    var notDigit = false, notWord = false, notSpace = false
    var negated = false

    func contains(_ scalar: Unicode.Scalar, ignoringCase: Bool) -> Bool {
        var found = test(scalar.value)
        if !found, ignoringCase, scalar.isASCII, scalar.properties.isAlphabetic {
            found = test(scalar.value ^ 0x20)
        }
        return found != negated
    }

    private func test(_ value: UInt32) -> Bool {
        for range in ranges where range.contains(value) { return true }
        guard let scalar = Unicode.Scalar(value) else { return false }
        if digit && Self.isDigit(scalar) || notDigit && !Self.isDigit(scalar) { return true }
        if word && Self.isWord(scalar) || notWord && !Self.isWord(scalar) { return true }
        if space && Self.isSpace(scalar) || notSpace && !Self.isSpace(scalar) { return true }
        return false
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
}

/// Why a pattern was refused, with the scalar offset in the pattern where it went wrong.
struct RegexError: Error {
    var message: String
    var offset: Int
}
