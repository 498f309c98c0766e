/// Reads rows written out in a lesson or a submission: a header line of column names, then one line
/// per row, cells separated by `|` (outer bars and a Markdown `---|---` line are allowed; `\|` is a bar
/// inside a cell).
enum RowTableText {
    struct Problem: Error {
        /// Index of the offending line within the block.
        var lineOffset: Int
        var message: String
    }

    static func parse(_ lines: [String]) throws(Problem) -> RowTable {
        let content = lines.enumerated().filter { !$0.element.allSatisfy(\.isWhitespace) }
        guard let header = content.first else { throw Problem(lineOffset: 0, message: "the rows need a header line of column names") }
        let columns = cells(of: header.element)
        if let blank = columns.firstIndex(of: "") {
            throw Problem(lineOffset: header.offset, message: "column \(blank + 1) of the header has no name")
        }
        var rows: [[String]] = []
        for (offset, line) in content.dropFirst() where !isRule(line) {
            let row = cells(of: line)
            guard row.count == columns.count else {
                throw Problem(
                    lineOffset: offset,
                    message: "this row has \(row.count) cell\(row.count == 1 ? "" : "s") but the header names \(columns.count) column\(columns.count == 1 ? "" : "s")")
            }
            rows.append(row)
        }
        return RowTable(columns: columns, rows: rows)
    }

    /// The cells of one line, trimmed.
    static func cells(of line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character == "|" ? "|" : "\\" + String(character))
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current)
        var trimmed = cells.map(trim)
        // `| a | b |` has empty cells outside the outer bars.
        if trimmed.count > 1, trimmed.first == "", line.drop(while: \.isWhitespace).first == "|" { trimmed.removeFirst() }
        if trimmed.count > 1, trimmed.last == "", line.reversed().drop(while: \.isWhitespace).first == "|" { trimmed.removeLast() }
        return trimmed
    }

    private static func isRule(_ line: String) -> Bool {
        line.contains("-") && line.allSatisfy { $0 == "-" || $0 == "|" || $0 == ":" || $0 == " " || $0 == "\t" }
    }

    static func trim(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
