/// What running one statement produced.
public enum Outcome: Sendable {
    /// Rows to show.
    case rows(QueryResult)
    /// A single value (`len("abc")`, `2 + 3`).
    case value(Cell)
    /// `let name = …` bound a variable; `summary` says what it holds ("table of 12 rows", "42").
    case assigned(name: String, summary: String)
    /// `def …` defined (or redefined) a function.
    case defined(FunctionDefinition)
    /// `explain …`: rows after each stage.
    case explanation(Explanation)
    /// `include "path"`: the caller reads and runs the file (paths are relative to the including script).
    case include(path: String, range: SourceRange)
    /// A query ran, but something in it is probably a mistake (an entity name nothing answers to).
    case warning(QueryError)
}

/// The row count after each stage of a pipeline, from `explain`.
public struct Explanation: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        /// `source` for the head, otherwise the stage keyword.
        public var keyword: String
        /// The stage as written.
        public var text: String
        /// Rows after this step (nil when the step gives a single value).
        public var rows: Int?
    }

    public var steps: [Step]

    /// The first step after which no rows were left, if any.
    public var firstEmptyStep: Int? { steps.firstIndex { $0.rows == 0 } }

    /// One line per step, with the count and a marker where the rows ran out.
    public var rendered: String {
        let width = steps.map { $0.text.count + ($0.keyword == "source" ? 0 : 2) }.max() ?? 0
        return steps.enumerated().map { position, step in
            let text = (step.keyword == "source" ? "" : "| ") + step.text
            let padding = String(repeating: " ", count: max(0, width - text.count))
            let count = step.rows.map { "\($0) row\($0 == 1 ? "" : "s")" } ?? "a value"
            let marker = position == firstEmptyStep ? "   ← no rows left after this stage" : ""
            return "\(text)\(padding)   \(count)\(marker)"
        }.joined(separator: "\n")
    }
}
