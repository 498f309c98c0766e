import DossierModel

/// A reference to one row of a source: the row itself stays in the corpus, only its position travels.
public struct RowReference: Hashable, Sendable, Comparable {
    public var source: SourceKind
    public var index: Int32

    public init(_ source: SourceKind, _ index: Int32) {
        self.source = source
        self.index = index
    }

    public static func < (lhs: RowReference, rhs: RowReference) -> Bool {
        (lhs.source, lhs.index) < (rhs.source, rhs.index)
    }
}

/// One value in a query: a cell of a result, a variable, an argument.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case date(PartialDate)
    case list([Value])
    /// An actor, framework, claim… shown by its name, compared by identity, or by name against text.
    case row(RowReference)

    var isNull: Bool { if case .null = self { true } else { false } }

    var number: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    /// Truthiness for `where`: only `true` keeps a row; null and false drop it.
    var isTrue: Bool { if case .bool(true) = self { true } else { false } }
}

/// The static type of an expression, checked before any row is read.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
    /// Unknown until run time (a variable, a parameter).
    case any
    case null, bool, int, double, string, date
    case list(ValueType)
    case row(SourceKind)
    /// An actor or a framework (a mention's entity).
    case entity

    public var description: String {
        switch self {
        case .any: "any"
        case .null: "null"
        case .bool: "bool"
        case .int: "int"
        case .double: "number"
        case .string: "text"
        case .date: "date"
        case .list(let element): "list of \(element)"
        case .row(let source): source.singular
        case .entity: "entity"
        }
    }

    var isNumeric: Bool { self == .int || self == .double }

    var isEntity: Bool { self == .entity || self == .row(.actors) || self == .row(.frameworks) }

    var isEntityOrEntityList: Bool { isEntity || (element?.isEntity ?? false) }

    var element: ValueType? { if case .list(let element) = self { element } else { nil } }

    /// The type of a runtime value, for variables and arguments.
    static func of(_ value: Value) -> ValueType {
        switch value {
        case .null: .null
        case .bool: .bool
        case .int: .int
        case .double: .double
        case .string: .string
        case .date: .date
        case .list(let items): .list(items.first.map(of) ?? .any)
        case .row(let reference): .row(reference.source)
        }
    }
}
