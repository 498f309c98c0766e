/// A JSON value with object keys kept in the order they were written, so exports read predictably.
enum JSONValue {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    /// An array whose elements are made one at a time as they are written, so a large export never
    /// holds every element's JSON at once.
    case generated(count: Int, element: (Int) -> JSONValue)
    case object([(String, JSONValue)])

    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }

    /// Compact when `indent` is nil, otherwise pretty-printed with that many spaces per level.
    func rendered(indent: Int? = nil) -> String {
        var document: [UInt8] = []
        write(indent: indent) { document += $0 }
        return String(decoding: document, as: UTF8.self)
    }

    /// Writes the value in pieces: `drain` receives the output each time about `chunkSize` bytes have
    /// built up between array elements, and the rest at the end.
    func write(indent: Int?, chunkSize: Int = 1 << 20, drain: ([UInt8]) -> Void) {
        var output: [UInt8] = []
        output.reserveCapacity(chunkSize + chunkSize / 4)
        withoutActuallyEscaping(drain) { drain in
            write(to: &output, indent: indent, level: 0, sink: Sink(chunkSize: chunkSize, drain: drain))
        }
        if !output.isEmpty { drain(output) }
    }

    private struct Sink {
        let chunkSize: Int
        let drain: ([UInt8]) -> Void

        func drainIfFull(_ output: inout [UInt8]) {
            guard output.count >= chunkSize else { return }
            drain(output)
            output.removeAll(keepingCapacity: true)
        }
    }

    private func write(to output: inout [UInt8], indent: Int?, level: Int, sink: Sink) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let items):
            Self.writeArray(count: items.count, { items[$0] }, to: &output, indent: indent, level: level, sink: sink)
        case .generated(let count, let element):
            Self.writeArray(count: count, element, to: &output, indent: indent, level: level, sink: sink)
        case .object(let fields):
            guard !fields.isEmpty else { output.append(contentsOf: "{}".utf8); return }
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(&output, indent, level + 1)
                Self.writeString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                if indent != nil { output.append(UInt8(ascii: " ")) }
                value.write(to: &output, indent: indent, level: level + 1, sink: sink)
            }
            Self.newline(&output, indent, level)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func writeArray(
        count: Int, _ element: (Int) -> JSONValue, to output: inout [UInt8], indent: Int?, level: Int, sink: Sink
    ) {
        guard count > 0 else { output.append(contentsOf: "[]".utf8); return }
        output.append(UInt8(ascii: "["))
        for index in 0..<count {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            newline(&output, indent, level + 1)
            element(index).write(to: &output, indent: indent, level: level + 1, sink: sink)
            sink.drainIfFull(&output)
        }
        newline(&output, indent, level)
        output.append(UInt8(ascii: "]"))
    }

    private static func newline(_ output: inout [UInt8], _ indent: Int?, _ level: Int) {
        guard let indent else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
    }

    /// Escapes quotes, backslashes and every control character (C0, DEL, C1, bidirectional controls,
    /// line separators), so article text can neither break the JSON nor reach a terminal as an escape
    /// sequence when the JSON is printed. Safe runs of bytes are copied whole.
    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                let escapeLength: Int
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F {
                    escapeLength = 1
                } else if byte == 0xC2, index + 1 < count, bytes[index + 1] <= 0x9F {
                    escapeLength = 2  // C1 control
                } else if byte == 0xE2, index + 2 < count, needsEscape(Bytes3(bytes[index], bytes[index + 1], bytes[index + 2])) {
                    escapeLength = 3
                } else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendEscape(of: UnsafeBufferPointer(rebasing: bytes[index..<index + escapeLength]), to: &output)
                index += escapeLength
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private struct Bytes3 {
        var scalar: UInt32
        init(_ first: UInt8, _ second: UInt8, _ third: UInt8) {
            scalar = UInt32(first & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
        }
    }

    private static func needsEscape(_ bytes: Bytes3) -> Bool {
        guard let scalar = Unicode.Scalar(bytes.scalar) else { return false }
        return (0x2028...0x2029).contains(bytes.scalar) || TerminalSafeText.needsEscape(scalar, keepingLayout: true)
    }

    private static func appendEscape(of bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first?.value ?? 0xFFFD
        switch scalar {
        case 0x22: output.append(contentsOf: "\\\"".utf8)
        case 0x5C: output.append(contentsOf: "\\\\".utf8)
        case 0x0A: output.append(contentsOf: "\\n".utf8)
        case 0x0D: output.append(contentsOf: "\\r".utf8)
        case 0x09: output.append(contentsOf: "\\t".utf8)
        default:
            let hex = String(scalar, radix: 16)
            output.append(contentsOf: "\\u".utf8)
            output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, 4 - hex.count)))
            output.append(contentsOf: hex.utf8)
        }
    }
}
