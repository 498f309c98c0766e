import DossierPictures

/// The `chart` format: a horizontal bar chart of a result's label and number columns (see
/// `Docs/pictures.md`). A result with no column of numbers is shown as a table, with a note saying why.
struct ChartRenderer {
    var maximumWidth: Int

    func render(_ result: QueryResultView) -> String {
        do {
            let chart = try BarChart(columns: result.columns, rowCount: result.rowCount, cell: result.cell) {
                TerminalSafeText.escape($0)
            }
            return chart.render(width: maximumWidth) + "\n"
        } catch {
            return TableRenderer(maximumWidth: maximumWidth).render(result) + "note: no chart drawn: \(error.description)\n"
        }
    }
}
