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
        var index = 0
        let count = bytes.count
        while index <= count {
            if index == count || bytes[index] == Bytes.newline {
                lines.append(TextLine(range: start..<index, trimmed: trim(bytes, start..<index)))
                start = index + 1
            }
            index += 1
        }
        return lines
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
