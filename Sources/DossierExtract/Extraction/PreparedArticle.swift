import DossierModel

/// An article read, segmented and tokenised: all the work that needs no other article, so it can run
/// on another core while the article before it is extracted (extraction itself is sequential, since
/// names learnt in one article are known in the next).
struct PreparedArticle: Sendable {
    var read: ReadArticle
    /// The tokens of each sentence, parallel to `read.sentenceRanges`, and their ids alone (what the
    /// lexicon tries walk).
    var sentenceTokens: [[Token]]
    var sentenceIDs: [[Int32]]

    /// Reads `text`; the article's id is left empty until the corpus gives it one.
    init(text: String, path: String, markdown: Bool?, lexicon: Lexicon) throws(ReadError) {
        let isMarkdown = markdown ?? (path.hasSuffix(".md") || path.hasSuffix(".markdown") ? true : nil)
        read = try ArticleReader.readWithBytes(text: text, path: path, id: "", markdown: isMarkdown)
        let tokenizer = Tokenizer(interner: lexicon.interner)
        let ranges = read.sentenceRanges
        sentenceTokens = read.bytes.withUnsafeBufferPointer { bytes in ranges.map { tokenizer.tokens(bytes, $0) } }
        sentenceIDs = sentenceTokens.map { $0.map(\.id) }
    }
}
