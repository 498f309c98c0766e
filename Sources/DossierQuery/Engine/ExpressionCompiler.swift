import DossierModel

/// Resolves the names in an expression against a table's columns, parameters and variables, checks
/// types, and folds what is constant (entity names, regexes, text needles), before any row is read.
struct ExpressionCompiler {
    let index: CorpusIndex
    let table: Table
    /// A function's arguments: they shadow columns, which shadow session variables.
    let parameters: [String: Value]
    /// Session variables and `_`.
    let lookup: (String) -> Binding?
    var warnings: [QueryError] = []

    private var semantics: ValueSemantics { ValueSemantics(index: index) }

    init(index: CorpusIndex, table: Table, parameters: [String: Value], lookup: @escaping (String) -> Binding?) {
        self.index = index
        self.table = table
        self.parameters = parameters
        self.lookup = lookup
    }

    /// Every name an expression may use here: columns, then the source's other fields.
    var fieldNames: [String] {
        var names = table.columns.map(\.name)
        if table.exposesOriginFields, let source = table.originSource {
            names += Schema.table(source).fields.map(\.name).filter { !names.contains($0) }
        }
        return names
    }

    mutating func compile(_ expression: Expression) throws(QueryError) -> (CompiledExpression, ValueType) {
        switch expression {
        case .literal(let literal, _):
            switch literal {
            case .null: return (.constant(.null), .null)
            case .bool(let flag): return (.constant(.bool(flag)), .bool)
            case .integer(let number): return (.constant(.int(number)), .int)
            case .decimal(let number): return (.constant(.double(number)), .double)
            case .string(let text): return (.constant(.string(text)), .string)
            case .date(let date): return (.constant(.date(date)), .date)
            }
        case .name(let name, let range): return try resolve(name, at: range)
        case .member(let base, let field, _):
            let (compiledBase, baseType) = try compile(base)
            let (step, type) = try self.step(field, on: baseType)
            if case .slot(let slot) = compiledBase { return (.path(.slot(slot), [step]), type) }
            if case .path(let inner, let steps) = compiledBase { return (.path(inner, steps + [step]), type) }
            return (.path(compiledBase, [step]), type)
        case .call(let function, let arguments, let range): return try call(function, arguments, at: range)
        case .unary(let op, let operand, _):
            let (compiled, type) = try compile(operand)
            switch op {
            case .not:
                try require(type, [.bool], for: operand, doing: "use `not` on")
                return (.not(compiled), .bool)
            case .negate:
                guard type.isNumeric || type == .any || type == .null else {
                    throw typeError("cannot negate \(article(type))", at: operand.range)
                }
                return (.negate(compiled), type)
            }
        case .binary(let op, let left, let right, _): return try binary(op, left, right)
        case .list(let items, _):
            var compiled: [CompiledExpression] = []
            var element: ValueType = .any
            for item in items {
                let (value, type) = try compile(item)
                compiled.append(value)
                if compiled.count == 1 { element = type }
            }
            if let values = Optional(compiled.compactMap(\.constantValue)), values.count == compiled.count {
                return (.constant(.list(values)), .list(element))
            }
            return (.list(compiled), .list(element))
        }
    }

    // MARK: Names

    private func resolve(_ name: String, at range: SourceRange) throws(QueryError) -> (CompiledExpression, ValueType) {
        if let value = parameters[name] { return try constant(.value(value), name: name, at: range) }
        if name == "this" {
            guard let origin = table.origin else {
                throw QueryError(
                    "`this` means the row's actor, claim…, but these rows were computed", at: range,
                    help: "use `this` before `select` or `group by`", kind: .name)
            }
            return (.slot(origin), table.slotTypes[origin])
        }
        if let column = table.columns.first(where: { $0.name == name }) {
            return (column.path.isEmpty ? .slot(column.slot) : .path(.slot(column.slot), column.path), column.type)
        }
        if table.exposesOriginFields, let origin = table.origin, let source = table.originSource,
           let field = Schema.table(source)[name] {
            return (.path(.slot(origin), [PathStep(field, of: source)]), field.type)
        }
        if let binding = lookup(name) { return try constant(binding, name: name, at: range) }
        if SourceKind(rawValue: name) != nil {
            throw QueryError(
                "`\(name)` is a source, not a field", at: range,
                help: "a source starts a pipeline (`\(name) | …`) or follows `join`", kind: .name)
        }
        throw QueryError(
            "unknown field `\(name)`", at: range,
            help: Suggestion.help(for: name, in: fieldNames, listing: "fields here are"), kind: .name)
    }

