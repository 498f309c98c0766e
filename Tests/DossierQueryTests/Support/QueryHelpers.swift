import DossierModel
import Testing
@testable import DossierQuery

/// Runs `query` on the fixture corpus and returns its last result's rows.
func rows(_ query: String, session: QuerySession = QuerySession(corpus: FixtureCorpus.corpus)) throws -> QueryResult {
    let outcomes = try session.run(query)
    for outcome in outcomes.reversed() {
        if case .rows(let result) = outcome { return result }
    }
    throw QueryError("no rows came out of `\(query)`", at: nil)
}

/// One column of a result as plain text, row by row.
func column(_ name: String, of result: QueryResult) -> [String] {
    guard let position = result.columns.firstIndex(of: name) else { return ["<no column \(name)>"] }
    return (0..<result.rowCount).map { result.cell(row: $0, column: position).plainText }
}

/// The error a query fails with, rendered, or nil when it succeeds.
func failure(_ query: String, session: QuerySession = QuerySession(corpus: FixtureCorpus.corpus)) -> QueryError? {
    do {
        _ = try session.run(query)
        return nil
    } catch {
        return error
    }
}

/// The single value a query gives.
func value(_ query: String, session: QuerySession = QuerySession(corpus: FixtureCorpus.corpus)) throws -> Cell? {
    for outcome in try session.run(query) {
        if case .value(let cell) = outcome { return cell }
    }
    return nil
}

/// The warnings a query gives.
func warnings(_ query: String) throws -> [QueryError] {
    try QuerySession(corpus: FixtureCorpus.corpus).run(query).compactMap {
        if case .warning(let warning) = $0 { warning } else { nil }
    }
}
