import DossierQuery

/// JSON for other programs: an array of objects, or one object per line (`jsonl`). Text is kept
/// exact; control characters are written as JSON escapes (`\u001b`), so nothing raw reaches a terminal.
enum JSONRenderer {
    static func render(_ result: QueryResultView, linePerRow: Bool) -> String {
        let keys = result.columns.map(quoted)
        var rows: [String] = []
        rows.reserveCapacity(result.rowCount)
        for row in 0..<result.rowCount {
            let fields = keys.indices.map { keys[$0] + ":" + value(result.cell(row: row, column: $0)) }
            rows.append("{" + fields.joined(separator: ",") + "}")
        }
        if linePerRow { return rows.map { $0 + "\n" }.joined() }
        return rows.isEmpty ? "[]\n" : "[\n" + rows.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
    }

    /// References become their label; the id is kept for entities so programs can join on it.
    static func value(_ cell: Cell) -> String {
        switch cell {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .number(let number): number.isFinite ? cell.plainText : "null"
        case .text(let text): quoted(text)
        case .date(let date): quoted(date.description)
        case .list(let items): "[" + items.map(value).joined(separator: ",") + "]"
        case .reference(_, _, let label): quoted(label)
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || TerminalSafeText.escape(String(scalar)) != String(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
