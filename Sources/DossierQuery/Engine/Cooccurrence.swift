/// `cooccurrence actors [frameworks] [by sentence|paragraph]`: pairs of entities named in the same
/// sentence (or paragraph), how often, and the sentences behind each pair. Most frequent first.
struct Cooccurrence {
    let environment: Environment
    /// A pair lists at most this many sentences; `count` still counts them all.
    static let maximumSentences = 100

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
                help: Suggestion.closest(to: scope!.name, in: ["sentence", "paragraph"]).map { "did you mean `\($0)`?" }
                    ?? "write `by sentence` or `by paragraph`", kind: .name)
        }
        let sameSource = leftSource == rightSource
        let leftRows = entities(leftSource), rightRows = entities(rightSource)
        var tally = PairTally(leftCount: index.count(of: leftSource), rightCount: index.count(of: rightSource),
                              maximumSentences: Self.maximumSentences)
        if byParagraph {
            try countByParagraph(leftRows, rightRows, sameSource: sameSource, into: &tally, range: range)
        } else {
            try countBySentence(leftRows, rightRows, sameSource: sameSource, into: &tally, range: range)
        }
        let sentencesByPair = tally.evidence.sentencesByPair()
        let counts = tally.counts
        var order = Array(counts.indices)
        order.sort { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
        var cells: [Value] = []
        cells.reserveCapacity(order.count * 4)
        for pair in order {
            let (a, b) = tally.pairs.members[pair]
            cells += [.row(RowReference(leftSource, a)), .row(RowReference(rightSource, b)), .int(counts[pair]),
                      .list(sentencesByPair[pair].map { .row(RowReference(.sentences, $0)) })]
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

    /// Sentence → the distinct entities of `source` named in it.
    private func entities(_ source: SourceKind) -> CompressedRows {
        source == .actors ? index.sentenceActors : index.sentenceFrameworks
    }

    /// Each sentence's entities are already distinct, so they are paired straight from the index.
    private func countBySentence(_ leftRows: CompressedRows, _ rightRows: CompressedRows, sameSource: Bool,
                                 into tally: inout PairTally, range: SourceRange) throws(QueryError) {
        for sentence in 0..<index.sentenceArticle.count {
            try environment.checkCancelled(sentence)
            let lefts = leftRows.positions(of: sentence)
            if lefts.isEmpty { continue }
            let rights = rightRows.positions(of: sentence)
            let named = Int32(sentence)
            for left in lefts {
                let a = leftRows.values[left]
                for right in rights {
                    let b = rightRows.values[right]
                    if sameSource, a >= b { continue }
                    if tally.add(a, b, named, named) { try environment.checkRowLimit(tally.counts.count, at: range) }
                }
            }
        }
    }

    /// A paragraph's entities are gathered first, each once, with the first sentence naming it.
    private func countByParagraph(_ leftRows: CompressedRows, _ rightRows: CompressedRows, sameSource: Bool,
                                  into tally: inout PairTally, range: SourceRange) throws(QueryError) {
        var lefts: [(entity: Int32, sentence: Int32)] = []
        var rights: [(entity: Int32, sentence: Int32)] = []
        for (unit, sentences) in paragraphUnits().enumerated() {
            try environment.checkCancelled(unit)
            Self.collect(leftRows, sentences, into: &lefts)
            if lefts.isEmpty { continue }
            Self.collect(rightRows, sentences, into: &rights)
            for a in lefts {
                for b in rights where !sameSource || a.entity < b.entity {
                    if tally.add(a.entity, b.entity, a.sentence, b.sentence) {
                        try environment.checkRowLimit(tally.counts.count, at: range)
                    }
                }
            }
        }
    }

    /// The distinct entities in a run of sentences, each with the first sentence naming it, in `into`
    /// (reused to avoid allocations).
    private static func collect(_ rows: CompressedRows, _ sentences: Range<Int>, into result: inout [(entity: Int32, sentence: Int32)]) {
        result.removeAll(keepingCapacity: true)
        for sentence in sentences {
            for position in rows.positions(of: sentence) {
                let entity = rows.values[position]
                if !result.contains(where: { $0.entity == entity }) { result.append((entity, Int32(sentence))) }
            }
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
}

/// What has been counted: each distinct pair, how often it occurred, and the sentences behind it.
private struct PairTally {
    var pairs: PairTable
    var counts: [Int] = []
    var evidence: PairEvidence

    init(leftCount: Int, rightCount: Int, maximumSentences: Int) {
        pairs = PairTable(leftCount: leftCount, rightCount: rightCount)
        evidence = PairEvidence(maximumSentences: maximumSentences)
    }

    /// One co-mention of `a` (named in `sentenceA`) and `b`; true when the pair is new.
    mutating func add(_ a: Int32, _ b: Int32, _ sentenceA: Int32, _ sentenceB: Int32) -> Bool {
        let pair = pairs.index(a, b)
        let isNew = pair == counts.count
        if isNew {
            counts.append(0)
            evidence.addPair()
        }
        counts[pair] += 1
        evidence.record(pair, sentenceA, sentenceB)
        return isNew
    }
}

/// Numbers each distinct pair of entities in the order first seen: a dense table when the two sources
/// are small enough (no hashing per pair), a dictionary otherwise.
private struct PairTable {
    private let rightCount: Int
    private var dense: [Int32]
    private var sparse: [UInt64: Int] = [:]
    private(set) var members: [(Int32, Int32)] = []

    init(leftCount: Int, rightCount: Int) {
        self.rightCount = rightCount
        let cells = leftCount * rightCount
        dense = cells <= 4_000_000 ? [Int32](repeating: -1, count: cells) : []
    }

    mutating func index(_ a: Int32, _ b: Int32) -> Int {
        if !dense.isEmpty {
            let cell = Int(a) * rightCount + Int(b)
            if dense[cell] >= 0 { return Int(dense[cell]) }
            dense[cell] = Int32(members.count)
        } else {
            let key = UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
            if let existing = sparse[key] { return existing }
            sparse[key] = members.count
        }
        members.append((a, b))
        return members.count - 1
    }
}
