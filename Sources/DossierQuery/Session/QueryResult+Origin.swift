extension QueryResult {
    /// The source row that row `row` of the result was read from — a claim, an event, an actor… — as a
    /// reference cell (`.reference(source:id:label:)`), or nil once `group by` has merged rows.
    ///
    /// Pictures use it to draw exactly what a query selected: `claims | where …` shows only a few
    /// fields, but the network and timeline need the claims themselves.
    public func origin(ofRow row: Int) -> Cell? {
        guard let origin = table.origin, row >= 0, row < table.rowCount else { return nil }
        return Cell(table.cell(row, slot: origin), semantics: ValueSemantics(index: index))
    }
}
