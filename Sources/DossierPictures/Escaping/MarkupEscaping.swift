/// Escapes untrusted text (article prose, names, quotes) for XML, SVG and HTML.
///
/// Besides the markup characters, XML 1.0 forbids most control characters outright — a document
/// holding a raw ESC is not well-formed and parsers reject it — so controls and bidirectional
/// overrides are replaced by a visible form (`\e`, `\u{202E}`) instead of being passed through.
///
/// Works over UTF-8 bytes and copies untouched runs whole: briefings escape every sentence of a
/// corpus, and typographic quotes and dashes (which share a lead byte with the bidi controls) are in
/// nearly every one.
public enum MarkupEscaping {
    /// Text content of an element.
    public static func text(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// The value of a double-quoted attribute. Newlines and tabs survive as character references.
    public static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            var copied = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                var length = 1
                var replacement: String?
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where inAttribute: replacement = "&quot;"
                case UInt8(ascii: "'") where inAttribute: replacement = "&#39;"
                case 0x0A: replacement = inAttribute ? "&#10;" : nil
                case 0x09: replacement = inAttribute ? "&#9;" : nil
                case 0x1B: replacement = "\\e"
                case 0x0D: replacement = "\\r"
                case 0x00...0x1F, 0x7F: replacement = visible(UInt32(byte))
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                    // C1 controls U+0080–U+009F.
                    length = 2
                    replacement = visible(UInt32(bytes[index + 1]))
                case 0xE2 where index + 2 < count:
                    // Bidi controls: U+200E/F (E2 80 8E/8F), U+202A–E (E2 80 AA–AE), U+2066–9 (E2 81 A6–A9).
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if (second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)))
                        || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                        length = 3
                        replacement = visible(0x2000 + UInt32(second & 0x3F) << 6 + UInt32(third & 0x3F))
                    }
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && (0xBE...0xBF).contains(bytes[index + 2]):
                    // The non-characters U+FFFE and U+FFFF.
                    length = 3
                    replacement = visible(0xFF00 + UInt32(bytes[index + 2] & 0x3F) + 0xC0)
                default: break
                }
                if let replacement {
                    if output.isEmpty { output.reserveCapacity(count + 16) }
                    output.append(contentsOf: bytes[copied..<index])
                    output.append(contentsOf: replacement.utf8)
                    copied = index + length
                }
                index += length
            }
            if copied == 0 && output.isEmpty { return String(decoding: bytes, as: UTF8.self) }
            output.append(contentsOf: bytes[copied..<count])
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func visible(_ value: UInt32) -> String {
        "\\u{" + String(value, radix: 16, uppercase: true) + "}"
    }
}
