import DossierQuery

/// A GitHub-flavoured Markdown table; `|` inside cells is escaped so columns stay put.
enum MarkdownRenderer {
    static func render(_ result: QueryResultView) -> String {
        func escape(_ text: String) -> String { text.replacingAll("|", with: "\\|") }
        var lines = ["| " + result.columns.map { escape(TerminalSafeText.escape($0)) }.joined(separator: " | ") + " |"]
        lines.append("|" + result.columns.map { _ in " --- " }.joined(separator: "|") + "|")
        for row in 0..<result.rowCount {
            lines.append("| " + result.columns.indices.map { escape(CellText.of(result.cell(row: row, column: $0))) }
                .joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
