import DossierModel

/// A name as written, with where it was written.
public struct Identifier: Hashable, Sendable {
    public var name: String
    public var range: SourceRange

    public init(_ name: String, _ range: SourceRange) {
        self.name = name
        self.range = range
    }
}

/// One statement of a chunk; statements are separated by newlines or `;`.
public enum Statement: Hashable, Sendable {
    /// A pipeline or a plain expression, shown as a result.
    case query(Pipeline)
    /// `let name = …`: binds a table or value for the rest of the session.
    case assignment(name: Identifier, value: Pipeline, range: SourceRange)
    /// `def name(a, b) = …`: a function whose body is re-run with the arguments bound.
    case definition(name: Identifier, parameters: [Identifier], body: Pipeline, range: SourceRange)
    /// `explain …`: runs a pipeline stage by stage, counting rows after each.
    case explain(Pipeline, range: SourceRange)
    /// `include "path"`: runs another script; the caller resolves the path.
    case include(path: String, range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .query(let pipeline): pipeline.range
        case .assignment(_, _, let range), .definition(_, _, _, let range), .explain(_, let range),
             .include(_, let range): range
        }
    }
}

/// A head (a source, variable, function call or expression) followed by stages joined with `|`.
public struct Pipeline: Hashable, Sendable {
    public var head: Head
    public var stages: [Stage]
    public var range: SourceRange

    public init(head: Head, stages: [Stage], range: SourceRange) {
        self.head = head
        self.stages = stages
        self.range = range
    }
}

/// Where a pipeline's rows come from.
public enum Head: Hashable, Sendable {
    /// A source name, variable, call, `_`, or any expression.
    case expression(Expression)
    /// `cooccurrence actors [frameworks] [by sentence|paragraph]`.
    case cooccurrence(left: Identifier, right: Identifier?, scope: Identifier?, range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .expression(let expression): expression.range
        case .cooccurrence(_, _, _, let range): range
        }
    }
}

/// One transform of a pipeline.
public enum Stage: Hashable, Sendable {
    case filter(Expression, range: SourceRange)
    case select([Projection], range: SourceRange)
    case sort([SortKey], range: SourceRange)
    case take(Expression, range: SourceRange)
    case count(range: SourceRange)
    case distinct([Projection], range: SourceRange)
    case group(keys: [Projection], aggregates: [Projection], range: SourceRange)
    case join(Join)
    case flatten(Identifier, range: SourceRange)
    case why(range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .filter(_, let range), .select(_, let range), .sort(_, let range), .take(_, let range),
             .count(let range), .distinct(_, let range), .group(_, _, let range), .flatten(_, let range),
             .why(let range): range
        case .join(let join): join.range
        }
    }

    /// The keyword that starts the stage, for explanations and errors.
    public var keyword: String {
        switch self {
        case .filter: "where"
        case .select: "select"
        case .sort: "sort"
        case .take: "take"
        case .count: "count"
        case .distinct: "distinct"
        case .group: "group"
        case .join(let join): join.keepsUnmatched ? "lookup" : "join"
        case .flatten: "flatten"
        case .why: "why"
        }
    }
}

/// `name = expression`, or a bare expression whose name is taken from its last field.
public struct Projection: Hashable, Sendable {
    public var name: Identifier?
    public var expression: Expression

    public init(name: Identifier?, expression: Expression) {
        self.name = name
        self.expression = expression
    }

    public var range: SourceRange { name.map { $0.range.union(expression.range) } ?? expression.range }
}

/// A sort key and its direction.
public struct SortKey: Hashable, Sendable {
    public var expression: Expression
    public var descending: Bool

    public init(expression: Expression, descending: Bool) {
        self.expression = expression
        self.descending = descending
    }
}

/// `join SOURCE [as NAME] on LEFT == RIGHT` (inner) or `lookup …` (keeps rows with no match).
public struct Join: Hashable, Sendable {
    public var source: Identifier
    public var alias: Identifier?
    /// Read on the incoming rows.
    public var left: Expression
    /// Read on the joined source's rows.
    public var right: Expression
    public var keepsUnmatched: Bool
    public var range: SourceRange

    public init(
        source: Identifier, alias: Identifier?, left: Expression, right: Expression, keepsUnmatched: Bool,
        range: SourceRange
    ) {
        self.source = source
        self.alias = alias
        self.left = left
        self.right = right
        self.keepsUnmatched = keepsUnmatched
        self.range = range
    }
}

/// A literal value as written.
public enum Literal: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case decimal(Double)
    case string(String)
    case date(PartialDate)
}

public enum UnaryOperator: String, Hashable, Sendable {
    case not, negate = "-"
}

public enum BinaryOperator: String, Hashable, Sendable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `in`, notIn = "not in", has, contains, matches, notMatches = "!~"
    case coalesce = "??"
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
}

/// An expression; every node knows the source it was parsed from.
public indirect enum Expression: Hashable, Sendable {
    case literal(Literal, SourceRange)
    /// A field, variable, parameter, source, `this` or `_`.
    case name(String, SourceRange)
    /// `base.field`
    case member(Expression, Identifier, SourceRange)
    case call(Identifier, [Expression], SourceRange)
    case unary(UnaryOperator, Expression, SourceRange)
    case binary(BinaryOperator, Expression, Expression, SourceRange)
    case list([Expression], SourceRange)

    public var range: SourceRange {
        switch self {
        case .literal(_, let range), .name(_, let range), .member(_, _, let range), .call(_, _, let range),
             .unary(_, _, let range), .binary(_, _, _, let range), .list(_, let range): range
        }
    }

    /// The column name a bare projection gets: the last field of a path, or the function's name.
    var defaultName: String? {
        switch self {
        case .name(let name, _): name
        case .member(_, let field, _): field.name
        case .call(let function, _, _): function.name
        case .binary(.coalesce, let left, _, _): left.defaultName
        default: nil
        }
    }
}
