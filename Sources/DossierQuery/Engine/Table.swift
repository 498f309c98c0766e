/// The rows of a result, stored flat: `width` values per row in one array, so no row owns an allocation.
///
/// A table straight from a source stores one row reference per row; its columns are fields read
/// lazily through that reference. Stages that compute values add stored slots. Columns say how to
/// read each shown value: a slot, then a path of fields through references.
public struct Table: Sendable {
    struct Column: Sendable {
        var name: String
        var slot: Int
        var path: [PathStep]
        var type: ValueType
    }

    var slotTypes: [ValueType]
    var cells: [Value]
    var columns: [Column]
    /// The slot holding the source row each row came from; it keeps `why` and lazy fields working.
    var origin: Int?
    /// Whether every field of the origin's source can still be named (true until a `select` or `group`).
    var exposesOriginFields: Bool

    var width: Int { slotTypes.count }
    /// The number of rows.
    public var rowCount: Int { width == 0 ? 0 : cells.count / width }

    var originSource: SourceKind? {
        guard let origin, case .row(let source) = slotTypes[origin] else { return nil }
        return source
    }

    /// Every row of a source, showing its default fields.
    static func source(_ source: SourceKind, in index: CorpusIndex) -> Table {
        let count = index.count(of: source)
        var cells: [Value] = []
        cells.reserveCapacity(count)
        for position in 0..<count { cells.append(.row(RowReference(source, Int32(position)))) }
        let fields = Schema.table(source)
        let columns = fields.shown.map { name in
            let field = fields[name]!
            return Column(name: name, slot: 0, path: [PathStep(field, of: source)], type: field.type)
        }
        return Table(slotTypes: [.row(source)], cells: cells, columns: columns, origin: 0, exposesOriginFields: true)
    }

    /// A one-column, one-row table holding a value (`count`, a scalar shown as a result).
    static func single(_ name: String, _ value: Value, type: ValueType) -> Table {
        Table(slotTypes: [type], cells: [value], columns: [Column(name: name, slot: 0, path: [], type: type)],
              origin: nil, exposesOriginFields: false)
    }

    /// The same layout with only the given rows, in the given order.
    func selecting(rows: [Int]) -> Table {
        var copy = self
        copy.cells = []
        copy.cells.reserveCapacity(rows.count * width)
        for row in rows {
            let base = row * width
            copy.cells.append(contentsOf: cells[base..<(base + width)])
        }
        return copy
    }

    func cell(_ row: Int, slot: Int) -> Value { cells[row * width + slot] }

    /// The shown value of a column, following its path.
    func value(row: Int, column: Column, index: CorpusIndex) -> Value {
        PathStep.follow(column.path, from: cell(row, slot: column.slot), index: index)
    }
}

/// One `.field` step through a row reference; it knows the field for each source it may meet.
struct PathStep: Sendable {
    let name: String
    private let fields: [Field?]

    init(_ field: Field, of source: SourceKind) {
        name = field.name
        var fields = [Field?](repeating: nil, count: SourceKind.allCases.count)
        fields[source.ordinal] = field
        self.fields = fields
    }

    /// A step for a value whose source is only known at run time; nil when no source has the field.
    init?(named name: String, sources: [SourceKind]) {
        self.name = name
        var fields = [Field?](repeating: nil, count: SourceKind.allCases.count)
        for source in sources { fields[source.ordinal] = Schema.table(source)[name] }
        guard fields.contains(where: { $0 != nil }) else { return nil }
        self.fields = fields
    }

    func apply(_ value: Value, index: CorpusIndex) -> Value {
        switch value {
        case .row(let reference):
            guard let field = fields[reference.source.ordinal] else { return .null }
            return field.read(index, Int(reference.index))
        case .list(let items):
            return .list(items.map { apply($0, index: index) })
        default:
            return .null
        }
    }

    static func follow(_ path: [PathStep], from start: Value, index: CorpusIndex) -> Value {
        var value = start
        for step in path {
            if value.isNull { return .null }
            value = step.apply(value, index: index)
        }
        return value
    }
}

extension SourceKind {
    var ordinal: Int {
        switch self {
        case .articles: 0
        case .actors: 1
        case .frameworks: 2
        case .claims: 3
        case .events: 4
        case .mentions: 5
        case .sentences: 6
        }
    }
}
