/// The rows of a result. A table straight from a source stores only row positions (none at all while
/// it holds every row); its columns are fields read lazily through them. Stages that compute values
/// store them flat, `width` values per row in one array, so no row owns an allocation. Columns say
/// how to read each shown value: a slot, then a path of fields through references.
public struct Table: Sendable {
    enum Storage: Sendable {
        /// One slot: a reference into `source`, at `positions[row]`, or at `row` itself when nil.
        case source(SourceKind, positions: [Int32]?, count: Int)
        case cells([Value])
    }

    struct Column: Sendable {
        var name: String
        var slot: Int
        var path: [PathStep]
        var type: ValueType
    }

    var slotTypes: [ValueType]
    var storage: Storage
    var columns: [Column]
    /// The slot holding the source row each row came from; it keeps `why` and lazy fields working.
    var origin: Int?
    /// Whether every field of the origin's source can still be named (true until a `select` or `group`).
    var exposesOriginFields: Bool

    init(slotTypes: [ValueType], cells: [Value], columns: [Column], origin: Int?, exposesOriginFields: Bool) {
        self.slotTypes = slotTypes
        storage = .cells(cells)
        self.columns = columns
        self.origin = origin
        self.exposesOriginFields = exposesOriginFields
    }

    var width: Int { slotTypes.count }

    /// The number of rows.
    public var rowCount: Int {
        switch storage {
        case .source(_, _, let count): count
        case .cells(let cells): width == 0 ? 0 : cells.count / width
        }
    }

    /// Replaces the stored values (a stage that computed new slots).
    mutating func store(_ cells: [Value]) { storage = .cells(cells) }

    var originSource: SourceKind? {
        guard let origin, case .row(let source) = slotTypes[origin] else { return nil }
        return source
    }

    /// Every row of a source, showing its default fields.
    static func source(_ source: SourceKind, in index: CorpusIndex) -> Table {
        let fields = Schema.table(source)
        let columns = fields.shown.map { name in
            let field = fields[name]!
            return Column(name: name, slot: 0, path: [PathStep(field, of: source)], type: field.type)
        }
        var table = Table(slotTypes: [.row(source)], cells: [], columns: columns, origin: 0, exposesOriginFields: true)
        table.storage = .source(source, positions: nil, count: index.count(of: source))
        return table
    }

    /// A one-column, one-row table holding a value (`count`, a scalar shown as a result).
    static func single(_ name: String, _ value: Value, type: ValueType) -> Table {
        Table(slotTypes: [type], cells: [value], columns: [Column(name: name, slot: 0, path: [], type: type)],
              origin: nil, exposesOriginFields: false)
    }

    /// The same layout with only the given rows, in the given order.
    func selecting(rows: [Int]) -> Table {
        var copy = self
        switch storage {
        case .source(let source, let positions, _):
            let kept = positions.map { all in rows.map { all[$0] } } ?? rows.map { Int32($0) }
            copy.storage = .source(source, positions: kept, count: kept.count)
        case .cells(let cells):
            var selected: [Value] = []
            selected.reserveCapacity(rows.count * width)
            for row in rows {
                let base = row * width
                selected.append(contentsOf: cells[base..<(base + width)])
            }
            copy.storage = .cells(selected)
        }
        return copy
    }

    @inline(__always)
    func cell(_ row: Int, slot: Int) -> Value {
        switch storage {
        case .source(let source, let positions, _): .row(RowReference(source, positions?[row] ?? Int32(row)))
        case .cells(let cells): cells[row * width + slot]
        }
    }

    /// Appends the stored values of a row, for stages that build wider rows from it.
    func appendStored(row: Int, to cells: inout [Value]) {
        switch storage {
        case .source: cells.append(cell(row, slot: 0))
        case .cells(let stored): cells.append(contentsOf: stored[(row * width)..<((row + 1) * width)])
        }
    }

    /// The shown value of a column, following its path.
    func value(row: Int, column: Column, index: CorpusIndex) -> Value {
        PathStep.follow(column.path, from: cell(row, slot: column.slot), index: index)
    }
}

/// One `.field` step through a row reference; it knows the field for each source it may meet.
struct PathStep: Sendable {
    typealias Reader = @Sendable (CorpusIndex, Int) -> Value

    let name: String
    /// Only the readers, by source: copying a whole `Field` per row would cost several retains.
    private let readers: [Reader?]

    init(_ field: Field, of source: SourceKind) {
        name = field.name
        var readers = [Reader?](repeating: nil, count: SourceKind.allCases.count)
        readers[source.ordinal] = field.read
        self.readers = readers
    }

    /// A step for a value whose source is only known at run time; nil when no source has the field.
    init?(named name: String, sources: [SourceKind]) {
        self.name = name
        var readers = [Reader?](repeating: nil, count: SourceKind.allCases.count)
        for source in sources { readers[source.ordinal] = Schema.table(source)[name]?.read }
        guard readers.contains(where: { $0 != nil }) else { return nil }
        self.readers = readers
    }

    /// Whether this step reads a field of `source`'s rows (a field is known by its source and name).
    func reads(_ source: SourceKind) -> Bool { readers[source.ordinal] != nil }

    func apply(_ value: Value, index: CorpusIndex) -> Value {
        switch value {
        case .row(let reference):
            guard let read = readers[reference.source.ordinal] else { return .null }
            return read(index, Int(reference.index))
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
