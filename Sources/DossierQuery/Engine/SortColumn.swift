/// One sort key's values for every row, stored by type when they all share one, so that comparing
/// two rows compares two numbers or two strings instead of two `Value`s (which costs copies).
enum SortColumn {
    /// Numbers; null is -infinity, so it sorts first as `ValueSemantics.compare` orders it.
    case numbers([Double])
    /// Dates packed as YYYYMMDD with 0 for an unknown month or day; null is `Int.min`.
    case dates([Int])
    /// Text, or the labels of references; nil for null.
    case texts([String?])
    case values([Value])

    init(_ values: [Value], semantics: ValueSemantics) {
        var kind = 0  // 0 nothing seen, 1 numbers, 2 dates, 3 texts, 4 mixed, 5 rows of one source
        var rowSource: SourceKind?
        for value in values {
            let seen: Int
            switch value {
            case .null: continue
            case .int, .double: seen = 1
            case .date: seen = 2
            case .string: seen = 3
            case .row(let reference):
                seen = rowSource == nil || rowSource == reference.source ? 5 : 3
                rowSource = reference.source
            default: seen = 4
            }
            if kind == 0 { kind = seen } else if kind != seen { kind = kind == 5 && seen == 3 || kind == 3 && seen == 5 ? 3 : 4 }
            if kind == 4 { break }
        }
        switch kind {
        case 5:
            // Rows sort by label: rank the distinct rows once, then compare ranks.
            var distinct = Set<Int32>()
            for case .row(let reference) in values { distinct.insert(reference.index) }
            let source = rowSource!
            let ranked = distinct.map { ($0, semantics.label(RowReference(source, $0))) }.sorted { $0.1 < $1.1 }
            var rank: [Int32: Double] = [:]
            var previous: String?
            var current = -1.0
            for (position, label) in ranked {
                if label != previous { current += 1 }
                previous = label
                rank[position] = current
            }
            self = .numbers(values.map { value in
                if case .row(let reference) = value { rank[reference.index]! } else { -Double.infinity }
            })
        case 1: self = .numbers(values.map { $0.number ?? -Double.infinity })
        case 2: self = .dates(values.map { value in
            guard case .date(let date) = value else { return Int.min }
            return date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0)
        })
        case 3: self = .texts(values.map { value in
            switch value {
            case .string(let text): text
            case .row(let reference): semantics.label(reference)
            default: nil
            }
        })
        default: self = .values(values)
        }
    }

    /// -1, 0 or 1 as row `a` sorts before, with, or after row `b`.
    @inline(__always)
    func compare(_ a: Int, _ b: Int, _ semantics: ValueSemantics) -> Int {
        switch self {
        case .numbers(let numbers): return numbers[a] < numbers[b] ? -1 : numbers[a] == numbers[b] ? 0 : 1
        case .dates(let dates): return dates[a] < dates[b] ? -1 : dates[a] == dates[b] ? 0 : 1
        case .texts(let texts):
            switch (texts[a], texts[b]) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?): return x < y ? -1 : x == y ? 0 : 1
            }
        case .values(let values): return semantics.compare(values[a], values[b])
        }
    }
}