    private func constant(_ binding: Binding, name: String, at range: SourceRange) throws(QueryError) -> (CompiledExpression, ValueType) {
        switch binding {
        case .value(let value): return (.constant(value), ValueType.of(value))
        case .table(let held):
            guard held.columns.count == 1 else {
                throw QueryError(
                    "`\(name)` holds a table with \(held.columns.count) columns, not a value", at: range,
                    help: "select one column to use it as a list, e.g. `let names = \(name) | select name`", kind: .type)
            }
            let column = held.columns[0]
            let values = (0..<held.rowCount).map { held.value(row: $0, column: column, index: index) }
            return (.constant(.list(values)), .list(column.type))
        }
    }

    private func step(_ field: Identifier, on type: ValueType) throws(QueryError) -> (PathStep, ValueType) {
        var sources: [SourceKind]
        var listed = false
        switch type {
        case .row(let source): sources = [source]
        case .entity: sources = [.actors, .frameworks]
        case .list(.row(let source)):
            sources = [source]
            listed = true
        case .list(.entity):
            sources = [.actors, .frameworks]
            listed = true
        case .any, .list(.any), .null: sources = SourceKind.allCases
        default:
            throw typeError("\(article(type)) has no fields; `.\(field.name)` only works on actors, claims, frameworks…", at: field.range)
        }
        guard let step = PathStep(named: field.name, sources: sources) else {
            let known = sources.flatMap { Schema.table($0).fields.map(\.name) }
            throw QueryError(
                "\(sources.count == 1 ? article(.row(sources[0])) : "an entity") has no field `\(field.name)`",
                at: field.range, help: Suggestion.help(for: field.name, in: known, listing: "its fields are"), kind: .name)
        }
        let fieldType = sources.count == 1 ? Schema.table(sources[0])[field.name]!.type : .any
        return (step, listed ? .list(fieldType) : fieldType)
    }

    // MARK: Calls

    private mutating func call(_ function: Identifier, _ arguments: [Expression], at range: SourceRange) throws(QueryError) -> (CompiledExpression, ValueType) {
        guard let builtin = Builtin(rawValue: function.name) else {
            if Aggregate(rawValue: function.name) != nil {
                throw QueryError(
                    "`\(function.name)()` adds up a group; it can only be used after `group by … aggregate`", at: function.range,
                    help: "write `group by speaker aggregate n = \(function.name)(…)`", kind: .name)
            }
            throw QueryError(
                "unknown function `\(function.name)`", at: function.range,
                help: Suggestion.help(for: function.name, in: Builtin.allCases.map(\.rawValue), listing: "functions are"),
                kind: .name)
        }
        guard builtin.arity.contains(arguments.count) else {
            let wanted = builtin.arity.lowerBound == builtin.arity.upperBound
                ? "\(builtin.arity.lowerBound)" : "\(builtin.arity.lowerBound) to \(builtin.arity.upperBound)"
            throw QueryError(
                "`\(builtin.rawValue)` takes \(wanted) argument\(builtin.arity.upperBound == 1 ? "" : "s"), not \(arguments.count)",
                at: range, help: builtin.summary, kind: .type)
        }
        var compiled: [CompiledExpression] = []
        var types: [ValueType] = []
        for argument in arguments {
            let (value, type) = try compile(argument)
            compiled.append(value)
            types.append(type)
        }
        switch builtin.resultType(types) {
        case .failure(let problem):
            throw typeError(
                "`\(builtin.rawValue)` needs \(problem.expected) here, not \(article(problem.found))",
                at: arguments[problem.position].range, help: builtin.summary)
        case .success(let type):
            if builtin == .matches, case .constant(.string(let pattern)) = compiled[1] {
                return (.regex(compiled[0], try regex(pattern, at: arguments[1].range), negated: false), .bool)
            }
            if compiled.allSatisfy({ $0.constantValue != nil }) {
                return (.constant(builtin.evaluate(compiled.map { $0.constantValue! }, semantics)), type)
            }
            return (.builtin(builtin, compiled), type)
        }
    }

