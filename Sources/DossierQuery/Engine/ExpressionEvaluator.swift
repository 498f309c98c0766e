/// Runs a compiled expression on one row. Never throws: types were checked when compiling, and
/// anything undefined at run time (null along a path, division by zero) is null.
struct ExpressionEvaluator: Sendable {
    let semantics: ValueSemantics

    var index: CorpusIndex { semantics.index }

    func evaluate(_ expression: CompiledExpression, _ table: Table, _ row: Int) -> Value {
        switch expression {
        case .constant(let value): return value
        case .slot(let slot): return table.cell(row, slot: slot)
        case .path(let base, let steps):
            return PathStep.follow(steps, from: evaluate(base, table, row), index: index)
        case .not(let operand):
            guard case .bool(let flag) = evaluate(operand, table, row) else { return .null }
            return .bool(!flag)
        case .negate(let operand):
            switch evaluate(operand, table, row) {
            case .int(let number): return number == .min ? .null : .int(-number)  // overflow is null, as in `+`
            case .double(let number): return .double(-number)
            default: return .null
            }
        case .and(let left, let right):
            let first = evaluate(left, table, row)
            if case .bool(false) = first { return .bool(false) }
            let second = evaluate(right, table, row)
            if case .bool(false) = second { return .bool(false) }
            return first.isTrue && second.isTrue ? .bool(true) : .null
        case .or(let left, let right):
            let first = evaluate(left, table, row)
            if first.isTrue { return .bool(true) }
            let second = evaluate(right, table, row)
            if second.isTrue { return .bool(true) }
            return first.isNull || second.isNull ? .null : .bool(false)
        case .equal(let left, let right, let negated):
            return .bool(semantics.equal(evaluate(left, table, row), evaluate(right, table, row)) != negated)
        case .entityIn(let operand, let matches, let negated):
            let value = evaluate(operand, table, row)
            switch value {
            case .row(let reference): return .bool(matches.contains(reference) != negated)
            case .list(let items):
                let found = items.contains { if case .row(let reference) = $0 { matches.contains(reference) } else { false } }
                return .bool(found != negated)
            case .null: return .bool(negated)
            default: return .null
            }
        case .order(let op, let left, let right):
            let a = evaluate(left, table, row), b = evaluate(right, table, row)
            if a.isNull || b.isNull { return .bool(false) }
            let order = semantics.compare(a, b)
            switch op {
            case .less: return .bool(order < 0)
            case .lessEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        case .arithmetic(let op, let left, let right):
            return arithmetic(op, evaluate(left, table, row), evaluate(right, table, row))
        case .coalesce(let left, let right):
            let first = evaluate(left, table, row)
            return first.isNull ? evaluate(right, table, row) : first
        case .membership(let item, let list, let negated):
            let value = evaluate(item, table, row)
            guard case .list(let items) = evaluate(list, table, row) else { return .null }
            return .bool(items.contains { semantics.equal(value, $0) } != negated)
        case .text(let search, let operand):
            if case .path(let base, let steps) = operand, steps.count == 1, steps[0].name == "text" {
                let value = evaluate(base, table, row)
                if case .row(let reference) = value, let found = searchStoredText(search, reference) { return .bool(found) }
                return searchText(PathStep.follow(steps, from: value, index: index)) { search.matches($0) }
            }
            return searchText(evaluate(operand, table, row)) { search.matches($0) }
        case .dynamicText(let wholeWord, let operand, let needle):
            guard case .string(let text) = evaluate(needle, table, row) else { return .null }
            let search = TextSearch(text, wholeWord: wholeWord)
            return searchText(evaluate(operand, table, row)) { search.matches($0) }
        case .regex(let operand, let regex, let negated):
            let result = searchText(evaluate(operand, table, row)) { regex.matches($0) }
            guard case .bool(let flag) = result else { return result }
            return .bool(flag != negated)
        case .dynamicRegex(let operand, let pattern, let negated, _):
            guard case .string(let text) = evaluate(pattern, table, row), let regex = try? Regex(text) else { return .null }
            let result = searchText(evaluate(operand, table, row)) { regex.matches($0) }
            guard case .bool(let flag) = result else { return result }
            return .bool(flag != negated)
        case .builtin(let function, let arguments):
            return function.evaluate(arguments.map { evaluate($0, table, row) }, semantics)
        case .list(let items):
            return .list(items.map { evaluate($0, table, row) })
        }
    }

    /// A claim's or event's `text` searched in the index's contiguous column rather than through one
    /// String per row; nil for other sources and for needles that need the text lowercased.
    private func searchStoredText(_ search: TextSearch, _ reference: RowReference) -> Bool? {
        switch reference.source {
        case .claims: index.claimTextBytes.withUTF8(Int(reference.index)) { search.matches(utf8: $0) }
        case .events: index.eventTextBytes.withUTF8(Int(reference.index)) { search.matches(utf8: $0) }
        default: nil
        }
    }

    /// A list matches when any item does.
    private func searchText(_ value: Value, _ test: (String) -> Bool) -> Value {
        if case .list(let items) = value {
            return .bool(items.contains { semantics.searchText($0).map(test) ?? false })
        }
        guard let text = semantics.searchText(value) else { return .null }
        return .bool(test(text))
    }

    private func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value {
        if op == .add, case .string(let left) = a {
            return b.isNull ? .null : .string(left + semantics.text(b))
        }
        if op == .add, case .string(let right) = b {
            return a.isNull ? .null : .string(semantics.text(a) + right)
        }
        if case .int(let x) = a, case .int(let y) = b, op != .divide {
            switch op {
            case .add: let (value, overflow) = x.addingReportingOverflow(y); return overflow ? .null : .int(value)
            case .subtract: let (value, overflow) = x.subtractingReportingOverflow(y); return overflow ? .null : .int(value)
            case .multiply: let (value, overflow) = x.multipliedReportingOverflow(by: y); return overflow ? .null : .int(value)
            // Int.min % -1 overflows in the machine although the answer, 0, does not.
            default: return y == 0 ? .null : y == -1 ? .int(0) : .int(x % y)
            }
        }
        guard let x = a.number, let y = b.number else { return .null }
        switch op {
        case .add: return .double(x + y)
        case .subtract: return .double(x - y)
        case .multiply: return .double(x * y)
        case .divide: return y == 0 ? .null : .double(x / y)
        default: return y == 0 ? .null : .double(x.truncatingRemainder(dividingBy: y))
        }
    }
}
