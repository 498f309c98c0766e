/// Where an item of the model comes from: an article, a sentence in it, and character offsets.
public struct Location: Hashable, Sendable {
    public var article: ArticleID
    public var paragraph: Int
    public var sentence: Int
    public var span: Span

    public init(article: ArticleID, paragraph: Int, sentence: Int, span: Span) {
        self.article = article
        self.paragraph = paragraph
        self.sentence = sentence
        self.span = span
    }
}
