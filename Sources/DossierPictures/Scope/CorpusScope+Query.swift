import DossierModel
import DossierQuery

extension CorpusScope {
    /// The part of the corpus a query's result points at.
    ///
    /// Rows that still know their source row select it: claims select claims, events select events,
    /// actors and frameworks select those entities, sentences their sentences, articles their
    /// articles. Rows merged by `group by` select every actor, framework, claim, event and article
    /// their cells refer to (`claims | group by speaker …` selects the speakers).
    public init(result: QueryResult) {
        self.init()
        var entities = Set<EntityID>(), claims = Set<String>(), events = Set<String>()
        var articles = Set<ArticleID>(), sentences = Set<SentenceKey>()
        func take(_ cell: Cell) {
            switch cell {
            case .reference(let source, let id, _):
                switch source {
                case .actors, .frameworks: entities.insert(id)
                case .claims: claims.insert(id)
                case .events: events.insert(id)
                case .articles: articles.insert(id)
                case .sentences:
                    // Sentence ids read `article#number`.
                    if let hash = id.lastIndex(of: "#"), let number = Int(id[id.index(after: hash)...]) {
                        sentences.insert(SentenceKey(article: String(id[..<hash]), sentence: number))
                    }
                case .mentions: break
                }
            case .list(let items): items.forEach(take)
            default: break
            }
        }
        for row in 0..<result.rowCount {
            if let origin = result.origin(ofRow: row), case .reference(let source, _, _) = origin, source != .mentions {
                take(origin)
            } else {
                result.row(row).forEach(take)
            }
        }
        if !entities.isEmpty { self.entities = entities }
        if !claims.isEmpty { self.claims = claims }
        if !events.isEmpty { self.events = events }
        if !articles.isEmpty { self.articles = articles }
        if !sentences.isEmpty { self.sentences = sentences }
        if entities.isEmpty && claims.isEmpty && events.isEmpty && articles.isEmpty && sentences.isEmpty {
            // Nothing to point at: an empty selection, not the whole corpus.
            self.entities = []
            self.events = []
            self.claims = []
        }
    }
}
