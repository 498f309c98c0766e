/// A JSON value with object keys kept in the order they were written, so exports read predictably.
enum JSONValue {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }

    /// Compact when `indent` is nil, otherwise pretty-printed with that many spaces per level.
    func rendered(indent: Int? = nil) -> String {
        var output = ""
        write(to: &output, indent: indent, level: 0)
        return output
    }

    private func write(to output: inout String, indent: Int?, level: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                Self.newline(&output, indent, level + 1)
                item.write(to: &output, indent: indent, level: level + 1)
            }
            Self.newline(&output, indent, level)
            output += "]"
        case .object(let fields):
            guard !fields.isEmpty else { output += "{}"; return }
            output += "{"
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { output += "," }
                Self.newline(&output, indent, level + 1)
                Self.writeString(key, to: &output)
                output += indent == nil ? ":" : ": "
                value.write(to: &output, indent: indent, level: level + 1)
            }
            Self.newline(&output, indent, level)
            output += "}"
        }
    }

    private static func newline(_ output: inout String, _ indent: Int?, _ level: Int) {
        guard let indent else { return }
        output += "\n" + String(repeating: " ", count: indent * level)
    }

    /// Escapes quotes, backslashes and every control character, so article text cannot break the JSON
    /// or reach a terminal as an escape sequence when the JSON is printed. Works on UTF-8 bytes: exports
    /// carry whole articles' worth of sentences.
    private static func writeString(_ value: String, to output: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 2)
        bytes.append(UInt8(ascii: "\""))
        var needsSlowPath = false
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\\"): bytes.append(byte); bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0x00...0x1F, 0x7F: appendEscape(UInt32(byte), to: &bytes)
            case 0xC2, 0xE2: needsSlowPath = true; bytes.append(byte)  // C1 controls, bidi controls, line separators
            default: bytes.append(byte)
            }
        }
        if needsSlowPath {
            bytes.removeAll(keepingCapacity: true)
            bytes.append(UInt8(ascii: "\""))
            for scalar in value.unicodeScalars {
                if scalar.value < 0x80 {
                    switch scalar {
                    case "\"": bytes.append(contentsOf: Array("\\\"".utf8))
                    case "\\": bytes.append(contentsOf: Array("\\\\".utf8))
                    case "\n": bytes.append(contentsOf: Array("\\n".utf8))
                    case "\r": bytes.append(contentsOf: Array("\\r".utf8))
                    case "\t": bytes.append(contentsOf: Array("\\t".utf8))
                    default:
                        if scalar.value < 0x20 || scalar.value == 0x7F { appendEscape(scalar.value, to: &bytes) } else { bytes.append(UInt8(scalar.value)) }
                    }
                } else if (0x80...0x9F).contains(scalar.value) || (0x2028...0x2029).contains(scalar.value)
                    || TerminalSafeText.needsEscape(scalar, keepingLayout: true) {
                    appendEscape(scalar.value, to: &bytes)
                } else {
                    bytes.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
        output += String(decoding: bytes, as: UTF8.self)
    }

    private static func appendEscape(_ value: UInt32, to bytes: inout [UInt8]) {
        let hex = Array(String(value, radix: 16).utf8)
        bytes.append(contentsOf: Array("\\u".utf8))
        bytes.append(contentsOf: Array(repeating: UInt8(ascii: "0"), count: max(0, 4 - hex.count)))
        bytes.append(contentsOf: hex)
    }
}
