/// The rows of a join's source, found by key. Rows match by identity, so a key that is a row is looked
/// up by its position in an array per source: hashing a `Value` costs hundreds of instructions, and
/// joins on rows (`this == speaker`) are the usual ones. Other keys are hashed.
struct JoinMatches {
    /// Per source ordinal: the position of a row key → the source rows whose key it is.
    private var byRow: [CompressedRows?]
    private var byValue: [Value: [Int32]] = [:]
    /// Per source ordinal: how many rows the loaded corpus has. A reference kept from another corpus
    /// (a variable made before `.load`) may point past them; it is hashed like any other value.
    private let loadedCounts: [Int]

    /// Every row of `table` under the key `key` reads on it.
    init(_ table: Table, key: CompiledExpression, environment: Environment) throws(QueryError) {
        let evaluator = ExpressionEvaluator(semantics: environment.semantics)
        let loadedCounts = Self.loadedCounts(environment.index)
        var pairs = [[(Int32, Int32)]](repeating: [], count: loadedCounts.count)
        var byValue: [Value: [Int32]] = [:]
        for row in 0..<table.rowCount {
            try environment.checkCancelled(row)
            Self.forEachKey(evaluator.evaluate(key, table, row)) { item in
                if case .row(let reference) = item, Self.isLoaded(reference, loadedCounts) {
                    pairs[reference.source.ordinal].append((reference.index, Int32(row)))
                } else {
                    byValue[item, default: []].append(Int32(row))
                }
            }
        }
        byRow = pairs.indices.map { ordinal in
            pairs[ordinal].isEmpty ? nil : CompressedRows(count: loadedCounts[ordinal], pairs: pairs[ordinal], distinct: false)
        }
        self.byValue = byValue
        self.loadedCounts = loadedCounts
    }

    /// The rows of `source` under `key`, straight from the corpus index when it already inverts that
    /// key (claims by `speaker`), so the source is not read at all; nil otherwise.
    init?(indexed source: SourceKind, key: CompiledExpression, in index: CorpusIndex) {
        guard source == .claims, case .path(.slot(0), let steps) = key, steps.count == 1,
              steps[0].name == "speaker", steps[0].reads(.claims) else { return nil }
        loadedCounts = Self.loadedCounts(index)
        byRow = Array(repeating: nil, count: loadedCounts.count)
        byRow[SourceKind.actors.ordinal] = index.claimsBySpeaker
    }

    /// Replaces `found` with the source rows matching `key`: each item of a list in turn, every
    /// match in source order.
    func matches(_ key: Value, into found: inout [Int32]) {
        found.removeAll(keepingCapacity: true)
        Self.forEachKey(key) { item in
            if case .row(let reference) = item, Self.isLoaded(reference, loadedCounts) {
                if let rows = byRow[reference.source.ordinal] { found += rows[Int(reference.index)] }
            } else if let rows = byValue[item] {
                found += rows
            }
        }
    }

    /// Join keys: a list matches through each of its items; null matches nothing.
    private static func forEachKey(_ value: Value, _ body: (Value) -> Void) {
        switch value {
        case .null: return
        case .list(let items): for item in items where !item.isNull { body(item) }
        default: body(value)
        }
    }

    private static func isLoaded(_ reference: RowReference, _ loadedCounts: [Int]) -> Bool {
        reference.index >= 0 && Int(reference.index) < loadedCounts[reference.source.ordinal]
    }

    private static func loadedCounts(_ index: CorpusIndex) -> [Int] {
        var counts = [Int](repeating: 0, count: SourceKind.allCases.count)
        for source in SourceKind.allCases { counts[source.ordinal] = index.count(of: source) }
        return counts
    }
}
