/// The row-shaping stages: where, select, sort, take, distinct, group by, join/lookup, flatten.
struct StageRunner {
    let environment: Environment
    var warnings: [QueryError] = []

    private var evaluator: ExpressionEvaluator { ExpressionEvaluator(semantics: environment.semantics) }

    private mutating func compile(_ expression: Expression, on table: Table) throws(QueryError) -> (CompiledExpression, ValueType) {
        var compiler = environment.compiler(for: table)
        let result = try compiler.compile(expression)
        warnings += compiler.warnings
        return result
    }

    // MARK: where

    mutating func filter(_ table: Table, _ condition: Expression) throws(QueryError) -> Table {
        let (compiled, type) = try compile(condition, on: table)
        guard type == .bool || type == .any || type == .null else {
            throw QueryError(
                "`where` needs a condition that is true or false, but this is \(type)", at: condition.range,
                help: type == .string ? "compare it: `… == \"text\"`, or search it: `… has \"word\"`" : "compare it with `==`, `<`, `in`…",
                kind: .type)
        }
        let evaluator = self.evaluator
        var kept: [Int] = []
        for row in 0..<table.rowCount {
            try environment.checkCancelled(row)
            if evaluator.evaluate(compiled, table, row).isTrue { kept.append(row) }
        }
        return table.selecting(rows: kept)
    }

    // MARK: select

    mutating func select(_ table: Table, _ items: [Projection]) throws(QueryError) -> Table {
        var columns: [Table.Column] = []
        var computed: [(CompiledExpression, Int)] = []
        var result = table
        for item in items {
            let name = try columnName(item)
            if columns.contains(where: { $0.name == name }) {
                throw QueryError(
                    "two columns are called `\(name)`", at: item.range,
                    help: "rename one: `other_\(name) = …`", kind: .name)
            }
            let (compiled, type) = try compile(item.expression, on: table)
            switch compiled {
            case .slot(let slot): columns.append(Table.Column(name: name, slot: slot, path: [], type: type))
            case .path(.slot(let slot), let steps): columns.append(Table.Column(name: name, slot: slot, path: steps, type: type))
            default:
                let slot = result.slotTypes.count
                result.slotTypes.append(type)
                computed.append((compiled, slot))
                columns.append(Table.Column(name: name, slot: slot, path: [], type: type))
            }
        }
        if !computed.isEmpty {
            result.store(try widened(table, by: computed))
        }
        result.columns = columns
        result.exposesOriginFields = false
        return result
    }

    /// The cells of `table` with one more slot per computed expression.
    private func widened(_ table: Table, by computed: [(CompiledExpression, Int)]) throws(QueryError) -> [Value] {
        let evaluator = self.evaluator
        let width = table.width + computed.count
        var cells: [Value] = []
        cells.reserveCapacity(table.rowCount * width)
        for row in 0..<table.rowCount {
            try environment.checkCancelled(row)
            table.appendStored(row: row, to: &cells)
            for (expression, _) in computed { cells.append(evaluator.evaluate(expression, table, row)) }
        }
        return cells
    }

    private func columnName(_ item: Projection) throws(QueryError) -> String {
        if let name = item.name { return name.name }
        if let name = item.expression.defaultName { return name }
        throw QueryError(
            "this computed column needs a name", at: item.expression.range,
            help: "write `name = …` before it", kind: .name)
    }

    // MARK: sort, take

    mutating func sort(_ table: Table, _ keys: [SortKey]) throws(QueryError) -> Table {
        let evaluator = self.evaluator
        let semantics = environment.semantics
        var columns: [SortColumn] = []
        for key in keys {
            let (compiled, _) = try compile(key.expression, on: table)
            var values: [Value] = []
            values.reserveCapacity(table.rowCount)
            for row in 0..<table.rowCount {
                try environment.checkCancelled(row)
                values.append(evaluator.evaluate(compiled, table, row))
            }
            columns.append(SortColumn(values, semantics: semantics))
        }
        let descending = keys.map(\.descending)
        var order = Array(0..<table.rowCount)
        order.sort { a, b in
            for key in columns.indices {
                let comparison = columns[key].compare(a, b, semantics)
                if comparison != 0 { return descending[key] ? comparison > 0 : comparison < 0 }
            }
            return a < b
        }
        if environment.isCancelled() { throw QueryError.cancelled }
        return table.selecting(rows: order)
    }

