/// `cooccurrence actors [frameworks] [by sentence|paragraph]`: pairs of entities named in the same
/// sentence (or paragraph), how often, and the sentences behind each pair. Most frequent first.
struct Cooccurrence {
    let environment: Environment

    private var index: CorpusIndex { environment.index }

    func table(left: Identifier, right: Identifier?, scope: Identifier?, range: SourceRange) throws(QueryError) -> Table {
        let leftSource = try entitySource(left)
        let rightSource = try right.map(entitySource) ?? leftSource
        let byParagraph: Bool
        switch scope?.name {
        case nil, "sentence": byParagraph = false
        case "paragraph": byParagraph = true
        default:
            throw QueryError(
                "co-occurrence is counted `by sentence` or `by paragraph`, not `\(scope!.name)`", at: scope!.range,
                help: Suggestion.closest(to: scope!.name, in: ["sentence", "paragraph"]).map { "did you mean `\($0)`?" }, kind: .name)
        }
        let sameSource = leftSource == rightSource
        let units = byParagraph ? paragraphUnits() : (0..<index.sentenceArticle.count).map { $0..<($0 + 1) }
        var pairIndex: [UInt64: Int] = [:]
        var pairs: [(Int32, Int32)] = []
        var pairUnits: [[Int32]] = []
        var lefts: [Int32] = []
        var rights: [Int32] = []
        for (unit, sentences) in units.enumerated() {
            try environment.checkCancelled(unit)
            collect(leftSource, sentences, into: &lefts)
            collect(rightSource, sentences, into: &rights)
            for a in lefts {
                for b in rights where !sameSource || a < b {
                    let key = UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
                    if let existing = pairIndex[key] {
                        pairUnits[existing].append(Int32(unit))
                    } else {
                        pairIndex[key] = pairs.count
                        pairs.append((a, b))
                        pairUnits.append([Int32(unit)])
                        try environment.checkRowLimit(pairs.count, at: range)
                    }
                }
            }
        }
        var order = Array(pairs.indices)
        order.sort { pairUnits[$0].count != pairUnits[$1].count ? pairUnits[$0].count > pairUnits[$1].count : $0 < $1 }
        var cells: [Value] = []
        cells.reserveCapacity(order.count * 4)
        for pair in order {
            let (a, b) = pairs[pair]
            let sentences = pairUnits[pair].flatMap { unit in
                byParagraph ? sentencesMentioning(a, leftSource, or: b, rightSource, in: units[Int(unit)]) : [Int32(unit)]
            }
            cells += [.row(RowReference(leftSource, a)), .row(RowReference(rightSource, b)), .int(pairUnits[pair].count),
                      .list(sentences.map { .row(RowReference(.sentences, $0)) })]
        }
        let names = sameSource
            ? [leftSource.singular + "_a", leftSource.singular + "_b"]
            : [leftSource.singular, rightSource.singular]
        let types: [ValueType] = [.row(leftSource), .row(rightSource), .int, .list(.row(.sentences))]
        let columnNames = names + ["count", "sentences"]
        let columns = columnNames.enumerated().map { Table.Column(name: $1, slot: $0, path: [], type: types[$0]) }
        return Table(slotTypes: types, cells: cells, columns: columns, origin: nil, exposesOriginFields: false)
    }

    private func entitySource(_ name: Identifier) throws(QueryError) -> SourceKind {
        guard let source = SourceKind(rawValue: name.name), source == .actors || source == .frameworks else {
            throw QueryError(
                "co-occurrence pairs `actors` and `frameworks`, not `\(name.name)`", at: name.range,
                help: Suggestion.closest(to: name.name, in: ["actors", "frameworks"]).map { "did you mean `\($0)`?" }
                    ?? "write `cooccurrence actors frameworks by sentence`", kind: .name)
        }
        return source
    }

    /// The distinct entities of `source` in a run of sentences, in `into` (reused to avoid allocations).
    private func collect(_ source: SourceKind, _ sentences: Range<Int>, into result: inout [Int32]) {
        result.removeAll(keepingCapacity: true)
        let rows = source == .actors ? index.sentenceActors : index.sentenceFrameworks
        for sentence in sentences {
            for entity in rows[sentence] where sentences.count == 1 || !result.contains(entity) { result.append(entity) }
        }
    }

    /// Runs of consecutive sentences sharing a paragraph.
    private func paragraphUnits() -> [Range<Int>] {
        var units: [Range<Int>] = []
        var start = 0
        let paragraphs = index.sentenceParagraph
        guard !paragraphs.isEmpty else { return [] }
        for sentence in 1...paragraphs.count where sentence == paragraphs.count || paragraphs[sentence] != paragraphs[start] {
            units.append(start..<sentence)
            start = sentence
        }
        return units
    }

    private func sentencesMentioning(_ a: Int32, _ aSource: SourceKind, or b: Int32, _ bSource: SourceKind, in sentences: Range<Int>) -> [Int32] {
        sentences.filter { sentence in
            let aRows = aSource == .actors ? index.sentenceActors : index.sentenceFrameworks
            let bRows = bSource == .actors ? index.sentenceActors : index.sentenceFrameworks
            return aRows[sentence].contains(a) || bRows[sentence].contains(b)
        }.map { Int32($0) }
    }
}
