/// Splits text into word, number and punctuation tokens over UTF-8 bytes.
///
/// Possessive `'s`/`’s` becomes its own token so "China’s" still matches "China"; hyphens split words
/// ("Sino-Russian" → "Sino", "-", "Russian"); dotted abbreviations ("U.S.", "e.g.") and numbers with
/// decimal points or thousands separators ("3.5", "2,000") stay whole.
struct Tokenizer {
    let interner: TokenInterner
    private let possessiveID: Int32

    init(interner: TokenInterner) {
        self.interner = interner
        possessiveID = interner.lookup("'s")
    }

    func tokens(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            if Bytes.isSpace(byte) {
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 {
                index += 2
                continue
            }
            if isWordStart(bytes, index) {
                let word = word(bytes, index, end)
                tokens.append(word)
                index = word.end
                if let apostropheEnd = possessiveEnd(bytes, index, end) {
                    tokens.append(Token(start: index, end: apostropheEnd, id: possessiveID, flags: .possessive))
                    index = apostropheEnd
                }
                continue
            }
            let length = byte < 0x80 ? 1 : Bytes.scalar(in: bytes, at: index).1
            tokens.append(punctuation(bytes, index..<min(index + length, end), end, previous: tokens.last))
            index += length
        }
        return tokens
    }

    @inline(__always)
    private func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return Bytes.isASCIILetter(byte) || Bytes.isDigit(byte) }
        let scalar = Bytes.scalar(in: bytes, at: index).0
        return Bytes.isLetterOrDigit(scalar)
    }

    /// Scans the word starting at `start` in one pass, learning as it goes what the token needs: its
    /// end, its interning hash and its letter case (three separate passes were a sixth of extraction).
    private func word(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Token {
        var shape = WordShape()
        var index = start
        var segmentLetters = 0
        var dotted = false
        scan: while index < end {
            // The bulk of every word is a run of ASCII letters and digits: scanned in a loop of its own,
            // with none of the tests below, it costs a few instructions a byte.
            let runStart = index
            while index < end {
                let byte = bytes[index]
                if Bytes.isASCIILetter(byte) {
                    shape.add(letter: byte)
                } else if Bytes.isDigit(byte) {
                    shape.add(digit: byte)
                } else {
                    break
                }
                index += 1
            }
            segmentLetters += index - runStart
            guard index < end else { break }
            let byte = bytes[index]
            if byte < 0x80 {
                let hasNext = index + 1 < end
                if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")), hasNext, index > start,
                   Bytes.isDigit(bytes[index - 1]), Bytes.isDigit(bytes[index + 1]) {
                    shape.add(punctuation: byte)
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "."), segmentLetters == 1, hasNext, Bytes.isASCIILetter(bytes[index + 1]),
                   index + 2 >= end || !Bytes.isASCIILetter(bytes[index + 2]) {
                    shape.add(punctuation: byte)
                    dotted = true
                    segmentLetters = 0
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "."), dotted, segmentLetters == 1 {  // the final dot of "U.S."
                    shape.add(punctuation: byte)
                    index += 1
                    break scan
                }
                if byte == UInt8(ascii: "'"), hasNext, isInnerApostrophe(bytes, index + 1, end) {
                    shape.add(punctuation: byte)
                    index += 1
                    continue
                }
                break scan
            }
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99,
               isInnerApostrophe(bytes, index + 3, end) {
                shape.add(scalar: "\u{2019}", bytes, index..<index + 3)
                index += 3
                continue
            }
            let (scalar, length) = Bytes.scalar(in: bytes, at: index)
            guard Bytes.isLetterOrDigit(scalar) else { break scan }
            shape.add(scalar: scalar, bytes, index..<index + length)
            segmentLetters += 1
            index += length
        }
        let first = bytes[start]
        let capitalised = first < 0x80 ? Bytes.isUpper(first) : Bytes.isUppercase(Bytes.scalar(in: bytes, at: start).0)
        let range = start..<index
        return Token(start: start, end: index, id: interner.lookup(bytes, range, hash: shape.hash), flags: shape.flags(capitalised: capitalised))
    }

    /// An apostrophe inside a word ("Xi'an", "don't") but not a possessive `'s`.
    private func isInnerApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ next: Int, _ end: Int) -> Bool {
        guard next < end, Bytes.isASCIILetter(bytes[next]) else { return false }
        if bytes[next] == UInt8(ascii: "s"), next + 1 >= end || !Bytes.isASCIILetter(bytes[next + 1]) { return false }
        return true
    }

    /// Where a possessive `'s`/`’s` that starts at `index` ends, if one does.
    private func possessiveEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
        var next: Int
        if index < end, bytes[index] == UInt8(ascii: "'") {
            next = index + 1
        } else if index + 2 < end, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
            next = index + 3
        } else {
            return nil
        }
        guard next < end, bytes[next] == UInt8(ascii: "s") else { return nil }
        next += 1
        if next < end, Bytes.isASCIILetter(bytes[next]) { return nil }
        return next
    }

    private func punctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ end: Int, previous: Token?) -> Token {
        var flags: Token.Flags = []
        let byte = bytes[range.lowerBound]
        if range.count == 3, byte == 0xE2, bytes[range.lowerBound + 1] == 0x80 {
            switch bytes[range.lowerBound + 2] {
            case 0x9C: flags.insert(.openQuote)   // “
            case 0x9D: flags.insert(.closeQuote)  // ”
            case 0x98, 0x99: flags = singleQuote(bytes, range, end, previous: previous)  // ‘ ’
            default: break
            }
        } else if byte == UInt8(ascii: "\"") {
            let attached = previous.map { $0.end == range.lowerBound && !$0.flags.contains(.openQuote) } ?? false
            flags.insert(attached ? .closeQuote : .openQuote)
        } else if byte == UInt8(ascii: "'") {
            flags = singleQuote(bytes, range, end, previous: previous)
        }
        return Token(start: range.lowerBound, end: range.upperBound, id: interner.lookup(bytes, range), flags: flags)
    }

    /// British-style single quotation marks: ‘ or ' opens a quotation before a word it touches, with a space (or
    /// nothing) before it; ’ or ' closes one right after punctuation or a word, before a space or punctuation. A mark
    /// after a word ending in "s" is a plural possessive ("the Afghans' rights"), not a close; the word tokens have
    /// already kept apostrophes inside words ("Xi'an", "don’t") and possessive 's.
    private func singleQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ end: Int, previous: Token?) -> Token.Flags {
        let next = range.upperBound < end ? bytes[range.upperBound] : UInt8(ascii: " ")
        let attached = previous.map { $0.end == range.lowerBound } ?? false
        let nextIsWord = Bytes.isASCIILetter(next) || Bytes.isDigit(next) || next >= 0xC0
        if !attached || previous?.flags.contains(.openQuote) == true {
            return nextIsWord ? [.openQuote, .singleQuote] : []
        }
        guard Bytes.isSpace(next) || ",.;:?!)".utf8.contains(next) || next == 0xE2, let previous else { return [] }
        if previous.isWord {
            let last = bytes[previous.end - 1]
            if last == UInt8(ascii: "s") || last == UInt8(ascii: "S") { return [] }
        } else if !",.?!".utf8.contains(bytes[previous.start]) {
            return []
        }
        return [.closeQuote, .singleQuote]
    }
}

