import DossierModel

/// The `why` stage: for each row, the sentence(s) it comes from with the matched words marked
/// «like this», the article, and the character offsets.
struct Provenance {
    let environment: Environment

    /// Marks placed around the words a row stands for.
    static let openMark = "«", closeMark = "»"

    private var index: CorpusIndex { environment.index }

    /// The sentences behind each row of `table`. Rows are numbered from `firstRowNumber`, so the
    /// provenance of one row picked out of a larger result keeps that row's number.
    func why(_ table: Table, at range: SourceRange, firstRowNumber: Int = 1) throws(QueryError) -> Table {
        guard let origin = table.origin else {
            throw QueryError(
                "`why` needs rows that come from the corpus, but these were computed by `group by`, `count` or `cooccurrence`",
                at: range, help: "use `why` before grouping, e.g. `claims | where … | why`", kind: .type)
        }
        let types: [ValueType] = [.int, .row(.articles), .int, .int, .int, .string, table.slotTypes[origin]]
        var cells: [Value] = []
        for row in 0..<table.rowCount {
            try environment.checkCancelled(row)
            guard case .row(let reference) = table.cell(row, slot: origin) else { continue }
            for source in sources(of: reference) {
                cells += [.int(row + firstRowNumber), source.article, .int(source.sentence), .int(source.start), .int(source.end),
                          .string(source.marked), .row(reference)]
            }
            try environment.checkRowLimit(cells.count / types.count, at: range)
        }
        let names = ["row", "article", "sentence", "start", "end", "text"]
        let columns = names.enumerated().map { Table.Column(name: $1, slot: $0, path: [], type: types[$0]) }
        return Table(slotTypes: types, cells: cells, columns: columns, origin: types.count - 1, exposesOriginFields: false)
    }

    struct Source {
        var article: Value
        var sentence: Int
        var start: Int
        var end: Int
        var marked: String
    }

    /// Every place in the text a row comes from.
    func sources(of reference: RowReference) -> [Source] {
        let corpus = index
        let position = Int(reference.index)
        switch reference.source {
        case .actors: return corpus.actors[position].mentions.compactMap { source(at: $0.location, marking: $0.text) }
        case .frameworks: return corpus.frameworks[position].mentions.compactMap { source(at: $0.location, marking: $0.text) }
        case .mentions:
            let mention = index.mention(index.mentions[position])
            return [source(at: mention.location, marking: mention.text)].compactMap { $0 }
        case .claims:
            let claim = corpus.claims[position]
            return [source(at: claim.location, marking: claim.quote ?? claim.cue)].compactMap { $0 }
        case .events:
            let event = corpus.events[position]
            return [source(at: event.location, marking: event.dateText)].compactMap { $0 }
        case .sentences:
            let sentence = index.sentence(reference.index)
            let article = corpus.articles[Int(index.sentenceArticle[position])]
            let location = Location(article: article.id, paragraph: sentence.paragraph, sentence: sentence.index, span: sentence.span)
            return [source(at: location, marking: nil)].compactMap { $0 }
        case .articles:
            let article = corpus.articles[position]
            guard let first = article.sentences.first else { return [] }
            let location = Location(article: article.id, paragraph: first.paragraph, sentence: first.index, span: first.span)
            return [source(at: location, marking: nil)].compactMap { $0 }
        }
    }

    private func source(at location: Location, marking words: String?) -> Source? {
        guard let global = index.sentence(at: location) else { return nil }
        let sentence = index.sentence(global)
        let article = Value.row(RowReference(.articles, index.sentenceArticle[Int(global)]))
        return Source(
            article: article, sentence: sentence.index, start: location.span.start, end: location.span.end,
            marked: mark(sentence, span: location.span, words: words))
    }

    /// Marks the span inside the sentence when it lies there; otherwise the first occurrence of the words.
    private func mark(_ sentence: Sentence, span: Span, words: String?) -> String {
        guard let words, !words.isEmpty else { return sentence.text }
        let scalars = Array(sentence.text.unicodeScalars)
        let start = span.start - sentence.span.start
        let end = span.end - sentence.span.start
        if start >= 0, end <= scalars.count, start < end, span != sentence.span,
           String(String.UnicodeScalarView(scalars[start..<end])) == words {
            return String(String.UnicodeScalarView(scalars[..<start])) + Self.openMark
                + String(String.UnicodeScalarView(scalars[start..<end])) + Self.closeMark
                + String(String.UnicodeScalarView(scalars[end...]))
        }
        let needle = Array(words.unicodeScalars)
        guard needle.count <= scalars.count else { return sentence.text }
        for offset in 0...(scalars.count - needle.count) where scalars[offset..<(offset + needle.count)].elementsEqual(needle) {
            return String(String.UnicodeScalarView(scalars[..<offset])) + Self.openMark + words + Self.closeMark
                + String(String.UnicodeScalarView(scalars[(offset + needle.count)...]))
        }
        return sentence.text
    }
}
