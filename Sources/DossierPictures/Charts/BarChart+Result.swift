import DossierQuery

/// Why a result cannot be drawn as a bar chart.
public struct ChartError: Error, Equatable, CustomStringConvertible {
    public var description: String
}

extension BarChart {
    /// The most bars a chart draws; the rest are counted in a last line instead.
    public static let maximumBars = 200

    /// A chart of a query result: one bar per row, labelled by the first column that is not numbers,
    /// measured by the last column that is (so `group by … aggregate n = count()` charts `n`).
    ///
    /// `sanitize` makes labels safe for where the chart is shown. A column counts as numbers when every
    /// non-null cell is an integer or a number; null draws as zero.
    public init(result: QueryResult, sanitize: (String) -> String) throws(ChartError) {
        let rows = min(result.rowCount, Self.maximumBars)
        let columns = result.columns.indices
        let numeric = columns.filter { column in
            var seen = false
            for row in 0..<rows {
                switch result.cell(row: row, column: column) {
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
        let labelColumn = columns.first { !numeric.contains($0) } ?? columns.first { $0 != valueColumn }
        var bars: [Bar] = []
        bars.reserveCapacity(rows)
        for row in 0..<rows {
            let value: Double
            switch result.cell(row: row, column: valueColumn) {
            case .int(let number): value = Double(number)
            case .number(let number): value = number
            default: value = 0
            }
            let label = labelColumn.map { result.cell(row: row, column: $0).plainText } ?? "row \(row + 1)"
            bars.append(Bar(label: sanitize(label.split(whereSeparator: \.isNewline).joined(separator: " ")), value: value))
        }
        let caption = (labelColumn.map { result.columns[$0] } ?? "row") + " by " + result.columns[valueColumn]
        self.init(bars: bars, caption: sanitize(caption))
        if result.rowCount > rows { self.overflow = result.rowCount - rows }
    }
}