/// The letter case and interning hash of a word, gathered byte by byte while it is scanned.
private struct WordShape {
    var hash = TokenInterner.hashStart
    /// ASCII letters and non-ASCII characters (every one counts as a letter), and how many are upper case.
    var letters = 0
    var upper = 0
    var onlyDigits = true

    @inline(__always)
    mutating func add(letter byte: UInt8) {
        hash = TokenInterner.hash(hash, byte)
        onlyDigits = false
        letters += 1
        if byte < 0x61 { upper += 1 }  // a letter below "a" is upper case
    }

    @inline(__always)
    mutating func add(digit byte: UInt8) {
        hash = TokenInterner.hash(hash, byte)
    }

    /// Punctuation kept inside a word: "3.5", "U.S.", "don't". Between digits a comma or a point leaves a number a
    /// number ("11,000", "3.5").
    @inline(__always)
    mutating func add(punctuation byte: UInt8) {
        hash = TokenInterner.hash(hash, byte)
        if byte != UInt8(ascii: ","), byte != UInt8(ascii: ".") { onlyDigits = false }
    }

    @inline(__always)
    mutating func add(scalar: Unicode.Scalar, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        for index in range { hash = TokenInterner.hash(hash, bytes[index]) }
        onlyDigits = false
        letters += 1
        if Bytes.isUppercase(scalar) { upper += 1 }
    }

    func flags(capitalised: Bool) -> Token.Flags {
        var flags: Token.Flags = .word
        if onlyDigits { flags.insert(.number) }
        if capitalised { flags.insert(.capitalised) }
        if letters >= 2, upper == letters { flags.insert(.allCaps) }
        return flags
    }
}