    mutating func take(_ table: Table, _ count: Expression) throws(QueryError) -> Table {
        let (compiled, _) = try compile(count, on: Table(slotTypes: [], cells: [], columns: [], origin: nil, exposesOriginFields: false))
        guard case .constant(.int(let limit)) = compiled, limit >= 0 else {
            throw QueryError(
                "`take` needs a whole number of rows", at: count.range, help: "write e.g. `take 10`", kind: .type)
        }
        return table.selecting(rows: Array(0..<min(limit, table.rowCount)))
    }

    // MARK: distinct, group by

    mutating func distinct(_ table: Table, _ items: [Projection]) throws(QueryError) -> Table {
        let projected = items.isEmpty ? table : try select(table, items)
        var seen = Set<[Value]>()
        var kept: [Int] = []
        for row in 0..<projected.rowCount {
            try environment.checkCancelled(row)
            let key = projected.columns.map { projected.value(row: row, column: $0, index: environment.index) }
            if seen.insert(key).inserted { kept.append(row) }
        }
        var result = projected.selecting(rows: kept)
        result.exposesOriginFields = false
        return result
    }

    mutating func group(_ table: Table, _ keys: [Projection], _ aggregates: [Projection], at range: SourceRange) throws(QueryError) -> Table {
        var keyColumns: [(String, CompiledExpression, ValueType)] = []
        for key in keys {
            let (compiled, type) = try compile(key.expression, on: table)
            keyColumns.append((try columnName(key), compiled, type))
        }
        var aggregateColumns: [(String, Aggregate, CompiledExpression?, ValueType)] = []
        let requested = aggregates.isEmpty
            ? [Projection(name: Identifier("count", range), expression: .call(Identifier("count", range), [], range))]
            : aggregates
        for item in requested {
            guard case .call(let function, let arguments, let callRange) = item.expression,
                  let aggregate = Aggregate(rawValue: function.name) else {
                throw QueryError(
                    "after `aggregate`, each column must be an aggregate such as `n = count()`", at: item.expression.range,
                    help: "aggregates are: " + Aggregate.allCases.map { "\($0.rawValue)()" }.joined(separator: ", "), kind: .type)
            }
            guard arguments.count <= 1, aggregate == .count || arguments.count == 1 else {
                throw QueryError(
                    "`\(aggregate.rawValue)` takes \(aggregate == .count ? "at most one argument" : "one argument")", at: callRange,
                    help: aggregate.summary, kind: .type)
            }
            var compiled: CompiledExpression?
            var type: ValueType?
            if let argument = arguments.first {
                let (value, valueType) = try compile(argument, on: table)
                compiled = value
                type = valueType
                if aggregate == .sum || aggregate == .avg, !(valueType.isNumeric || valueType == .any || valueType == .null) {
                    throw QueryError("`\(aggregate.rawValue)` adds numbers, but this is \(valueType)", at: argument.range, kind: .type)
                }
            }
            let name = item.name?.name ?? function.name
            if keyColumns.contains(where: { $0.0 == name }) || aggregateColumns.contains(where: { $0.0 == name }) {
                throw QueryError("two columns are called `\(name)`", at: item.range, help: "name it: `other = \(function.name)(…)`", kind: .name)
            }
            aggregateColumns.append((name, aggregate, compiled, aggregate.resultType(type)))
        }
        let evaluator = self.evaluator
        let semantics = environment.semantics
        // One key (the usual case) is hashed as it is, or for a row looked up by position without
        // hashing at all; several keys are hashed as an array.
        var singleKeyGroups: [Value: Int] = [:]
        var rowGroups = [[Int32]](repeating: [], count: SourceKind.allCases.count)
        var groups: [[Value]: Int] = [:]
        var groupKeys: [[Value]] = []
        var accumulators: [[Accumulator]] = []
        for row in 0..<table.rowCount {
            try environment.checkCancelled(row)
            var group = groupKeys.count
            if keyColumns.count == 1 {
                let key = evaluator.evaluate(keyColumns[0].1, table, row)
                if case .row(let reference) = key {
                    let source = reference.source.ordinal
                    if rowGroups[source].isEmpty {
                        rowGroups[source] = [Int32](repeating: -1, count: environment.index.count(of: reference.source))
                    }
                    let existing = rowGroups[source][Int(reference.index)]
                    if existing >= 0 {
                        group = Int(existing)
                    } else {
                        rowGroups[source][Int(reference.index)] = Int32(group)
                        groupKeys.append([key])
                    }
                } else if let existing = singleKeyGroups[key] {
                    group = existing
                } else {
                    singleKeyGroups[key] = group
                    groupKeys.append([key])
                }
            } else {
                let key = keyColumns.map { evaluator.evaluate($0.1, table, row) }
                if let existing = groups[key] {
                    group = existing
                } else {
                    groups[key] = group
                    groupKeys.append(key)
                }
            }
            if group == accumulators.count {
                accumulators.append(Array(repeating: Accumulator(), count: aggregateColumns.count))
            }
            for (position, column) in aggregateColumns.enumerated() {
                let value = column.2.map { evaluator.evaluate($0, table, row) } ?? .bool(true)
                accumulators[group][position].add(value, for: column.1, semantics: semantics)
            }
        }
        try environment.checkRowLimit(groupKeys.count, at: range)
        var cells: [Value] = []
        cells.reserveCapacity(groupKeys.count * (keyColumns.count + aggregateColumns.count))
        for (group, key) in groupKeys.enumerated() {
            cells.append(contentsOf: key)
            for (position, column) in aggregateColumns.enumerated() { cells.append(accumulators[group][position].result(for: column.1)) }
        }
        let types = keyColumns.map(\.2) + aggregateColumns.map(\.3)
        let names = keyColumns.map(\.0) + aggregateColumns.map(\.0)
        let columns = names.enumerated().map { Table.Column(name: $1, slot: $0, path: [], type: types[$0]) }
        return Table(slotTypes: types, cells: cells, columns: columns, origin: nil, exposesOriginFields: false)
    }

