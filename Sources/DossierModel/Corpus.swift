/// Everything Dossier knows about a set of articles. Actors and frameworks are shared across
/// articles (one per real-world entity); claims and events belong to one article each.
public struct Corpus: Sendable {
    public private(set) var articles: [Article]
    public private(set) var actors: [Actor]
    public private(set) var frameworks: [Framework]
    public private(set) var claims: [Claim]
    public private(set) var events: [Event]

    private var articleIndex: [ArticleID: Int]
    private var actorIndex: [EntityID: Int]
    private var frameworkIndex: [EntityID: Int]

    public init(
        articles: [Article] = [], actors: [Actor] = [], frameworks: [Framework] = [],
        claims: [Claim] = [], events: [Event] = []
    ) {
        self.articles = articles
        self.actors = actors
        self.frameworks = frameworks
        self.claims = claims
        self.events = events
        articleIndex = Self.index(articles.map(\.id))
        actorIndex = Self.index(actors.map(\.id))
        frameworkIndex = Self.index(frameworks.map(\.id))
    }

    public static let empty = Corpus()

    public func article(_ id: ArticleID) -> Article? { articleIndex[id].map { articles[$0] } }
    public func actor(_ id: EntityID) -> Actor? { actorIndex[id].map { actors[$0] } }
    public func framework(_ id: EntityID) -> Framework? { frameworkIndex[id].map { frameworks[$0] } }

    /// The sentence a location points into, if the article is loaded.
    public func sentence(at location: Location) -> Sentence? {
        guard let article = article(location.article), article.sentences.indices.contains(location.sentence) else {
            return nil
        }
        return article.sentences[location.sentence]
    }

    private static func index(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where index[id] == nil { index[id] = position }
        return index
    }
}
