import DossierModel

/// A conversation with one corpus: it runs chunks of query text and keeps what they define —
/// variables (`let`), functions (`def`) and the last result (`_`) — for the statements after.
///
/// ```swift
/// let session = QuerySession(corpus: corpus)
/// for outcome in try session.run("claims | where speaker == \"Putin\" | take 3") { … }
/// ```
public final class QuerySession {
    /// The corpus and its indexes.
    public private(set) var index: CorpusIndex
    /// Polled while a query runs; when it returns true the query stops with `QueryError.cancelled`.
    public var isCancelled: @Sendable () -> Bool = { false }
    public var limits: QueryLimits
    /// Called after each statement with its text and the time it took, not counting the time the
    /// outcome handler spent (rendering); for `--timings` and `.timer`.
    public var statementTimed: ((String, Duration) -> Void)?

    var variables: [String: Binding] = [:]
    private var functions: [String: FunctionDefinition] = [:]
    /// The rows of the last query that produced rows, for `provenance(ofRow:)`.
    public private(set) var lastResult: QueryResult?

    public init(corpus: Corpus, limits: QueryLimits = QueryLimits()) {
        index = CorpusIndex(corpus)
        self.limits = limits
    }

    /// Swaps in a new corpus (after `.load`). Functions stay; variables and `_` held rows of the old
    /// corpus, so they are dropped.
    public func replaceCorpus(_ corpus: Corpus) {
        index = CorpusIndex(corpus)
        variables = [:]
        lastResult = nil
    }

    /// Binds a variable to a text value, as `--arg name=value` does.
    public func setVariable(_ name: String, text: String) {
        variables[name] = .value(.string(text))
    }

    // MARK: Running

    /// Runs every statement of `text` in order, handing each outcome to `handle` as soon as it exists,
    /// and stops at the first error. `name` is how errors refer to the text (a file name, `-c`).
    public func run(
        _ text: String, named name: String = "query", each handle: (Outcome) throws(QueryError) -> Void
    ) throws(QueryError) {
        let statements: [Statement]
        do {
            statements = try Parser.parse(text)
        } catch {
            throw error.located(in: name, text: text)
        }
        let clock = ContinuousClock()
        for statement in statements {
            let start = clock.now
            var handling = Duration.zero
            do {
                try run(statement, text: text, name: name) { outcome throws(QueryError) in
                    let handlingStart = clock.now
                    defer { handling += clock.now - handlingStart }
                    try handle(outcome)
                }
            } catch {
                throw error.located(in: name, text: text)
            }
            statementTimed?(Self.slice(text, statement.range), clock.now - start - handling)
        }
    }

    /// Runs `text` and collects the outcomes.
    public func run(_ text: String, named name: String = "query") throws(QueryError) -> [Outcome] {
        var outcomes: [Outcome] = []
        try run(text, named: name) { outcomes.append($0) }
        return outcomes
    }

    private func run(
        _ statement: Statement, text: String, name: String, handle: (Outcome) throws(QueryError) -> Void
    ) throws(QueryError) {
        switch statement {
        case .query(let pipeline):
            let binding = try evaluate(pipeline, handle: handle)
            variables["_"] = binding
            switch binding {
            case .table(let table):
                let result = QueryResult(table: table, index: index)
                lastResult = result
                try handle(.rows(result))
            case .value(let value):
                try handle(.value(Cell(value, semantics: ValueSemantics(index: index))))
            }
        case .assignment(let target, let value, _):
            try checkAssignable(target)
            let binding = try evaluate(value, handle: handle)
            variables[target.name] = binding
            try handle(.assigned(name: target.name, summary: summary(of: binding)))
        case .definition(let target, let parameters, let body, let range):
            try checkAssignable(target)
            var seen = Set<String>()
            for parameter in parameters where !seen.insert(parameter.name).inserted {
                throw QueryError("the parameter `\(parameter.name)` is named twice", at: parameter.range, kind: .name)
            }
            let definition = FunctionDefinition(
                name: target.name, parameters: parameters.map(\.name), body: body, source: Self.slice(text, range))
            functions[target.name] = definition
            try handle(.defined(definition))
        case .explain(let pipeline, _):
            var runner = PipelineRunner(environment: environment())
            let steps = try runner.explain(pipeline)
            for warning in runner.warnings { try handle(.warning(warning)) }
            try handle(.explanation(Explanation(steps: steps.map { keyword, range, rows in
                Explanation.Step(keyword: keyword, text: Self.slice(text, range), rows: rows)
            })))
        case .include(let path, let range):
            try handle(.include(path: path, range: range))
        }
    }