    private func regex(_ pattern: String, at range: SourceRange) throws(QueryError) -> Regex {
        do {
            return try Regex(pattern)
        } catch {
            throw QueryError(
                "bad regular expression: \(error.message) (at character \(error.offset + 1) of the pattern)", at: range,
                help: "patterns support . [a-z] [^…] \\d \\w \\s \\b ^ $ (…) | * + ? {m,n}; start with (?i) to ignore case",
                kind: .type)
        }
    }

    // MARK: Operators

    private mutating func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression) throws(QueryError) -> (CompiledExpression, ValueType) {
        let (l, lt) = try compile(left)
        let (r, rt) = try compile(right)
        switch op {
        case .and, .or:
            try require(lt, [.bool], for: left, doing: "use `\(op.rawValue)` on")
            try require(rt, [.bool], for: right, doing: "use `\(op.rawValue)` on")
            return (op == .and ? .and(l, r) : .or(l, r), .bool)
        case .equal, .notEqual:
            let negated = op == .notEqual
            try checkComparable(lt, rt, left, right, ordering: false)
            if lt.isEntityOrEntityList, case .constant(.string(let name)) = r {
                return (.entityIn(l, entitySet(name, type: lt, at: right.range), negated: negated), .bool)
            }
            if rt.isEntityOrEntityList, case .constant(.string(let name)) = l {
                return (.entityIn(r, entitySet(name, type: rt, at: left.range), negated: negated), .bool)
            }
            return (.equal(l, try dateConstant(r, against: lt, at: right.range), negated: negated), .bool)
        case .less, .lessEqual, .greater, .greaterEqual:
            try checkComparable(lt, rt, left, right, ordering: true)
            return (.order(op, l, try dateConstant(r, against: lt, at: right.range)), .bool)
        case .add, .subtract, .multiply, .divide, .remainder:
            if op == .add, lt == .string || rt == .string {
                return (.arithmetic(op, l, r), .string)
            }
            for (type, side) in [(lt, left), (rt, right)] where !(type.isNumeric || type == .any || type == .null) {
                throw typeError("cannot do arithmetic (`\(op.rawValue)`) with \(article(type))", at: side.range)
            }
            let type: ValueType = op == .divide || lt == .double || rt == .double ? .double : (lt == .any || rt == .any ? .any : .int)
            return (.arithmetic(op, l, r), type)
        case .coalesce:
            return (.coalesce(l, r), lt == .null || lt == .any ? rt : lt)
        case .in, .notIn:
            guard rt.element != nil || rt == .any || rt == .null else {
                throw typeError("`in` needs a list on its right, not \(article(rt))", at: right.range,
                                help: "write a list in brackets: `in [\"China\", \"Russia\"]`")
            }
            if lt.isEntity, case .constant(.list(let items)) = r, items.allSatisfy({ if case .string = $0 { true } else { false } }) {
                var matches = Set<RowReference>()
                for case .string(let name) in items { matches.formUnion(entitySet(name, type: lt, at: right.range)) }
                return (.entityIn(l, matches, negated: op == .notIn), .bool)
            }
            return (.membership(l, r, negated: op == .notIn), .bool)
        case .has, .contains:
            try requireText(lt, for: left, op: op)
            try require(rt, [.string], for: right, doing: "search for")
            if case .constant(.string(let needle)) = r {
                return (.text(TextSearch(needle, wholeWord: op == .has), l), .bool)
            }
            return (.dynamicText(wholeWord: op == .has, l, r), .bool)
        case .matches, .notMatches:
            try requireText(lt, for: left, op: op)
            try require(rt, [.string], for: right, doing: "match with")
            if case .constant(.string(let pattern)) = r {
                return (.regex(l, try regex(pattern, at: right.range), negated: op == .notMatches), .bool)
            }
            return (.dynamicRegex(l, r, negated: op == .notMatches, right.range), .bool)
        }
    }

    /// The rows an entity name stands for; a name nothing answers to gets a warning with a suggestion.
    private mutating func entitySet(_ name: String, type: ValueType, at range: SourceRange) -> Set<RowReference> {
        let sources: [SourceKind] = switch type {
        case .row(let source): [source]
        case .list(.row(let source)): [source]
        default: [.actors, .frameworks]
        }
        var result = Set<RowReference>()
        for source in sources {
            for position in index.entities(named: name, in: source) { result.insert(RowReference(source, position)) }
        }
        if result.isEmpty {
            let names = sources.flatMap { index.allNames(of: $0) }
            let what = sources.count == 1 ? sources[0].singular : "actor or framework"
            warnings.append(QueryError(
                "no \(what) is called \"\(name)\", so this matches nothing", at: range,
                help: Suggestion.closest(to: name, in: names).map { "did you mean \"\($0)\"?" }, kind: .name))
        }
        return result
    }

    /// A string compared with a date must itself be a date; check it now rather than on every row.
    private func dateConstant(_ compiled: CompiledExpression, against type: ValueType, at range: SourceRange) throws(QueryError) -> CompiledExpression {
        guard type == .date else { return compiled }
        if case .constant(.int(let year)) = compiled, (1000...9999).contains(year) { return .constant(.date(PartialDate(year: year))) }
        guard case .constant(.string(let text)) = compiled else { return compiled }
        guard let date = PartialDate(text) else {
            throw typeError("\"\(text)\" is not a date", at: range, help: "write dates as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-03")
        }
        return .constant(.date(date))
    }

    private func checkComparable(_ lt: ValueType, _ rt: ValueType, _ left: Expression, _ right: Expression, ordering: Bool) throws(QueryError) {
        func family(_ type: ValueType) -> String {
            switch type {
            case .int, .double: "number"
            case .string: "text"
            case .date: "date"
            case .bool: "bool"
            case .row(let source): source == .actors || source == .frameworks ? "entity" : "row:\(source)"
            case .entity: "entity"
            case .list(let element) where element.isEntity: "entity"
            case .list: "list"
            case .any, .null: "any"
            }
        }
        let a = family(lt), b = family(rt)
        if a == "any" || b == "any" || a == b { return }
        if lt.element != nil, rt.element != nil, !ordering { return }
        let compatible: Set<[String]> = [
            ["entity", "text"], ["text", "entity"], ["date", "text"], ["text", "date"], ["date", "number"], ["number", "date"],
        ]
        if compatible.contains([a, b]) {
            if ordering, a == "entity" || b == "entity" {
                throw typeError("actors and frameworks can be compared with `==`, not ordered", at: left.range.union(right.range),
                                help: "compare their names instead: `name < \"M\"`")
            }
            return
        }
        if a.hasPrefix("row:"), b == "text" || a == "text" && b.hasPrefix("row:") { return }
        throw typeError("cannot compare \(article(lt)) with \(article(rt))", at: left.range.union(right.range),
                        help: lt == .date || rt == .date ? "dates compare with dates: `date >= 2023-01`" : nil)
    }

    private func requireText(_ type: ValueType, for expression: Expression, op: BinaryOperator) throws(QueryError) {
        switch type {
        case .string, .any, .null, .entity, .row, .list(.string), .list(.row), .list(.entity), .list(.any), .date: return
        default:
            throw typeError("`\(op.rawValue)` searches text, but this is \(article(type))", at: expression.range)
        }
    }

    private func require(_ type: ValueType, _ accepted: [ValueType], for expression: Expression, doing action: String) throws(QueryError) {
        if type == .any || type == .null || accepted.contains(type) { return }
        let wanted = accepted.map { article($0) }.joined(separator: " or ")
        throw typeError("cannot \(action) \(article(type)); expected \(wanted)", at: expression.range)
    }

    private func typeError(_ message: String, at range: SourceRange, help: String? = nil) -> QueryError {
        QueryError(message, at: range, help: help, kind: .type)
    }

    private func article(_ type: ValueType) -> String {
        switch type {
        case .any: "a value"
        case .null: "null"
        case .int: "a whole number"
        case .double: "a number"
        case .string: "text"
        case .bool: "true/false"
        case .date: "a date"
        case .list(let element): "a list of \(element)"
        case .row(let source): "\(source == .actors || source == .articles || source == .events ? "an" : "a") \(source.singular)"
        case .entity: "an entity"
        }
    }
}
