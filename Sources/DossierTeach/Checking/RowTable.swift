import DossierQuery

/// Rows as plain text, the form in which answers are compared: each cell is what a person reads
/// (a name for an actor, `2024-07` for a date, lists joined with ", ").
public struct RowTable: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[String]]

    public init(columns: [String], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The text of every cell of a query result.
    public init(_ result: QueryResult) {
        columns = result.columns
        rows = (0..<result.rowCount).map { row in result.row(row).map(\.plainText) }
    }

    /// A row as one line for feedback: `China | state`.
    public static func describe(_ row: [String]) -> String {
        row.map { $0.isEmpty ? "(empty)" : $0 }.joined(separator: " | ")
    }
}
