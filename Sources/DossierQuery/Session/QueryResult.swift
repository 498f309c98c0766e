/// The rows a pipeline produced, ready to render. Cells are read on demand, so a result over a large
/// source costs nothing until it is shown.
public struct QueryResult: Sendable {
    let table: Table
    let index: CorpusIndex

    init(table: Table, index: CorpusIndex) {
        self.table = table
        self.index = index
    }

    /// Column names, in order.
    public var columns: [String] { table.columns.map(\.name) }

    /// Column types as words (`text`, `int`, `actor`, `list of framework`…).
    public var columnTypes: [String] { table.columns.map(\.type.description) }

    public var rowCount: Int { table.rowCount }

    /// The cell at a row and column (both from 0).
    public func cell(row: Int, column: Int) -> Cell {
        Cell(table.value(row: row, column: table.columns[column], index: index), semantics: ValueSemantics(index: index))
    }

    /// A whole row of cells.
    public func row(_ row: Int) -> [Cell] { table.columns.indices.map { cell(row: row, column: $0) } }

    /// Whether rows still know where in the corpus they come from (so `why` and `.why` work).
    public var hasProvenance: Bool { table.origin != nil }
}
