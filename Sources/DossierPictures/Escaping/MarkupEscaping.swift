/// Escapes untrusted text (article prose, names, quotes) for XML, SVG and HTML.
///
/// Besides the markup characters, XML 1.0 forbids most control characters outright — a document
/// holding a raw ESC is not well-formed and parsers reject it — so controls and bidirectional
/// overrides are replaced by a visible form (`\e`, `\u{202E}`) instead of being passed through.
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
        guard text.utf8.contains(where: { needsAttention($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "'" where inAttribute: result += "&#39;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            default:
                if let visible = visibleForm(of: scalar) {
                    result += visible
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Bytes that may start something to escape: markup characters, C0 controls, DEL, and the lead
    /// bytes of C1 controls (U+0080–U+009F), bidi controls (U+200E…U+2069) and non-characters (U+FFFE/F).
    private static func needsAttention(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            || byte == 0xC2 || byte == 0xE2 || byte == 0xEF
    }

    /// A visible stand-in for characters that must not appear raw, or nil to keep the character.
    private static func visibleForm(of scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x1B: return "\\e"
        case 0x0D: return "\\r"
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF:
            return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default: return nil
        }
    }
}
