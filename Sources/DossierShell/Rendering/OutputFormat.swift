/// How results are written: for people (`table`, `markdown`, `chart`) or for other programs (`json`, `jsonl`, `csv`, `tsv`).
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, jsonl, csv, tsv, markdown, chart

    /// Renders a result in this format. `width` is the terminal's width, used only by `table` and `chart`.
    public func render(_ result: QueryResultView, width: Int = 100) -> String {
        switch self {
        case .table: TableRenderer(maximumWidth: width).render(result)
        case .json: JSONRenderer.render(result, linePerRow: false)
        case .jsonl: JSONRenderer.render(result, linePerRow: true)
        case .csv: DelimitedRenderer(separator: ",").render(result)
        case .tsv: DelimitedRenderer(separator: "\t").render(result)
        case .markdown: MarkdownRenderer.render(result)
        case .chart: ChartRenderer(maximumWidth: width).render(result)
        }
    }
}
