import DossierModel

/// Builds a corpus from article texts, one article at a time; actors and frameworks are shared across
/// articles, so an entity met in two articles is one actor.
public struct CorpusBuilder {
    public let lexicon: Lexicon
    private var registry: EntityRegistry
    private var articles: [Article] = []
    private var claims: [Claim] = []
    private var events: [Event] = []
    private var usedIDs = Set<ArticleID>()

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        registry = EntityRegistry(lexicon: lexicon)
    }

    /// Reads and extracts one article. The id is the slug of the file name, made unique in the corpus.
    @discardableResult
    public mutating func add(text: String, path: String, markdown: Bool? = nil) throws(ReadError) -> ArticleID {
        add(try PreparedArticle(text: text, path: path, markdown: markdown, lexicon: lexicon), path: path)
    }

    /// Extracts an article already read and tokenised.
    @discardableResult
    mutating func add(_ prepared: PreparedArticle, path: String) -> ArticleID {
        let id = uniqueID(for: path)
        usedIDs.insert(id)
        var prepared = prepared
        prepared.read.article.id = id
        // A path with no file name leaves the article without a title; the id stands in, as elsewhere.
        if path.utf8.allSatisfy({ $0 == Self.slash }) && prepared.read.article.title.isEmpty { prepared.read.article.title = id }
        ArticleExtractor(lexicon: lexicon, prepared: prepared).extract(into: &registry, claims: &claims, events: &events)
        articles.append(prepared.read.article)
        return id
    }

    public func build() -> Corpus {
        let (actors, frameworks) = registry.finished(speakers: Set(claims.compactMap(\.speaker)))
        return Corpus(articles: articles, actors: actors, frameworks: frameworks, claims: claims, events: events)
    }

    private static let slash = UInt8(ascii: "/")

    private func uniqueID(for path: String) -> ArticleID {
        // Split on bytes: splitting a long path on Characters cost more than a short article's names.
        var name = path.utf8.split(separator: Self.slash).last.map { String(Substring($0)) } ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        let base = Slug.make(name).isEmpty ? "article" : Slug.make(name)
        var id = base
        var suffix = 2
        while usedIDs.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        return id
    }
}