    // MARK: join, flatten

    mutating func join(_ table: Table, _ join: Join) throws(QueryError) -> Table {
        guard let source = SourceKind(rawValue: join.source.name) else {
            throw QueryError(
                "unknown source `\(join.source.name)`", at: join.source.range,
                help: Suggestion.help(for: join.source.name, in: SourceKind.allCases.map(\.rawValue), listing: "sources are"),
                kind: .name)
        }
        let name = join.alias?.name ?? source.singular
        if table.columns.contains(where: { $0.name == name }) {
            throw QueryError(
                "the joined rows would be called `\(name)`, but a column already has that name", at: join.source.range,
                help: "name them: `\(join.keepsUnmatched ? "lookup" : "join") \(source.rawValue) as other on …`", kind: .name)
        }
        let right = Table.source(source, in: environment.index)
        let (leftKey, _) = try compile(join.left, on: table)
        let (rightKey, _) = try compile(join.right, on: right)
        let matches = if let indexed = JoinMatches(indexed: source, key: rightKey, in: environment.index) {
            indexed
        } else {
            try JoinMatches(right, key: rightKey, environment: environment)
        }
        let evaluator = self.evaluator
        var cells: [Value] = []
        var found: [Int32] = []
        var produced = 0
        for row in 0..<table.rowCount {
            try environment.checkCancelled(row)
            matches.matches(evaluator.evaluate(leftKey, table, row), into: &found)
            if found.isEmpty {
                guard join.keepsUnmatched else { continue }
                try environment.checkCancelled(produced)
                table.appendStored(row: row, to: &cells)
                cells.append(.null)
                produced += 1
            }
            for match in found {
                try environment.checkCancelled(produced)
                table.appendStored(row: row, to: &cells)
                cells.append(.row(RowReference(source, match)))
                produced += 1
            }
            try environment.checkRowLimit(produced, at: join.range)
        }
        var result = table
        result.slotTypes.append(.row(source))
        result.store(cells)
        result.columns.append(Table.Column(name: name, slot: table.width, path: [], type: .row(source)))
        return result
    }

    mutating func flatten(_ table: Table, _ field: Identifier, at range: SourceRange) throws(QueryError) -> Table {
        let (compiled, type) = try compile(.name(field.name, field.range), on: table)
        guard let element = type.element ?? (type == .any ? .any : nil) else {
            throw QueryError(
                "`flatten` needs a list, but `\(field.name)` is \(type)", at: field.range,
                help: "flatten a list field such as `actors`, `frameworks` or `aliases`", kind: .type)
        }
        let evaluator = self.evaluator
        var cells: [Value] = []
        for row in 0..<table.rowCount {
            try environment.checkCancelled(row)
            let items: [Value]
            if case .list(let list) = evaluator.evaluate(compiled, table, row) { items = list } else { items = [] }
            for item in items {
                table.appendStored(row: row, to: &cells)
                cells.append(item)
            }
            try environment.checkRowLimit(cells.count / (table.width + 1), at: range)
        }
        var result = table
        result.slotTypes.append(element)
        result.store(cells)
        let column = Table.Column(name: field.name, slot: table.width, path: [], type: element)
        if let position = result.columns.firstIndex(where: { $0.name == field.name }) {
            result.columns[position] = column
        } else {
            result.columns.append(column)
        }
        return result
    }
}
