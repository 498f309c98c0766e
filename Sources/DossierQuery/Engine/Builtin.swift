import DossierModel

/// The built-in scalar functions. Each checks its arguments' types before any row is read.
enum Builtin: String, Sendable, CaseIterable {
    case lower, upper, trim, len, contains, starts_with, ends_with, join, first, last, year, month, string
    case abs, round, matches, coalesce

    /// One line for `.help` and the reference.
    var summary: String {
        switch self {
        case .lower: "lower(text) → the text in lower case"
        case .upper: "upper(text) → the text in upper case"
        case .trim: "trim(text) → without leading and trailing spaces"
        case .len: "len(text or list) → the number of characters or items"
        case .contains: "contains(text, part) / contains(list, item) → substring (any case) or membership"
        case .starts_with: "starts_with(text, prefix) → whether the text starts with it (any case)"
        case .ends_with: "ends_with(text, suffix) → whether the text ends with it (any case)"
        case .join: "join(list, separator = \", \") → the items as one text"
        case .first: "first(list) → the first item, or null"
        case .last: "last(list) → the last item, or null"
        case .year: "year(date) → the year as a number"
        case .month: "month(date) → the month as a number, or null"
        case .string: "string(value) → the value as text (names for actors and frameworks)"
        case .abs: "abs(number) → the absolute value"
        case .round: "round(number, digits = 0) → rounded"
        case .matches: "matches(text, pattern) → whether the regular expression matches"
        case .coalesce: "coalesce(a, b, …) → the first value that is not null"
        }
    }

    var arity: ClosedRange<Int> {
        switch self {
        case .join, .round: 1...2
        case .contains, .starts_with, .ends_with, .matches: 2...2
        case .coalesce: 1...16
        default: 1...1
        }
    }

    /// The result type, or a complaint about an argument (its position and what was wanted).
    func resultType(_ arguments: [ValueType]) -> Result<ValueType, ArgumentProblem> {
        func want(_ position: Int, _ accepted: (ValueType) -> Bool, _ description: String) -> ArgumentProblem? {
            let type = arguments[position]
            return type == .any || type == .null || accepted(type) ? nil : ArgumentProblem(position: position, expected: description, found: type)
        }
        let textual: (ValueType) -> Bool = { $0 == .string || $0.isEntity || { if case .row = $0 { true } else { false } }($0) }
        let isList: (ValueType) -> Bool = { $0.element != nil }
        var problem: ArgumentProblem?
        let result: ValueType
        switch self {
        case .lower, .upper, .trim:
            problem = want(0, textual, "text")
            result = .string
        case .len:
            problem = want(0, { textual($0) || isList($0) }, "text or a list")
            result = .int
        case .contains:
            problem = want(0, { textual($0) || isList($0) }, "text or a list")
            result = .bool
        case .starts_with, .ends_with, .matches:
            problem = want(0, textual, "text") ?? want(1, { $0 == .string }, "text")
            result = .bool
        case .join:
            problem = want(0, isList, "a list") ?? (arguments.count > 1 ? want(1, { $0 == .string }, "text") : nil)
            result = .string
        case .first, .last:
            problem = want(0, isList, "a list")
            result = arguments[0].element ?? .any
        case .year, .month:
            problem = want(0, { $0 == .date }, "a date")
            result = .int
        case .string: result = .string
        case .abs:
            problem = want(0, { $0.isNumeric }, "a number")
            result = arguments[0] == .int ? .int : .double
        case .round:
            problem = want(0, { $0.isNumeric }, "a number") ?? (arguments.count > 1 ? want(1, { $0 == .int }, "a whole number") : nil)
            result = .double
        case .coalesce: result = arguments.first { $0 != .null } ?? .null
        }
        if let problem { return .failure(problem) }
        return .success(result)
    }

    struct ArgumentProblem: Error {
        var position: Int
        var expected: String
        var found: ValueType
    }

    func evaluate(_ arguments: [Value], _ semantics: ValueSemantics) -> Value {
        let first = arguments[0]
        switch self {
        case .lower: return semantics.searchText(first).map { .string($0.lowercased()) } ?? .null
        case .upper: return semantics.searchText(first).map { .string($0.uppercased()) } ?? .null
        case .trim: return semantics.searchText(first).map { .string(String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())) } ?? .null
        case .len:
            if case .list(let items) = first { return .int(items.count) }
            return semantics.searchText(first).map { .int($0.count) } ?? .null
        case .contains:
            if case .list(let items) = first { return .bool(items.contains { semantics.equal($0, arguments[1]) }) }
            guard let text = semantics.searchText(first), let part = semantics.searchText(arguments[1]) else { return .null }
            return .bool(TextSearch(part, wholeWord: false).matches(text))
        case .starts_with, .ends_with:
            guard let text = semantics.searchText(first)?.lowercased(), case .string(let part) = arguments[1] else { return .null }
            return .bool(self == .starts_with ? text.hasPrefix(part.lowercased()) : text.hasSuffix(part.lowercased()))
        case .join:
            guard case .list(let items) = first else { return .null }
            var separator = ", "
            if arguments.count > 1, case .string(let given) = arguments[1] { separator = given }
            return .string(items.map(semantics.text).joined(separator: separator))
        case .first, .last:
            guard case .list(let items) = first else { return .null }
            return (self == .first ? items.first : items.last) ?? .null
        case .year, .month:
            guard case .date(let date) = first else { return .null }
            return self == .year ? .int(date.year) : date.month.map(Value.int) ?? .null
        case .string: return first.isNull ? .null : .string(semantics.text(first))
        case .abs:
            if case .int(let number) = first { return number == .min ? .null : .int(Swift.abs(number)) }  // as overflow in `+`
            return first.number.map { .double(Swift.abs($0)) } ?? .null
        case .round:
            guard let number = first.number else { return .null }
            var digits = 0
            if arguments.count > 1, case .int(let given) = arguments[1] { digits = max(0, min(given, 10)) }
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            return .double((number * scale).rounded() / scale)
        case .matches:
            // Constant patterns are compiled ahead; this path is only reached for computed ones.
            guard let text = semantics.searchText(first), case .string(let pattern) = arguments[1],
                  let regex = try? Regex(pattern) else { return .null }
            return .bool(regex.matches(text))
        case .coalesce: return arguments.first { !$0.isNull } ?? .null
        }
    }
}
