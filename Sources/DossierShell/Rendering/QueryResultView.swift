import DossierQuery

/// The part of a result renderers read: column names and cells. `QueryResult` provides it; tests
/// can build one by hand.
public protocol QueryResultView {
    var columns: [String] { get }
    var rowCount: Int { get }
    func cell(row: Int, column: Int) -> Cell
}

extension QueryResult: QueryResultView {}
