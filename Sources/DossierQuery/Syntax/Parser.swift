import DossierModel

/// Recursive-descent parser from tokens to statements. The grammar is in Docs/language.md.
struct Parser {
    /// Deeper nesting than this is refused, so a hostile query cannot exhaust the stack.
    static let maximumDepth = 64
    /// Operators in one expression. A chain like `a and b and …` builds a tree as tall as it is long,
    /// and the compiler and evaluator recurse over it, so its length is bounded as nesting is.
    static let maximumOperators = 256

    /// Every stage keyword, for errors and completion.
    static let stageKeywords = [
        "where", "select", "sort", "take", "count", "distinct", "group", "join", "lookup", "flatten", "why",
    ]

    private var tokens: [Token]
    private var position = 0
    private var depth = 0
    private var operators = 0

    init(tokens: [Token]) {
        self.tokens = Self.droppingContinuedNewlines(tokens)
    }

    /// Parses a whole chunk into statements.
    static func parse(_ text: String) throws(QueryError) -> [Statement] {
        var parser = Parser(tokens: try Lexer.tokenize(text))
        return try parser.statements()
    }

    /// A newline does not end a statement inside brackets, after a token that cannot end one (`|`,
    /// `,`, `=`, an operator), or before a line starting with `|`, `aggregate`, `and` or `or`.
    private static func droppingContinuedNewlines(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var bracketDepth = 0
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .leftParen, .leftBracket: bracketDepth += 1
            case .rightParen, .rightBracket: bracketDepth = max(0, bracketDepth - 1)
            case .newline:
                if bracketDepth > 0 { continue }
                guard let last = result.last, last.kind != .newline, last.kind != .semicolon else { continue }
                if LineContinuation.continues(after: last) { continue }
                let next = tokens[(index + 1)...].first { $0.kind != .newline }
                if let next, LineContinuation.continues(before: next) { continue }
            default: break
            }
            result.append(token)
        }
        return result
    }

    // MARK: Statements

    mutating func statements() throws(QueryError) -> [Statement] {
        var result: [Statement] = []
        while true {
            while check(.newline) || check(.semicolon) { advance() }
            if check(.end) { return result }
            result.append(try statement())
            guard check(.newline) || check(.semicolon) || check(.end) else {
                throw unexpected(
                    expecting: "the end of the statement",
                    help: peek.kind == .pipe || peek.kind == .identifier && Self.stageKeywords.contains(peek.text)
                        ? "stages are joined with `|`" : "put one statement per line, or separate them with `;`")
            }
        }
    }

    private mutating func statement() throws(QueryError) -> Statement {
        let start = peek.range
        if checkKeyword("let") {
            advance()
            let name = try identifier(expecting: "a name for the variable")
            try expect(.assign, expecting: "`=` after the variable's name", help: "write `let \(name.name) = claims | …`")
            let value = try pipeline()
            return .assignment(name: name, value: value, range: start.union(value.range))
        }
        if checkKeyword("def") {
            advance()
            let name = try identifier(expecting: "a name for the function")
            var parameters: [Identifier] = []
            if check(.leftParen) {
                advance()
                if !check(.rightParen) {
                    repeat {
                        if check(.comma) { advance() }
                        parameters.append(try identifier(expecting: "a parameter name"))
                    } while check(.comma)
                }
                try expect(.rightParen, expecting: "`)` after the parameters")
            }
            try expect(
                .assign, expecting: "`=` before the function's body",
                help: "write `def \(name.name)(x) = claims | where speaker == x`")
            let body = try pipeline()
            return .definition(name: name, parameters: parameters, body: body, range: start.union(body.range))
        }
        if checkKeyword("explain") {
            advance()
            if check(.end) || check(.newline) || check(.semicolon) {
                throw unexpected(expecting: "a pipeline to explain", help: "write `explain claims | where …`")
            }
            let body = try pipeline()
            return .explain(body, range: start.union(body.range))
        }
        if checkKeyword("include"), tokens[position + 1].kind == .string {
            advance()
            let path = advance()
            return .include(path: path.text, range: start.union(path.range))
        }
        return .query(try pipeline())
    }

    // MARK: Pipelines

    mutating func pipeline() throws(QueryError) -> Pipeline {
        let head = try self.head()
        var stages: [Stage] = []
        var range = head.range
        while check(.pipe) {
            advance()
            let stage = try self.stage()
            stages.append(stage)
            range = range.union(stage.range)
        }
        return Pipeline(head: head, stages: stages, range: range)
    }

    private mutating func head() throws(QueryError) -> Head {
        if checkKeyword("cooccurrence") {
            let start = advance().range
            let left = try identifier(expecting: "a source to pair: `actors` or `frameworks`")
            var right: Identifier?
            var scope: Identifier?
            var end = left.range
            if check(.identifier), !checkKeyword("by") {
                let name = try identifier(expecting: "a source")
                right = name
                end = name.range
            }
            if checkKeyword("by") {
                advance()
                let name = try identifier(expecting: "`sentence` or `paragraph`")
                scope = name
                end = name.range
            }
            return .cooccurrence(left: left, right: right, scope: scope, range: start.union(end))
        }
        if check(.pipe) {
            throw unexpected(expecting: "a source before the first `|`", help: "start with a source, e.g. `claims | …`")
        }
        if check(.identifier), Self.stageKeywords.contains(peek.text), peek.text != "count" {
            throw QueryError(
                "a pipeline starts with a source, not the stage `\(peek.text)`", at: peek.range,
                help: "start with a source, e.g. `claims | \(peek.text) …`")
        }
        return .expression(try expression())
    }

    private mutating func stage() throws(QueryError) -> Stage {
        guard check(.identifier) else {
            throw unexpected(expecting: "a stage after `|`", help: "stages are: " + Self.stageKeywords.joined(separator: ", "))
        }
        let keyword = advance()
        let start = keyword.range
        operators = 0
        switch keyword.text {
        case "where":
            let condition = try expression()
            return .filter(condition, range: start.union(condition.range))
        case "select":
            let items = try projections(expecting: "a field or `name = expression` to select")
            return .select(items, range: start.union(items.last!.range))
        case "sort":
            var keys: [SortKey] = []
            var end = start
            repeat {
                if check(.comma) { advance() }
                if atStageEnd { throw unexpected(expecting: "a field to sort by", help: "write `sort date desc, name`") }
                let expression = try self.expression()
                end = expression.range
                var descending = false
                if checkKeyword("desc") || checkKeyword("asc") {
                    descending = peek.text == "desc"
                    end = advance().range
                }
                keys.append(SortKey(expression: expression, descending: descending))
            } while check(.comma)
            return .sort(keys, range: start.union(end))
        case "take":
            let count = try expression()
            return .take(count, range: start.union(count.range))
        case "count":
            return .count(range: start)
        case "distinct":
            if atStageEnd { return .distinct([], range: start) }
            let items = try projections(expecting: "a field to make distinct")
            return .distinct(items, range: start.union(items.last!.range))
        case "group":
            guard checkKeyword("by") else {
                throw unexpected(expecting: "`by` after `group`", help: "write `group by speaker aggregate n = count()`")
            }
            advance()
            let keys = try projections(expecting: "a field to group by")
            var aggregates: [Projection] = []
            var end = keys.last!.range
            if checkKeyword("aggregate") {
                advance()
                aggregates = try projections(expecting: "an aggregate such as `n = count()`")
                end = aggregates.last!.range
            }
            return .group(keys: keys, aggregates: aggregates, range: start.union(end))
        case "join", "lookup":
            let source = try identifier(expecting: "a source to \(keyword.text)")
            var alias: Identifier?
            if checkKeyword("as") {
                advance()
                alias = try identifier(expecting: "a name for the joined rows")
            }
            guard checkKeyword("on") else {
                throw unexpected(
                    expecting: "`on` and a condition", help: "write `\(keyword.text) \(source.name) on this == speaker`")
            }
            advance()
            let left = try additive()
            try expect(.equal, expecting: "`==` between the two sides of the join",
                       help: "a join matches `incoming == joined`, e.g. `on this == speaker`")
            let right = try additive()
            return .join(Join(
                source: source, alias: alias, left: left, right: right, keepsUnmatched: keyword.text == "lookup",
                range: start.union(right.range)))
        case "flatten":
            let field = try identifier(expecting: "a list field to flatten")
            return .flatten(field, range: start.union(field.range))
        case "why":
            return .why(range: start)
        default:
            throw QueryError(
                "unknown stage `\(keyword.text)`", at: keyword.range,
                help: Suggestion.help(for: keyword.text, in: Self.stageKeywords, listing: "stages are"))
        }
    }

    private var atStageEnd: Bool { check(.pipe) || check(.newline) || check(.semicolon) || check(.end) || check(.rightParen) }

    private mutating func projections(expecting: String) throws(QueryError) -> [Projection] {
        var result: [Projection] = []
        repeat {
            if check(.comma) { advance() }
            if atStageEnd { throw unexpected(expecting: expecting) }
            if check(.identifier), tokens[position + 1].kind == .assign {
                let name = try identifier(expecting: "a name")
                advance()
                result.append(Projection(name: name, expression: try expression()))
            } else {
                result.append(Projection(name: nil, expression: try expression()))
            }
        } while check(.comma)
        return result
    }

    // MARK: Expressions, loosest binding first

    mutating func expression() throws(QueryError) -> Expression {
        if depth == 0 { operators = 0 }
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            throw QueryError(
                "this expression is nested too deeply", at: peek.range,
                help: "split it with `let`; nesting is limited to \(Self.maximumDepth) levels", kind: .limit)
        }
        return try or()
    }

    private mutating func or() throws(QueryError) -> Expression {
        var left = try and()
        while checkKeyword("or") {
            try countOperator()
            let right = try and()
            left = .binary(.or, left, right, left.range.union(right.range))
        }
        return left
    }

    private mutating func and() throws(QueryError) -> Expression {
        var left = try not()
        while checkKeyword("and") {
            try countOperator()
            let right = try not()
            left = .binary(.and, left, right, left.range.union(right.range))
        }
        return left
    }

    private mutating func not() throws(QueryError) -> Expression {
        if checkKeyword("not") {
            let start = try countOperator().range
            let operand = try not()
            return .unary(.not, operand, start.union(operand.range))
        }
        return try comparison()
    }

    private mutating func comparison() throws(QueryError) -> Expression {
        let left = try coalescing()
        let symbolic: [Token.Kind: BinaryOperator] = [
            .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual, .greater: .greater,
            .greaterEqual: .greaterEqual, .tilde: .matches, .notTilde: .notMatches,
        ]
        let worded: [String: BinaryOperator] = ["in": .in, "has": .has, "contains": .contains, "matches": .matches]
        var op: BinaryOperator?
        if let found = symbolic[peek.kind] {
            op = found
            advance()
        } else if check(.identifier), let found = worded[peek.text] {
            op = found
            advance()
        } else if checkKeyword("not"), tokens[position + 1].kind == .identifier, tokens[position + 1].text == "in" {
            op = .notIn
            advance()
            advance()
        } else if check(.assign) {
            throw QueryError("`=` names a column; to compare, use `==`", at: peek.range, help: "write `==`")
        }
        guard let op else { return left }
        let right = try coalescing()
        return .binary(op, left, right, left.range.union(right.range))
    }

    private mutating func coalescing() throws(QueryError) -> Expression {
        var left = try additive()
        while check(.coalesce) {
            try countOperator()
            let right = try additive()
            left = .binary(.coalesce, left, right, left.range.union(right.range))
        }
        return left
    }

    private mutating func additive() throws(QueryError) -> Expression {
        var left = try multiplicative()
        while check(.plus) || check(.minus) {
            let op: BinaryOperator = try countOperator().kind == .plus ? .add : .subtract
            let right = try multiplicative()
            left = .binary(op, left, right, left.range.union(right.range))
        }
        return left
    }

    private mutating func multiplicative() throws(QueryError) -> Expression {
        var left = try unary()
        while check(.star) || check(.slash) || check(.percent) {
            let kind = try countOperator().kind
            let op: BinaryOperator = kind == .star ? .multiply : kind == .slash ? .divide : .remainder
            let right = try unary()
            left = .binary(op, left, right, left.range.union(right.range))
        }
        return left
    }

    private mutating func unary() throws(QueryError) -> Expression {
        if check(.minus) {
            let start = try countOperator().range
            let operand = try unary()
            return .unary(.negate, operand, start.union(operand.range))
        }
        return try postfix()
    }

    private mutating func postfix() throws(QueryError) -> Expression {
        var base = try primary()
        while check(.dot) {
            try countOperator()
            let field = try identifier(expecting: "a field name after `.`")
            base = .member(base, field, base.range.union(field.range))
        }
        return base
    }

    private mutating func primary() throws(QueryError) -> Expression {
        let token = peek
        switch token.kind {
        case .integer:
            advance()
            guard let value = Int(token.text) else {
                throw QueryError("`\(token.text)` is too large a number", at: token.range, kind: .limit)
            }
            return .literal(.integer(value), token.range)
        case .decimal:
            advance()
            return .literal(.decimal(Double(token.text) ?? 0), token.range)
        case .string:
            advance()
            return .literal(.string(token.text), token.range)
        case .date:
            advance()
            return .literal(.date(PartialDate(token.text)!), token.range)
        case .leftParen:
            advance()
            let inner = try expression()
            try expect(.rightParen, expecting: "`)` to close the `(`", help: "every `(` needs a matching `)`")
            return inner
        case .leftBracket:
            advance()
            var items: [Expression] = []
            while !check(.rightBracket) {
                items.append(try expression())
                if !check(.comma) { break }
                advance()
            }
            let end = try expect(.rightBracket, expecting: "`]` to close the list", help: "separate items with `,`")
            return .list(items, token.range.union(end.range))
        case .identifier:
            advance()
            switch token.text {
            case "true": return .literal(.bool(true), token.range)
            case "false": return .literal(.bool(false), token.range)
            case "null": return .literal(.null, token.range)
            default: break
            }
            if check(.leftParen) {
                advance()
                var arguments: [Expression] = []
                while !check(.rightParen) {
                    arguments.append(try expression())
                    if !check(.comma) { break }
                    advance()
                }
                let end = try expect(.rightParen, expecting: "`)` to close the call", help: "separate arguments with `,`")
                return .call(Identifier(token.text, token.range), arguments, token.range.union(end.range))
            }
            return .name(token.text, token.range)
        default:
            throw unexpected(expecting: "a value, field or source")
        }
    }

    // MARK: Tokens

    /// Consumes an operator token, refusing one too many (see `maximumOperators`).
    @discardableResult
    private mutating func countOperator() throws(QueryError) -> Token {
        operators += 1
        if operators > Self.maximumOperators {
            throw QueryError(
                "this expression has more than \(Self.maximumOperators) operators", at: peek.range,
                help: "split it over several `where` stages or `let`s, or test membership with `in […]`", kind: .limit)
        }
        return advance()
    }

    private var peek: Token { tokens[position] }

    private func check(_ kind: Token.Kind) -> Bool { tokens[position].kind == kind }

    private func checkKeyword(_ word: String) -> Bool {
        tokens[position].kind == .identifier && tokens[position].text == word
    }

    @discardableResult
    private mutating func advance() -> Token {
        let token = tokens[position]
        if token.kind != .end { position += 1 }
        return token
    }

    @discardableResult
    private mutating func expect(_ kind: Token.Kind, expecting: String, help: String? = nil) throws(QueryError) -> Token {
        guard check(kind) else { throw unexpected(expecting: expecting, help: help) }
        return advance()
    }

    private mutating func identifier(expecting: String) throws(QueryError) -> Identifier {
        guard check(.identifier) else { throw unexpected(expecting: expecting) }
        let token = advance()
        return Identifier(token.text, token.range)
    }

    private func unexpected(expecting: String, help: String? = nil) -> QueryError {
        QueryError("expected \(expecting), found \(peek.quoted)", at: peek.range, help: help)
    }
}
