import DossierModel

/// One field of a source: its name, type, a one-line description, and how to read it from a row.
///
/// Fields are read lazily, one row at a time, straight from the corpus: a row is only a position.
public struct Field: Sendable {
    public let name: String
    public let type: ValueType
    public let summary: String
    let read: @Sendable (CorpusIndex, Int) -> Value

    init(_ name: String, _ type: ValueType, _ summary: String, _ read: @escaping @Sendable (CorpusIndex, Int) -> Value) {
        self.name = name
        self.type = type
        self.summary = summary
        self.read = read
    }
}

/// The fields of one source, with the ones shown by default when rows are printed.
struct FieldTable: Sendable {
    let fields: [Field]
    let shown: [String]
    private let positions: [String: Int]

    init(_ fields: [Field], shown: [String]) {
        self.fields = fields
        self.shown = shown
        positions = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($1.name, $0) })
    }

    subscript(name: String) -> Field? { positions[name].map { fields[$0] } }
}

/// Small helpers the field tables share.
enum FieldValues {
    static func text(_ value: String?) -> Value { value.map(Value.string) ?? .null }

    static func actors(_ ids: [EntityID], _ index: CorpusIndex) -> Value {
        .list(ids.compactMap { index.actorPosition[$0] }.map { .row(RowReference(.actors, $0)) })
    }

    static func frameworks(_ ids: [EntityID], _ index: CorpusIndex) -> Value {
        .list(ids.compactMap { index.frameworkPosition[$0] }.map { .row(RowReference(.frameworks, $0)) })
    }

    /// A reference to a position resolved ahead of time; -1 means none.
    static func row(_ source: SourceKind, _ position: Int32) -> Value {
        position >= 0 ? .row(RowReference(source, position)) : .null
    }

    static func article(_ id: ArticleID, _ index: CorpusIndex) -> Value {
        index.articlePosition[id].map { .row(RowReference(.articles, $0)) } ?? .null
    }

    static func date(_ date: PartialDate?) -> Value { date.map(Value.date) ?? .null }

    static func rows(_ source: SourceKind, _ positions: ArraySlice<Int32>) -> Value {
        .list(positions.map { .row(RowReference(source, $0)) })
    }
}
