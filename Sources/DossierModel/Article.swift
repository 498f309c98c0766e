/// Identifies an article within a corpus: a slug of its file name, made unique by the corpus.
public typealias ArticleID = String

/// One article as read from a file, split into sections, paragraphs and sentences.
///
/// `text` is the original text after decoding (line ends normalised to `\n`); every span in the
/// model indexes into it.
public struct Article: Hashable, Sendable {
    public var id: ArticleID
    public var title: String
    public var author: String?
    public var date: PartialDate?
    public var path: String
    public var text: String
    public var sections: [Section]
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    public var wordCount: Int

    public init(
        id: ArticleID, title: String, author: String?, date: PartialDate?, path: String, text: String,
        sections: [Section], paragraphs: [Paragraph], sentences: [Sentence], wordCount: Int
    ) {
        self.id = id
        self.title = title
        self.author = author
        self.date = date
        self.path = path
        self.text = text
        self.sections = sections
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.wordCount = wordCount
    }
}

/// A run of paragraphs under one heading. The first section of an article may have no heading.
public struct Section: Hashable, Sendable {
    public var heading: String?
    public var span: Span
    /// Indices into `Article.paragraphs`.
    public var paragraphs: Range<Int>

    public init(heading: String?, span: Span, paragraphs: Range<Int>) {
        self.heading = heading
        self.span = span
        self.paragraphs = paragraphs
    }
}

public struct Paragraph: Hashable, Sendable {
    public var index: Int
    public var section: Int
    public var span: Span
    /// Indices into `Article.sentences`.
    public var sentences: Range<Int>

    public init(index: Int, section: Int, span: Span, sentences: Range<Int>) {
        self.index = index
        self.section = section
        self.span = span
        self.sentences = sentences
    }
}

public struct Sentence: Hashable, Sendable {
    public var index: Int
    public var paragraph: Int
    public var span: Span
    public var text: String

    public init(index: Int, paragraph: Int, span: Span, text: String) {
        self.index = index
        self.paragraph = paragraph
        self.span = span
        self.text = text
    }
}
