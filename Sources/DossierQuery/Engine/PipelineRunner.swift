/// Runs a pipeline: evaluates its head, then each stage in order.
struct PipelineRunner {
    var environment: Environment
    var warnings: [QueryError] = []

    var index: CorpusIndex { environment.index }

    mutating func run(_ pipeline: Pipeline) throws(QueryError) -> Binding {
        var current = try head(pipeline.head)
        for stage in pipeline.stages {
            guard case .table(let table) = current else {
                throw QueryError(
                    "`\(stage.keyword)` needs rows, but the pipeline before it gives a single value", at: stage.range,
                    help: "start the pipeline with a source such as `claims`", kind: .type)
            }
            current = .table(try apply(stage, to: table))
        }
        return current
    }

    /// Runs stage by stage, recording the rows left after each (for `explain`).
    mutating func explain(_ pipeline: Pipeline) throws(QueryError) -> [(String, SourceRange, Int?)] {
        var steps: [(String, SourceRange, Int?)] = []
        var current = try head(pipeline.head)
        steps.append(("source", pipeline.head.range, rows(current)))
        for stage in pipeline.stages {
            guard case .table(let table) = current else { break }
            current = .table(try apply(stage, to: table))
            steps.append((stage.keyword, stage.range, rows(current)))
        }
        return steps
    }

    private func rows(_ binding: Binding) -> Int? {
        if case .table(let table) = binding { table.rowCount } else { nil }
    }

    // MARK: Heads

    private mutating func head(_ head: Head) throws(QueryError) -> Binding {
        switch head {
        case .cooccurrence(let left, let right, let scope, let range):
            return .table(try Cooccurrence(environment: environment).table(left: left, right: right, scope: scope, range: range))
        case .expression(.name(let name, let range)) where environment.parameters[name] == nil:
            if let source = SourceKind(rawValue: name) { return .table(Table.source(source, in: index)) }
            if let binding = environment.variables[name] { return binding }
            if let function = environment.functions[name], function.parameters.isEmpty {
                return try call(function, arguments: [], at: range)
            }
            var candidates = SourceKind.allCases.map(\.rawValue) + environment.variables.keys.sorted()
            candidates += environment.functions.keys.sorted()
            if name == "_" {
                throw QueryError("`_` is the last result, but nothing has run yet", at: range, kind: .name)
            }
            throw QueryError(
                "unknown source or variable `\(name)`", at: range,
                help: Suggestion.help(for: name, in: candidates, listing: "sources are"), kind: .name)
        case .expression(.call(let name, let arguments, let range)) where environment.functions[name.name] != nil:
            let function = environment.functions[name.name]!
            guard arguments.count == function.parameters.count else {
                throw QueryError(
                    "`\(function.name)` takes \(function.parameters.count) argument\(function.parameters.count == 1 ? "" : "s"), not \(arguments.count)",
                    at: range, help: "it is defined as: \(function.source)", kind: .type)
            }
            var values: [Value] = []
            for argument in arguments { values.append(try scalar(argument)) }
            return try call(function, arguments: values, at: range)
        case .expression(let expression):
            return .value(try scalar(expression))
        }
    }

    private mutating func call(_ function: FunctionDefinition, arguments: [Value], at range: SourceRange) throws(QueryError) -> Binding {
        guard environment.callDepth < environment.limits.maximumCallDepth else {
            throw QueryError(
                "functions call each other more than \(environment.limits.maximumCallDepth) deep", at: range,
                help: "does `\(function.name)` call itself?", kind: .limit)
        }
        var inner = self
        inner.environment.callDepth += 1
        inner.environment.parameters = Dictionary(uniqueKeysWithValues: zip(function.parameters, arguments))
        do {
            let result = try inner.run(function.body)
            warnings += inner.warnings
            return result
        } catch {
            var wrapped = error
            if wrapped.kind != .cancelled, wrapped.help == nil {
                wrapped.help = "the error is inside `\(function.name)`: \(function.source)"
            }
            throw wrapped
        }
    }

    /// An expression with no rows around it (`len("abc")`, a function argument, a `let` value).
    private mutating func scalar(_ expression: Expression) throws(QueryError) -> Value {
        let empty = Table(slotTypes: [], cells: [], columns: [], origin: nil, exposesOriginFields: false)
        var compiler = environment.compiler(for: empty)
        let (compiled, _) = try compiler.compile(expression)
        warnings += compiler.warnings
        return ExpressionEvaluator(semantics: environment.semantics).evaluate(compiled, empty, 0)
    }

    // MARK: Stages

    mutating func apply(_ stage: Stage, to table: Table) throws(QueryError) -> Table {
        var stages = StageRunner(environment: environment)
        defer { warnings += stages.warnings }
        switch stage {
        case .filter(let condition, _): return try stages.filter(table, condition)
        case .select(let items, _): return try stages.select(table, items)
        case .sort(let keys, _): return try stages.sort(table, keys)
        case .take(let count, _): return try stages.take(table, count)
        case .count: return Table.single("count", .int(table.rowCount), type: .int)
        case .distinct(let items, _): return try stages.distinct(table, items)
        case .group(let keys, let aggregates, let range): return try stages.group(table, keys, aggregates, at: range)
        case .join(let join): return try stages.join(table, join)
        case .flatten(let field, let range): return try stages.flatten(table, field, at: range)
        case .why(let range): return try Provenance(environment: environment).why(table, at: range)
        }
    }
}
