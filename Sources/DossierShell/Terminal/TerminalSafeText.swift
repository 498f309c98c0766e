/// Makes untrusted text (article prose, names, quotes, file names) safe to print on a terminal.
///
/// Article text comes from anywhere; an escape sequence inside it could recolour, retitle or rewrite the
/// user's terminal. Every piece of such text passes through here before it is written, so no control
/// character reaches the terminal raw: C0 and C1 controls, DEL and bidirectional overrides are shown as
/// visible escapes (`\e`, `\u{9B}`…) instead.
public enum TerminalSafeText {
    /// Escapes every control character. Newlines and tabs are escaped too unless `keepingLayout` is set,
    /// which keeps `\n` and `\t` for multi-line output the caller lays out itself.
    public static func escape(_ text: String, keepingLayout: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLayout: keepingLayout) }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLayout: keepingLayout) {
                result.append(contentsOf: visibleForm(of: scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func needsEscape(_ scalar: Unicode.Scalar, keepingLayout: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return !keepingLayout
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi controls reorder what is shown
        default: return false
        }
    }

    private static func visibleForm(of scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1B: return "\\e"
        case 0x0A: return "\\n"
        case 0x09: return "\\t"
        case 0x0D: return "\\r"
        default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
