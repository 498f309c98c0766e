/// Lays out completion candidates in columns, the way shells list them under the prompt.
enum CandidateList {
    /// The candidates in as many columns as fit in `width`, filled down each column; every name is
    /// made terminal-safe because actor and framework names come from articles.
    static func layout(_ candidates: [String], width: Int) -> String {
        let names = candidates.map { TerminalSafeText.escape($0) }
        let columnWidth = (names.map(\.count).max() ?? 0) + 2
        let columns = max(1, min(names.count, width / max(columnWidth, 1)))
        let rows = (names.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < names.count else { break }
                let name = names[index]
                let isLast = column == columns - 1 || index + rows >= names.count
                line += isLast ? name : name + String(repeating: " ", count: columnWidth - name.count)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
