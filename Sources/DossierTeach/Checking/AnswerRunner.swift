import DossierModel
import DossierQuery

/// Why an answer produced no rows to compare.
public enum AnswerFailure: Error, Sendable, Equatable {
    /// The query did not run; the error has its line, column and caret.
    case query(QueryError)
    /// It ran but ended in something other than rows (a value, a definition).
    case noRows
    /// It used `include`, which answers may not do.
    case include
    /// The answer was empty.
    case empty

    /// The failure on one line: a query error by its place and message, without the caret lines.
    public var summary: String {
        switch self {
        case .query(let error):
            let place = error.location.map { "\(error.sourceName ?? "answer"):\($0.line):\($0.column): " } ?? ""
            return "Your query did not run: \(place)\(error.message)"
        default: return message
        }
    }

    /// The failure in plain words.
    public var message: String {
        switch self {
        case .query(let error): "Your query did not run:\n" + error.rendered
        case .noRows: "Your answer does not end in a query that gives rows (for example `claims | take 3`)."
        case .include: "Answers cannot use `include`; write the query itself."
        case .empty: "The answer is empty."
        }
    }
}

/// Runs answer text and keeps the rows of the last statement that gave rows.
public enum AnswerRunner {
    /// How long one answer may run before it is stopped, so a runaway query cannot stall grading.
    public static let timeLimit: Duration = .seconds(20)

    /// Runs `text` in a new session on `corpus`.
    public static func run(_ text: String, on corpus: Corpus, named name: String = "answer") -> Result<RowTable, AnswerFailure> {
        run(text, in: QuerySession(corpus: corpus), named: name)
    }

    /// Runs `text` in an existing session (so it sees that session's variables and functions).
    public static func run(_ text: String, in session: QuerySession, named name: String = "answer") -> Result<RowTable, AnswerFailure> {
        guard !text.allSatisfy(\.isWhitespace) else { return .failure(.empty) }
        let deadline = ContinuousClock.now + timeLimit
        let previousCheck = session.isCancelled
        session.isCancelled = { ContinuousClock.now > deadline || previousCheck() }
        defer { session.isCancelled = previousCheck }
        var last: RowTable?
        var usedInclude = false
        do {
            try session.run(text, named: name) { outcome throws(QueryError) in
                switch outcome {
                case .rows(let result): last = RowTable(result)
                case .include: usedInclude = true
                default: break
                }
            }
        } catch {
            if error.kind == .cancelled, ContinuousClock.now > deadline {
                var timeout = QueryError("the answer ran longer than \(timeLimit) and was stopped", at: nil, kind: .limit)
                timeout.sourceName = name
                return .failure(.query(timeout))
            }
            return .failure(.query(error))
        }
        if usedInclude { return .failure(.include) }
        guard let last else { return .failure(.noRows) }
        return .success(last)
    }
}
