import DossierQuery

/// Why a result cannot be drawn as a bar chart.
public struct ChartError: Error, Equatable, CustomStringConvertible {
    /// What is missing and what to write instead.
    public var description: String
}

extension BarChart {
    /// The most bars a chart draws; the rest are counted in a last line instead.
    public static let maximumBars = 200

    /// A chart of a query result: one bar per row, measured by the last column of numbers (so
    /// `group by … aggregate n = count()` charts `n`) and labelled by the first two text columns before
    /// it, joined with ` · ` (the group's keys, or both ends of a co-occurring pair).
    ///
    /// `sanitize` makes labels safe for where the chart is shown. A column counts as numbers when every
    /// non-null cell is an integer or a number; null draws as zero, and an empty label part reads `(none)`.
    public init(result: QueryResult, sanitize: (String) -> String) throws(ChartError) {
        try self.init(columns: result.columns, rowCount: result.rowCount, cell: result.cell, sanitize: sanitize)
    }

    /// A chart of any table of cells, given its column names, row count and a way to read a cell
    /// (row, column) — for renderers that hold results behind their own protocol.
    public init(
        columns names: [String], rowCount: Int, cell: (_ row: Int, _ column: Int) -> Cell, sanitize: (String) -> String
    ) throws(ChartError) {
        let rows = min(rowCount, Self.maximumBars)
        let columns = names.indices
        let numeric = columns.filter { column in
            var seen = false
            for row in 0..<rows {
                switch cell(row, column) {
                case .int, .number: seen = true
                case .null: continue
                default: return false
                }
            }
            return seen
        }
        guard let valueColumn = numeric.last else {
            throw ChartError(description: "a chart needs a column of numbers; count rows per group first, "
                + "e.g. `claims | group by speaker aggregate n = count() | sort n desc`")
        }
        // A row is named by its first two text columns before the number (a group's keys, a pair's
        // two ends); with none before it, by the first text column after it.
        var labelColumns = Array(columns.filter { !numeric.contains($0) && $0 < valueColumn }.prefix(2))
        if labelColumns.isEmpty, let after = columns.first(where: { !numeric.contains($0) }) { labelColumns = [after] }
        var bars: [Bar] = []
        bars.reserveCapacity(rows)
        for row in 0..<rows {
            let value: Double
            switch cell(row, valueColumn) {
            case .int(let number): value = Double(number)
            case .number(let number): value = number
            default: value = 0
            }
            var label = labelColumns.isEmpty
                ? "row \(row + 1)"
                : labelColumns.map { column -> String in
                    let text = cell(row, column).plainText
                    return text.isEmpty ? "(none)" : text
                }.joined(separator: " · ")
            label = label.split(whereSeparator: \.isNewline).joined(separator: " ")
            bars.append(Bar(label: sanitize(label), value: value))
        }
        let caption = (labelColumns.isEmpty ? "row" : labelColumns.map { names[$0] }.joined(separator: " · "))
            + " by " + names[valueColumn]
        self.init(bars: bars, caption: sanitize(caption))
        if rowCount > rows { self.overflow = rowCount - rows }
    }
}