    private func evaluate(_ pipeline: Pipeline, handle: (Outcome) throws(QueryError) -> Void) throws(QueryError) -> Binding {
        var runner = PipelineRunner(environment: environment())
        let binding = try runner.run(pipeline)
        for warning in runner.warnings { try handle(.warning(warning)) }
        return binding
    }

    private func environment() -> Environment {
        Environment(index: index, variables: variables, functions: functions, limits: limits, isCancelled: isCancelled)
    }

    /// Words the language gives a meaning to cannot be variable or function names.
    static let reservedNames: Set<String> = Set(SourceKind.allCases.map(\.rawValue) + Parser.stageKeywords + [
        "let", "def", "explain", "include", "cooccurrence", "this", "_", "and", "or", "not", "in", "has", "contains",
        "matches", "true", "false", "null", "by", "aggregate", "on", "as", "asc", "desc",
    ])

    private func checkAssignable(_ name: Identifier) throws(QueryError) {
        if Self.reservedNames.contains(name.name) {
            throw QueryError(
                "`\(name.name)` is part of the language and cannot be redefined", at: name.range,
                help: "choose another name, e.g. `my_\(name.name)`", kind: .name)
        }
    }

    private func summary(of binding: Binding) -> String {
        switch binding {
        case .table(let table): "\(table.rowCount) row\(table.rowCount == 1 ? "" : "s")"
        case .value(let value): Cell(value, semantics: ValueSemantics(index: index)).plainText
        }
    }

    /// The source text a range covers.
    static func slice(_ text: String, _ range: SourceRange) -> String {
        let utf8 = Array(text.utf8)
        let lower = min(range.lowerBound, utf8.count), upper = min(range.upperBound, utf8.count)
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }

    // MARK: Provenance

    /// Where row `row` (from 0) of the last result comes from: its sentence(s), words marked, with offsets.
    public func provenance(ofRow row: Int) throws(QueryError) -> QueryResult {
        guard let last = lastResult else {
            throw QueryError("there is no result yet to explain", at: nil, help: "run a query first, e.g. `claims | take 5`", kind: .name)
        }
        guard row >= 0, row < last.rowCount else {
            throw QueryError(
                "the last result has \(last.rowCount) row\(last.rowCount == 1 ? "" : "s"); there is no row \(row + 1)",
                at: nil, kind: .name)
        }
        let table = last.table.selecting(rows: [row])
        let provenance = Provenance(environment: environment())
        return QueryResult(table: try provenance.why(table, at: SourceRange(0, 0), firstRowNumber: row + 1), index: index)
    }

    // MARK: Introspection

    /// The session's variables and functions, for `.defs`.
    public var definitions: [Definition] {
        let values = variables.filter { $0.key != "_" }.map { Definition(name: $0.key, kind: .variable, text: summary(of: $0.value)) }
        let defined = functions.values.map { Definition(name: $0.name, kind: .function, text: $0.source) }
        return (values + defined).sorted { $0.name < $1.name }
    }

    /// Every source with its fields, for `.schema`.
    public static func schema(of source: SourceKind) -> [FieldDescription] {
        Schema.table(source).fields.map { FieldDescription(name: $0.name, type: $0.type.description, summary: $0.summary) }
    }

    /// The fields a source shows by default.
    public static func shownFields(of source: SourceKind) -> [String] { Schema.table(source).shown }

    /// Every built-in function and aggregate with a one-line description.
    public static var functionSummaries: [(name: String, summary: String)] {
        Builtin.allCases.map { ($0.rawValue, $0.summary) } + Aggregate.allCases.map { ($0.rawValue, $0.summary) }
    }

    /// Every stage keyword.
    public static var stageKeywords: [String] { Parser.stageKeywords }
}

/// A variable or function of the session.
public struct Definition: Sendable, Equatable {
    public enum Kind: String, Sendable { case variable, function }
    public var name: String
    public var kind: Kind
    /// For a variable what it holds; for a function its definition as written.
    public var text: String
}

/// One field of a source, for `.schema` and the reference.
public struct FieldDescription: Sendable, Equatable {
    public var name: String
    public var type: String
    public var summary: String
}
