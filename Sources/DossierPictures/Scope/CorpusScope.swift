import DossierModel

/// The part of a corpus a picture is drawn from: everything, or what a query's result points at.
///
/// Each restriction is optional; nil means "no restriction of this kind". An item is in scope when it
/// passes every restriction that is set.
public struct CorpusScope: Sendable, Equatable {
    /// Articles by id. When set, only text in these articles counts.
    public var articles: Set<ArticleID>?
    /// When set, only text in these sentences counts.
    public var sentences: Set<SentenceKey>?
    /// Claims by id. When set, only these claims give claim relations.
    public var claims: Set<String>?
    /// Events by id. When set, only these events are on the timeline.
    public var events: Set<String>?
    /// Actors and frameworks by id. When set, only these become nodes.
    public var entities: Set<EntityID>?

    public init(
        articles: Set<ArticleID>? = nil, sentences: Set<SentenceKey>? = nil, claims: Set<String>? = nil,
        events: Set<String>? = nil, entities: Set<EntityID>? = nil
    ) {
        self.articles = articles
        self.sentences = sentences
        self.claims = claims
        self.events = events
        self.entities = entities
    }

    /// The whole corpus.
    public static let everything = CorpusScope()

    /// Whether text at `location` is in scope.
    public func includes(_ location: Location) -> Bool {
        if let articles, !articles.contains(location.article) { return false }
        if let sentences, !sentences.contains(SentenceKey(location)) { return false }
        return true
    }

    /// Whether the scope restricts where in the text things may come from.
    var restrictsText: Bool { articles != nil || sentences != nil || claims != nil || events != nil }

    /// Whether a claim is selected: by id when claims are selected, otherwise by where it is.
    public func includes(_ claim: Claim) -> Bool {
        if let claims { return claims.contains(claim.id) }
        return includes(claim.location)
    }

    /// Whether an event is selected: by id when events are selected, otherwise by where it is.
    public func includes(_ event: Event) -> Bool {
        if let events { return events.contains(event.id) }
        return includes(event.location)
    }

    /// Whether an actor or framework may become a node.
    public func includes(entity id: EntityID) -> Bool { entities?.contains(id) ?? true }

    /// The sentences of the selected claims and events, which narrow every picture to what the
    /// selection says; nil when the scope selects neither.
    func selectedSentences(in corpus: Corpus) -> Set<SentenceKey>? {
        guard claims != nil || events != nil else { return nil }
        var keys = Set<SentenceKey>()
        if claims != nil { keys.formUnion(corpus.claims.filter(includes).map { SentenceKey($0.location) }) }
        if events != nil { keys.formUnion(corpus.events.filter(includes).map { SentenceKey($0.location) }) }
        return keys
    }
}

/// Identifies one sentence of the corpus: its article and its number in that article.
public struct SentenceKey: Hashable, Sendable {
    /// The article the sentence is in.
    public var article: ArticleID
    /// The sentence's number in its article, from 0 (`Sentence.index`).
    public var sentence: Int

    public init(article: ArticleID, sentence: Int) {
        self.article = article
        self.sentence = sentence
    }

    public init(_ location: Location) {
        self.init(article: location.article, sentence: location.sentence)
    }
}
