import DossierModel

/// An article with the byte-level facts extraction needs alongside it.
struct ReadArticle {
    var article: Article
    var bytes: [UInt8]
    /// Byte range of every sentence, parallel to `article.sentences`.
    var sentenceRanges: [Range<Int>]
    var offsets: ScalarOffsetMap
}

/// Reads article text into an `Article`: header fields, sections, paragraphs and sentences with spans.
public enum ArticleReader {
    /// Reads `text` (already decoded). `markdown` nil means: decide from the text itself.
    public static func read(text: String, path: String, id: ArticleID, markdown: Bool? = nil) throws(ReadError) -> Article {
        try readWithBytes(text: text, path: path, id: id, markdown: markdown).article
    }

    static func readWithBytes(text: String, path: String, id: ArticleID, markdown: Bool?) throws(ReadError) -> ReadArticle {
        let bytes = Array(text.utf8)
        let offsets = ScalarOffsetMap(bytes: bytes)
        return try bytes.withUnsafeBufferPointer { buffer throws(ReadError) -> ReadArticle in
            let isMarkdown = markdown ?? MarkdownLayout.looksLikeMarkdown(buffer)
            let layout = isMarkdown ? MarkdownLayout.read(buffer) : PlainTextLayout.read(buffer)
            guard layout.blocks.contains(where: { if case .paragraph = $0 { true } else { false } }) else { throw .noContent }
            func span(_ range: Range<Int>) -> Span {
                Span(start: offsets.scalarOffset(ofByte: range.lowerBound), end: offsets.scalarOffset(ofByte: range.upperBound))
            }
            var sections: [Section] = []
            var paragraphs: [Paragraph] = []
            var sentences: [Sentence] = []
            var sentenceRanges: [Range<Int>] = []
            var words = 0
            var sectionStart: Int?
            var heading: String?
            var sectionParagraphStart = 0
            func closeSection() {
                guard let start = sectionStart else { return }
                let end = paragraphs.last.map(\.span.end) ?? start
                sections.append(Section(heading: heading, span: Span(start: start, end: max(start, end)), paragraphs: sectionParagraphStart..<paragraphs.count))
            }
            for block in layout.blocks {
                switch block {
                case .heading(let range):
                    closeSection()
                    heading = Bytes.string(buffer, range)
                    sectionStart = span(range).start
                    sectionParagraphStart = paragraphs.count
                case .paragraph(let range):
                    if sectionStart == nil { sectionStart = span(range).start }
                    let firstSentence = sentences.count
                    for sentenceRange in SentenceSegmenter.split(buffer, range) {
                        sentences.append(Sentence(index: sentences.count, paragraph: paragraphs.count, span: span(sentenceRange), text: Bytes.string(buffer, sentenceRange)))
                        sentenceRanges.append(sentenceRange)
                    }
                    words += WordCounter.count(buffer, range)
                    paragraphs.append(Paragraph(index: paragraphs.count, section: sections.count, span: span(range), sentences: firstSentence..<sentences.count))
                }
            }
            closeSection()
            let title = layout.title ?? path.split(separator: "/").last.map(String.init) ?? id
            let article = Article(
                id: id, title: title, author: layout.author, date: layout.date, path: path, text: text,
                sections: sections, paragraphs: paragraphs, sentences: sentences, wordCount: words
            )
            return ReadArticle(article: article, bytes: bytes, sentenceRanges: sentenceRanges, offsets: offsets)
        }
    }
}

enum WordCounter {
    /// Counts white-space separated chunks that contain a letter or digit (so a lone "—" is not a word).
    static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            while index < end, Bytes.isSpace(bytes[index]) { index += 1 }
            guard index < end else { break }
            // Inside a chunk: look for a letter only until one is found, then just for the chunk's end.
            while index < end, !Bytes.isSpace(bytes[index]), !isWordCharacter(bytes[index]) { index += 1 }
            guard index < end, !Bytes.isSpace(bytes[index]) else { continue }
            count += 1
            while index < end, !Bytes.isSpace(bytes[index]) { index += 1 }
        }
        return count
    }

    /// A letter or digit, or the lead byte of a non-ASCII letter (not of punctuation such as "—").
    @inline(__always)
    private static func isWordCharacter(_ byte: UInt8) -> Bool {
        Bytes.isASCIILetter(byte) || Bytes.isDigit(byte) || (byte >= 0xC3 && byte != 0xE2)
    }
}
