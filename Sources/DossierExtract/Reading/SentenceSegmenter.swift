/// Splits a paragraph into sentences over UTF-8 bytes.
///
/// A sentence ends at `.`, `?` or `!` (plus any closing quotes or brackets) followed by white space and
/// something that can start a sentence. A period after an abbreviation ("Mr.", "e.g.", "Jan. 5"), an
/// initial ("J. Smith") or inside a number ("3.5") does not end one.
enum SentenceSegmenter {
    /// What a short word before a period says about it ending the sentence, by the word's lowercase letters.
    private enum Abbreviation {
        /// Titles and Latin abbreviations ("Mr.", "e.g."): the period never ends a sentence.
        case neverFinal
        /// "etc.", "Inc.": it ends one only when a typical sentence opener follows ("in the U.S. The…").
        case sometimesFinal
        /// "No. 5", "Art. 3": not before a number.
        case beforeNumber
    }

    private static let abbreviations: [UInt64: Abbreviation] = {
        var table: [UInt64: Abbreviation] = [:]
        let groups: [(Abbreviation, [String])] = [
            (.neverFinal, ["mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "maj", "capt", "sgt", "sen", "rep", "gov",
                           "rev", "hon", "pres", "amb", "e.g", "i.e", "cf", "vs", "viz", "approx", "fig"]),
            (.sometimesFinal, ["etc", "inc", "ltd", "co", "corp", "jr", "sr", "al"]),
            (.beforeNumber, ["no", "nos", "art", "para"]),
        ]
        for (kind, words) in groups {
            for word in words { table[ShortWord(word.utf8).lowercase] = kind }
        }
        return table
    }()

    /// Month names of up to four letters as written ("Jan", "Sept"), but not "May", which is also a word.
    private static let shortMonths: Set<UInt64> = Set(
        CalendarNames.months.keys.filter { $0.utf8.count <= 4 && $0 != "May" }.map { ShortWord($0.utf8).asWritten }
    )

    private static let sentenceOpeners: WordSet = [
        "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "In", "But", "And", "However",
        "A", "An", "As", "Its", "Their", "His", "Her", "There", "Yet", "So", "For", "On", "At", "By", "If", "When", "While",
    ]

