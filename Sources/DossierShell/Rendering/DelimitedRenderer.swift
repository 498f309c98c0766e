import DossierQuery

/// CSV (RFC 4180 quoting) or TSV. Control characters from article text are shown escaped, as in
/// tables, so a spreadsheet export printed on a terminal cannot drive it.
struct DelimitedRenderer {
    var separator: Character

    func render(_ result: QueryResultView) -> String {
        var lines = [result.columns.map(field).joined(separator: String(separator))]
        for row in 0..<result.rowCount {
            lines.append(result.columns.indices.map { field(CellText.of(result.cell(row: row, column: $0))) }
                .joined(separator: String(separator)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func field(_ text: String) -> String {
        let safe = TerminalSafeText.escape(text)
        if separator == "\t" { return safe }
        guard safe.contains(where: { $0 == "," || $0 == "\"" }) else { return safe }
        return "\"" + safe.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
