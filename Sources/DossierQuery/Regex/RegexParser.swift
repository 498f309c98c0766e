/// Parses a pattern: literals, `.`, classes `[a-z]` `[^…]`, `\d \w \s \b` (and capitals), anchors
/// `^ $`, groups `(…)` `(?:…)`, `|`, and `* + ? {m} {m,} {m,n}`; `(?i)` at the start ignores case.
struct RegexParser {
    static let maximumRepeat = 1000
    static let maximumDepth = 50

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var depth = 0

    init(_ pattern: String) { scalars = Array(pattern.unicodeScalars) }

    /// The pattern's tree and whether `(?i)` asked to ignore case.
    mutating func parse() throws(RegexError) -> (RegexNode, ignoresCase: Bool) {
        var ignoresCase = false
        if scalars.starts(with: "(?i)".unicodeScalars) {
            ignoresCase = true
            position = 4
        }
        let node = try alternation()
        if position < scalars.count {
            throw RegexError(message: "unmatched `)`", offset: position)
        }
        return (node, ignoresCase)
    }

    private mutating func alternation() throws(RegexError) -> RegexNode {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth { throw RegexError(message: "groups are nested too deeply", offset: position) }
        var branches = [try concatenation()]
        while position < scalars.count, scalars[position] == "|" {
            position += 1
            branches.append(try concatenation())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func concatenation() throws(RegexError) -> RegexNode {
        var items: [RegexNode] = []
        while position < scalars.count, scalars[position] != "|", scalars[position] != ")" {
            let atom = try self.atom()
            items.append(try quantified(atom))
        }
        return items.isEmpty ? .empty : items.count == 1 ? items[0] : .concatenation(items)
    }

    private mutating func quantified(_ atom: RegexNode) throws(RegexError) -> RegexNode {
        guard position < scalars.count else { return atom }
        let start = position
        var bounds: (Int, Int?)
        switch scalars[position] {
        case "*": bounds = (0, nil); position += 1
        case "+": bounds = (1, nil); position += 1
        case "?": bounds = (0, 1); position += 1
        case "{":
            guard let parsed = try counted() else { return atom }
            bounds = parsed
        default: return atom
        }
        switch atom {
        case .start, .end, .wordBoundary, .empty:
            throw RegexError(message: "nothing to repeat", offset: start)
        default: break
        }
        var greedy = true
        if position < scalars.count, scalars[position] == "?" {
            greedy = false
            position += 1
        }
        if position < scalars.count, "*+?{".unicodeScalars.contains(scalars[position]) {
            throw RegexError(message: "a repetition cannot be repeated", offset: position)
        }
        return .repetition(atom, min: bounds.0, max: bounds.1, greedy: greedy)
    }

    /// `{m}`, `{m,}` or `{m,n}`; a `{` that does not start one is a literal.
    private mutating func counted() throws(RegexError) -> (Int, Int?)? {
        let start = position
        position += 1
        guard let low = number() else {
            position = start
            return nil
        }
        var high: Int? = low
        if position < scalars.count, scalars[position] == "," {
            position += 1
            high = number()
        }
        guard position < scalars.count, scalars[position] == "}" else {
            throw RegexError(message: "a counted repetition needs a closing `}`", offset: start)
        }
        position += 1
        if low > Self.maximumRepeat || (high ?? 0) > Self.maximumRepeat {
            throw RegexError(message: "repetition counts are limited to \(Self.maximumRepeat)", offset: start)
        }
        if let high, high < low { throw RegexError(message: "`{\(low),\(high)}` has its bounds reversed", offset: start) }
        return (low, high)
    }

    private mutating func number() -> Int? {
        var value: Int?
        while position < scalars.count, let digit = Int(String(scalars[position])), scalars[position].isASCII {
            value = min((value ?? 0) * 10 + digit, 100_000)
            position += 1
        }
        return value
    }

    private mutating func atom() throws(RegexError) -> RegexNode {
        let scalar = scalars[position]
        let start = position
        position += 1
        switch scalar {
        case ".": return .any
        case "^": return .start
        case "$": return .end
        case "(":
            if scalars[position...].starts(with: "?:".unicodeScalars) { position += 2 }
            let inner = try alternation()
            guard position < scalars.count, scalars[position] == ")" else {
                throw RegexError(message: "this group is never closed", offset: start)
            }
            position += 1
            return inner
        case "[": return .set(try characterSet(start: start))
        case "\\": return try escape()
        case "*", "+", "?": throw RegexError(message: "nothing to repeat", offset: start)
        default: return .scalar(scalar)
        }
    }

    private mutating func escape() throws(RegexError) -> RegexNode {
        guard position < scalars.count else { throw RegexError(message: "the pattern ends with `\\`", offset: position - 1) }
        let scalar = scalars[position]
        position += 1
        var set = CharacterSet()
        switch scalar {
        case "d": set.digit = true
        case "D": set.notDigit = true
        case "w": set.word = true
        case "W": set.notWord = true
        case "s": set.space = true
        case "S": set.notSpace = true
        case "b": return .wordBoundary(negated: false)
        case "B": return .wordBoundary(negated: true)
        case "n": return .scalar("\n")
        case "t": return .scalar("\t")
        default:
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                throw RegexError(message: "unknown escape `\\\(scalar)`", offset: position - 2)
            }
            return .scalar(scalar)
        }
        return .set(set)
    }

    private mutating func characterSet(start: Int) throws(RegexError) -> CharacterSet {
        var set = CharacterSet()
        if position < scalars.count, scalars[position] == "^" {
            set.negated = true
            position += 1
        }
        var first = true
        while position < scalars.count, scalars[position] != "]" || first {
            first = false
            var low = scalars[position]
            position += 1
            if low == "\\", position < scalars.count {
                let escaped = scalars[position]
                position += 1
                switch escaped {
                case "d": set.digit = true; continue
                case "D": set.notDigit = true; continue
                case "w": set.word = true; continue
                case "W": set.notWord = true; continue
                case "s": set.space = true; continue
                case "S": set.notSpace = true; continue
                case "n": low = "\n"
                case "t": low = "\t"
                default: low = escaped
                }
            }
            if position + 1 < scalars.count, scalars[position] == "-", scalars[position + 1] != "]" {
                var high = scalars[position + 1]
                position += 2
                if high == "\\", position < scalars.count {
                    high = scalars[position]
                    position += 1
                }
                guard low.value <= high.value else {
                    throw RegexError(message: "the range `\(low)-\(high)` is reversed", offset: position - 3)
                }
                set.ranges.append(low.value...high.value)
            } else {
                set.ranges.append(low.value...low.value)
            }
        }
        guard position < scalars.count else { throw RegexError(message: "this class is never closed with `]`", offset: start) }
        position += 1
        return set
    }
}