    static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound
        var terminators = Terminators(bytes, end)
        while let terminator = terminators.first(from: index) {
            index = boundary(at: terminator, bytes, end, isPeriod: bytes[terminator] == UInt8(ascii: "."), into: &sentences, start: &start)
        }
        let last = TextLines.trim(bytes, start..<end)
        if !last.isEmpty { sentences.append(last) }
        guard sentences.contains(where: { $0.count > maximumSentenceBytes }) else { return sentences }
        return sentences.flatMap { cut($0, bytes) }
    }

    /// Longer stretches are cut at a space into pieces this size or smaller. No real sentence is this
    /// long, and extraction does work per sentence that grows with its length, so a file without full
    /// stops (a log, a minified page) would otherwise take quadratic time and memory.
    static let maximumSentenceBytes = 4_096

    private static func cut(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > maximumSentenceBytes {
            var cut = start + maximumSentenceBytes
            while cut > start + maximumSentenceBytes / 2, !Bytes.isSpace(bytes[cut]) { cut -= 1 }
            if !Bytes.isSpace(bytes[cut]) {
                cut = start + maximumSentenceBytes
                while Bytes.isContinuation(bytes[cut]) { cut -= 1 }  // never inside a character
            }
            let piece = TextLines.trim(bytes, start..<cut)
            if !piece.isEmpty { pieces.append(piece) }
            start = cut
        }
        let rest = TextLines.trim(bytes, start..<range.upperBound)
        if !rest.isEmpty { pieces.append(rest) }
        return pieces
    }

    /// Examines the terminator at `index`; records a sentence if it ends one. Returns where to continue.
    private static func boundary(
        at index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, isPeriod: Bool,
        into sentences: inout [Range<Int>], start: inout Int
    ) -> Int {
        var close = index + 1
        while close < end {
            let byte = bytes[close]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                close += 1
            } else if byte == 0xE2, close + 2 < end, bytes[close + 1] == 0x80, bytes[close + 2] == 0x9D || bytes[close + 2] == 0x99 || bytes[close + 2] == 0xA6 {
                close += 3  // ” ’ …
            } else {
                break
            }
        }
        guard close < end, Bytes.isSpace(bytes[close]) else { return close }
        var next = close
        while next < end, Bytes.isSpace(bytes[next]) { next += 1 }
        guard next < end, canStartSentence(bytes, next, end) else { return next }
        if isPeriod, !periodEndsSentence(bytes, periodAt: index, nextWordAt: next, end: end, sentenceStart: start) {
            return next
        }
        let sentence = TextLines.trim(bytes, start..<close)
        if !sentence.isEmpty { sentences.append(sentence) }
        start = next
        return next
    }

    private static func canStartSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let byte = bytes[index]
        if Bytes.isUpper(byte) || Bytes.isDigit(byte) { return true }
        if "\"'(['".utf8.contains(byte) { return true }
        return byte >= 0xC0 && canStartSentence(Bytes.scalar(in: bytes, at: index).0)
    }

    /// Out of line for the reason given at `Bytes.isLetterOrDigit(_:)`.
    @inline(never)
    private static func canStartSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || scalar == "\u{201C}" || scalar == "\u{2018}" || scalar == "\u{00AB}"
            || !scalar.properties.isAlphabetic && scalar.properties.generalCategory != .dashPunctuation
    }

    private static func periodEndsSentence(
        _ bytes: UnsafeBufferPointer<UInt8>, periodAt period: Int, nextWordAt next: Int, end: Int, sentenceStart: Int
    ) -> Bool {
        var wordStart = period
        while wordStart > sentenceStart, !Bytes.isSpace(bytes[wordStart - 1]), bytes[wordStart - 1] != UInt8(ascii: "(") {
            wordStart -= 1
        }
        guard wordStart < period else { return true }
        // Scanning the bytes, not `word.contains(".")`: Foundation's substring search was 3% of loading.
        let hasDot = bytes[wordStart..<period].contains(UInt8(ascii: "."))
        // "Kun.uz.", "grew by 2.5.": a web address or a decimal ends a sentence as any word does; dotted abbreviations
        // ("U.S.", "Ph.D.") are made of short letter groups.
        if hasDot && !isDottedAbbreviation(bytes[wordStart..<period]) { return true }
        // Every abbreviation below is at most six letters long: a longer word ends the sentence
        // without building its lowercase form and asking three tables.
        if period - wordStart > 6 && !hasDot { return true }
        // Every word the tables know is ASCII and at most eight bytes long, so it is compared as one integer:
        // building and hashing a lowercase String for every period was a hot spot of reading.
        guard period - wordStart <= ShortWord.maximumLength, !bytes[wordStart..<period].contains(where: { $0 >= 0x80 }) else {
            return hasDot ? opensSentence(bytes, next, end) : true
        }
        let word = ShortWord(bytes[wordStart..<period])
        let kind = abbreviations[word.lowercase]
        if kind == .neverFinal { return false }
        if period - wordStart == 1, Bytes.isUpper(bytes[wordStart]) { return false }  // an initial
        if period - wordStart <= 4, shortMonths.contains(word.asWritten) { return !Bytes.isDigit(bytes[next]) }
        if kind == .beforeNumber { return !Bytes.isDigit(bytes[next]) }
        if kind == .sometimesFinal || hasDot { return opensSentence(bytes, next, end) }
        return true
    }

    /// Whether the word ends in letter groups of one or two joined by dots: "U.S", "e.g", "Ph.D", "Mekong-U.S", not
    /// "Kun.uz", "24.kg" or "2.5".
    private static func isDottedAbbreviation(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var groupLength = 0
        var dots = 0
        var index = word.endIndex
        while index > word.startIndex {
            let byte = word[index - 1]
            if byte == UInt8(ascii: ".") {
                dots += 1
                groupLength = 0
            } else if Bytes.isASCIILetter(byte) || byte >= 0x80 {
                groupLength += 1
                if groupLength > 2 { return false }
            } else {
                return dots > 0 && !Bytes.isDigit(byte)
            }
            index -= 1
        }
        return dots > 0
    }

    private static func opensSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        sentenceOpeners.contains(wordAt(bytes, start, end))
    }

    /// The next `.`, `?` or `!`, found with one memchr per mark: a paragraph has a terminator every
    /// sixty bytes or so, and testing every byte for three marks was a sixth of reading.
    private struct Terminators {
        let bytes: UnsafeBufferPointer<UInt8>
        let end: Int
        /// Where each mark next occurs at or after the last search (`end` when it does not).
        var period = -1, question = -1, exclamation = -1

        init(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) {
            self.bytes = bytes
            self.end = end
        }

        mutating func first(from index: Int) -> Int? {
            if period < index { period = find(UInt8(ascii: "."), from: index) }
            if question < index { question = find(UInt8(ascii: "?"), from: index) }
            if exclamation < index { exclamation = find(UInt8(ascii: "!"), from: index) }
            let nearest = min(period, question, exclamation)
            return nearest < end ? nearest : nil
        }

        private func find(_ mark: UInt8, from index: Int) -> Int {
            Bytes.firstIndex(of: mark, in: bytes, index..<max(index, end)) ?? end
        }
    }

    private static func wordAt(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var index = start
        while index < end, Bytes.isASCIILetter(bytes[index]) { index += 1 }
        return Bytes.string(bytes, start..<index)
    }
}

/// Up to eight ASCII bytes packed into an integer, as written and lowercased.
private struct ShortWord {
    static let maximumLength = 8
    var asWritten: UInt64 = 0
    var lowercase: UInt64 = 0

    init<Letters: Collection<UInt8>>(_ bytes: Letters) {
        var shift: UInt64 = 0
        for byte in bytes.prefix(Self.maximumLength) {
            asWritten |= UInt64(byte) << shift
            lowercase |= UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) << shift
            shift += 8
        }
    }
}
