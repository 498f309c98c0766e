/// The functions `group by … aggregate` adds up each group with.
enum Aggregate: String, Sendable, CaseIterable {
    case count, count_distinct, sum, min, max, avg, list, first

    var summary: String {
        switch self {
        case .count: "count() → rows in the group; count(x) → rows where x is not null"
        case .count_distinct: "count_distinct(x) → different values of x"
        case .sum: "sum(x) → the total"
        case .min: "min(x) → the smallest value"
        case .max: "max(x) → the largest value"
        case .avg: "avg(x) → the mean"
        case .list: "list(x) → every value, in row order (lists are flattened into it)"
        case .first: "first(x) → the value on the group's first row"
        }
    }

    func resultType(_ argument: ValueType?) -> ValueType {
        switch self {
        case .count, .count_distinct: .int
        case .sum: argument == .int ? .int : .double
        case .avg: .double
        case .min, .max, .first: argument ?? .any
        case .list: .list(argument?.element ?? argument ?? .any)
        }
    }
}

/// Running state of one aggregate over one group.
struct Accumulator {
    var count = 0
    var intSum = 0
    var doubleSum = 0.0
    var sawDouble = false
    var extreme: Value = .null
    var items: [Value] = []
    var seen: Set<Value> = []

    mutating func add(_ value: Value, for aggregate: Aggregate, semantics: ValueSemantics) {
        switch aggregate {
        case .count:
            if !value.isNull { count += 1 }
        case .count_distinct:
            if !value.isNull { seen.insert(value) }
        case .sum, .avg:
            switch value {
            case .int(let number): intSum &+= number; count += 1
            case .double(let number): doubleSum += number; sawDouble = true; count += 1
            default: break
            }
        case .min, .max:
            guard !value.isNull else { return }
            if extreme.isNull { extreme = value; return }
            let order = semantics.compare(value, extreme)
            if aggregate == .min ? order < 0 : order > 0 { extreme = value }
        case .list:
            if case .list(let inner) = value { items.append(contentsOf: inner) } else if !value.isNull { items.append(value) }
        case .first:
            if count == 0 { extreme = value }
            count += 1
        }
    }

    func result(for aggregate: Aggregate) -> Value {
        switch aggregate {
        case .count: .int(count)
        case .count_distinct: .int(seen.count)
        case .sum: sawDouble ? .double(doubleSum + Double(intSum)) : .int(intSum)
        case .avg: count == 0 ? .null : .double((doubleSum + Double(intSum)) / Double(count))
        case .min, .max, .first: extreme
        case .list: .list(items)
        }
    }
}
