import DossierModel

/// Splits query source into tokens, working over UTF-8 bytes.
///
/// Newlines are tokens because they end statements; the parser skips them where a statement clearly
/// continues (inside brackets, after or before `|`). `#` starts a comment to the end of the line.
struct Lexer {
    private let bytes: [UInt8]
    private let text: String
    private var position = 0

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
    }

    /// All tokens, ending with one `.end` token.
    static func tokenize(_ text: String) throws(QueryError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    mutating func next() throws(QueryError) -> Token {
        skipSpaceAndComments()
        guard position < bytes.count else { return Token(.end, "", SourceRange(bytes.count, bytes.count)) }
        let start = position
        let byte = bytes[position]
        if byte == UInt8(ascii: "\n") {
            position += 1
            return Token(.newline, "\n", SourceRange(start, position))
        }
        if isIdentifierStart(byte) { return identifier() }
        if isDigit(byte) { return try number() }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { return try string(quote: byte) }
        return try symbol()
    }

    private mutating func skipSpaceAndComments() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): position += 1
            case UInt8(ascii: "#"):
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            default: return
            }
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
    }

    private mutating func identifier() -> Token {
        let start = position
        position += 1
        while position < bytes.count, isIdentifierStart(bytes[position]) || isDigit(bytes[position]) {
            position += 1
        }
        return Token(.identifier, slice(start, position), SourceRange(start, position))
    }

    private mutating func number() throws(QueryError) -> Token {
        let start = position
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        if position - start == 4, let end = dateEnd(after: position) {
            position = end
            let written = slice(start, end)
            guard PartialDate(written) != nil else {
                throw QueryError(
                    "`\(written)` is not a valid date", at: SourceRange(start, end),
                    help: "dates are written YYYY, YYYY-MM or YYYY-MM-DD with a real month and day")
            }
            return Token(.date, written, SourceRange(start, end))
        }
        var kind = Token.Kind.integer
        if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."), isDigit(bytes[position + 1]) {
            kind = .decimal
            position += 1
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, isIdentifierStart(bytes[position]) {
            let bad = position
            while position < bytes.count, isIdentifierStart(bytes[position]) || isDigit(bytes[position]) {
                position += 1
            }
            throw QueryError(
                "a number cannot run into letters", at: SourceRange(start, position),
                help: "put a space between `\(slice(start, bad))` and `\(slice(bad, position))`")
        }
        return Token(kind, slice(start, position), SourceRange(start, position))
    }

    /// `2023-01` and `2023-01-05` are dates, not subtractions: four digits, then `-DD` once or twice.
    private func dateEnd(after yearEnd: Int) -> Int? {
        var end = yearEnd
        for _ in 0..<2 {
            guard end + 2 < bytes.count, bytes[end] == UInt8(ascii: "-"), isDigit(bytes[end + 1]),
                  isDigit(bytes[end + 2])
            else { break }
            if end + 3 < bytes.count, isDigit(bytes[end + 3]) { return nil }
            end += 3
        }
        return end == yearEnd ? nil : end
    }

    private mutating func string(quote: UInt8) throws(QueryError) -> Token {
        let start = position
        position += 1
        var contents: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == quote {
                position += 1
                return Token(.string, String(decoding: contents, as: UTF8.self), SourceRange(start, position))
            }
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count {
                let escaped = bytes[position + 1]
                switch escaped {
                case UInt8(ascii: "n"): contents.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): contents.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): contents.append(escaped)
                default:
                    // Regex escapes such as \d and \b pass through untouched, so patterns read naturally.
                    contents.append(byte)
                    contents.append(escaped)
                }
                position += 2
                continue
            }
            contents.append(byte)
            position += 1
        }
        throw QueryError(
            "this string is never closed", at: SourceRange(start, position),
            help: "end it with \(quote == UInt8(ascii: "\"") ? "\"" : "'")")
    }

    private mutating func symbol() throws(QueryError) -> Token {
        let start = position
        let byte = bytes[position]
        let nextByte = position + 1 < bytes.count ? bytes[position + 1] : 0
        let twoByte: [UInt8: (UInt8, Token.Kind)] = [
            UInt8(ascii: "="): (UInt8(ascii: "="), .equal), UInt8(ascii: "!"): (UInt8(ascii: "="), .notEqual),
            UInt8(ascii: "<"): (UInt8(ascii: "="), .lessEqual), UInt8(ascii: ">"): (UInt8(ascii: "="), .greaterEqual),
            UInt8(ascii: "?"): (UInt8(ascii: "?"), .coalesce),
        ]
        if let (second, kind) = twoByte[byte], nextByte == second {
            position += 2
            return Token(kind, kind.rawValue, SourceRange(start, position))
        }
        if byte == UInt8(ascii: "!"), nextByte == UInt8(ascii: "~") {
            position += 2
            return Token(.notTilde, "!~", SourceRange(start, position))
        }
        let single: [UInt8: Token.Kind] = [
            UInt8(ascii: "|"): .pipe, UInt8(ascii: ","): .comma, UInt8(ascii: ";"): .semicolon,
            UInt8(ascii: "."): .dot, UInt8(ascii: "("): .leftParen, UInt8(ascii: ")"): .rightParen,
            UInt8(ascii: "["): .leftBracket, UInt8(ascii: "]"): .rightBracket, UInt8(ascii: "="): .assign,
            UInt8(ascii: "<"): .less, UInt8(ascii: ">"): .greater, UInt8(ascii: "+"): .plus,
            UInt8(ascii: "-"): .minus, UInt8(ascii: "*"): .star, UInt8(ascii: "/"): .slash,
            UInt8(ascii: "%"): .percent, UInt8(ascii: "~"): .tilde,
        ]
        if let kind = single[byte] {
            position += 1
            return Token(kind, kind.rawValue, SourceRange(start, position))
        }
        // Skip the whole scalar so the error underlines one character, not a broken byte.
        position += 1
        while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
        let character = slice(start, position)
        var help = "queries use letters, digits, quotes and the operators | , ; ( ) [ ] . = == != < <= > >= + - * / % ?? ~"
        if character == "“" || character == "”" || character == "‘" || character == "’" {
            help = "use straight quotes \" or ' around strings"
        } else if character == "&" {
            help = "write `and` instead of `&&`"
        }
        throw QueryError("unexpected character `\(character)`", at: SourceRange(start, position), help: help)
    }

    private func slice(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
