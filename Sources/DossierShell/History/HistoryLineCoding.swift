/// One history entry per line: a statement typed over several lines keeps its newlines, escaped as
/// `\n`, and backslashes are doubled so the escape stays unambiguous.
enum HistoryLineCoding {
    static func encode(_ entry: String) -> String {
        guard entry.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return entry }
        var line = ""
        for character in entry.unicodeScalars {
            switch character {
            case "\\": line += "\\\\"
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            default: line.unicodeScalars.append(character)
            }
        }
        return line
    }

    static func decode<Bytes: Collection<UInt8>>(_ line: Bytes) -> String {
        guard line.contains(UInt8(ascii: "\\")) else { return String(decoding: line, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.count)
        var escaping = false
        for byte in line {
            if escaping {
                switch byte {
                case UInt8(ascii: "n"): bytes.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "r"): bytes.append(UInt8(ascii: "\r"))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
                default: bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
                }
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                bytes.append(byte)
            }
        }
        if escaping { bytes.append(UInt8(ascii: "\\")) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
