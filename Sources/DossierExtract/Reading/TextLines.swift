/// The lines of a text as byte ranges (without the `\n`), trimmed of surrounding white space.
struct TextLine {
    /// The whole line.
    var range: Range<Int>
    /// The line without leading and trailing white space; empty for a blank line.
    var trimmed: Range<Int>

    var isBlank: Bool { trimmed.isEmpty }
}

enum TextLines {
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        let count = bytes.count
        while true {
            let end = nextNewline(bytes, from: start) ?? count
            lines.append(TextLine(range: start..<end, trimmed: trim(bytes, start..<end)))
            if end == count { return lines }
            start = end + 1
        }
    }

    /// The first line with something on it, found without splitting the rest of the text.
    static func firstNonBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> TextLine? {
        var start = 0
        while start <= bytes.count {
            let end = nextNewline(bytes, from: start) ?? bytes.count
            let line = TextLine(range: start..<end, trimmed: trim(bytes, start..<end))
            if !line.isBlank { return line }
            start = end + 1
        }
        return nil
    }

    /// Articles are mostly long paragraph lines, so the line end is found with memchr.
    private static func nextNewline(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        Bytes.firstIndex(of: Bytes.newline, in: bytes, start..<max(start, bytes.count))
    }

    /// Trims ASCII white space and no-break spaces (U+00A0, which blog exports scatter around).
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            if Bytes.isSpace(bytes[lower]) { lower += 1 } else if bytes[lower] == 0xC2, lower + 1 < upper, bytes[lower + 1] == 0xA0 { lower += 2 } else { break }
        }
        while upper > lower {
            if Bytes.isSpace(bytes[upper - 1]) { upper -= 1 } else if upper - 2 >= lower, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 { upper -= 2 } else { break }
        }
        return lower..<upper
    }
}
