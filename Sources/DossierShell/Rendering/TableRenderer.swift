import DossierPictures
import DossierQuery

/// Draws a result as an aligned table with box-drawing lines, measuring text in terminal columns
/// (wide CJK characters count twice). Long cells wrap onto a few lines, then are cut with `…`;
/// the footer counts rows and says when something was cut.
struct TableRenderer {
    /// The widest the whole table may be.
    var maximumWidth: Int
    /// A wrapped cell shows at most this many lines.
    var maximumLines = 4
    /// No column is squeezed below this.
    var minimumColumnWidth = 6

    func render(_ result: QueryResultView) -> String {
        let headers = result.columns.map { TerminalSafeText.escape($0) }
        var cells: [[String]] = []
        var numeric = [Bool](repeating: true, count: headers.count)
        var sawValue = [Bool](repeating: false, count: headers.count)
        cells.reserveCapacity(result.rowCount)
        for row in 0..<result.rowCount {
            var line: [String] = []
            for column in headers.indices {
                let cell = result.cell(row: row, column: column)
                if cell != .null {
                    sawValue[column] = true
                    if !CellText.isNumeric(cell) { numeric[column] = false }
                }
                line.append(CellText.of(cell))
            }
            cells.append(line)
        }
        for column in headers.indices where !sawValue[column] { numeric[column] = false }
        let widths = columnWidths(headers: headers, cells: cells)
        var cut = false
        var lines: [String] = []
        lines.append(border("┌", "┬", "┐", widths))
        lines += layoutRow(headers, widths: widths, numeric: [Bool](repeating: false, count: headers.count), cut: &cut)
        lines.append(border("├", "┼", "┤", widths))
        for row in cells { lines += layoutRow(row, widths: widths, numeric: numeric, cut: &cut) }
        lines.append(border("└", "┴", "┘", widths))
        var footer = "\(result.rowCount) row\(result.rowCount == 1 ? "" : "s")"
        if cut { footer += " (long cells cut at …; use --format json or .mode json for the full text)" }
        lines.append(footer)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Natural widths, then the widest columns shrink until the table fits.
    private func columnWidths(headers: [String], cells: [[String]]) -> [Int] {
        var widths = headers.map { max(1, DisplayWidth.of($0)) }
        for row in cells {
            for (column, text) in row.enumerated() {
                let longestLine = text.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.of(String($0)) }.max() ?? 0
                widths[column] = max(widths[column], longestLine)
            }
        }
        let frame = 3 * widths.count + 1
        while widths.reduce(0, +) + frame > maximumWidth {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > minimumColumnWidth else { break }
            widths[widest] -= 1
        }
        return widths
    }

    private func border(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> String {
        left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
    }

    private func layoutRow(_ texts: [String], widths: [Int], numeric: [Bool], cut: inout Bool) -> [String] {
        var wrapped: [[String]] = []
        for (column, text) in texts.enumerated() {
            let (lines, wasCut) = wrap(text, width: widths[column])
            if wasCut { cut = true }
            wrapped.append(lines)
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            "│" + wrapped.enumerated().map { column, lines in
                let text = line < lines.count ? lines[line] : ""
                let padding = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(text)))
                return " " + (numeric[column] ? padding + text : text + padding) + " "
            }.joined(separator: "│") + "│"
        }
    }

    /// Breaks text into lines of at most `width` columns, at spaces where possible.
    func wrap(_ text: String, width: Int) -> (lines: [String], cut: Bool) {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var lastSpace: String.Index?
        for character in text {
            let characterWidth = DisplayWidth.of(String(character))
            if currentWidth + characterWidth > width {
                if let space = lastSpace, space > current.startIndex {
                    let rest = String(current[current.index(after: space)...])
                    lines.append(String(current[..<space]))
                    current = rest
                } else {
                    lines.append(current)
                    current = ""
                }
                currentWidth = DisplayWidth.of(current)
                lastSpace = nil
            }
            if character == " " { lastSpace = current.endIndex }
            current.append(character)
            currentWidth += characterWidth
        }
        lines.append(current)
        guard lines.count > maximumLines else { return (lines, false) }
        var kept = Array(lines.prefix(maximumLines))
        var last = kept[maximumLines - 1]
        while DisplayWidth.of(last) + 1 > width, !last.isEmpty { last.removeLast() }
        kept[maximumLines - 1] = last + "…"
        return (kept, true)
    }
}
