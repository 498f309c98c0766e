/// Writes untrusted text as a Graphviz DOT double-quoted string.
public enum DotEscaping {
    /// `text` as a quoted DOT string, quotes included. Backslashes are doubled so Graphviz does not read
    /// `\N`, `\G` or `\l` inside a name as its own label escapes; control characters become visible.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C: result += "\\\\"
            case 0x22: result += "\\\""
            case 0x0A: result += "\\n"
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                result += "\\\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
