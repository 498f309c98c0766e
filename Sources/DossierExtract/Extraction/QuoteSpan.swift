/// A quotation in a paragraph: from its opening mark to its closing mark (byte offsets), which may lie
/// in a later sentence.
struct QuoteSpan {
    /// Byte offset just after the opening mark.
    var start: Int
    /// Byte offset of the closing mark (the paragraph's end when the quote is never closed).
    var end: Int
    var sentence: Int
    var endSentence: Int

    /// Pairs opening and closing marks over the tokens of a paragraph's sentences.
    static func find(in sentences: [(index: Int, tokens: [Token])], paragraphEnd: Int) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var open: (start: Int, sentence: Int)?
        for (index, tokens) in sentences {
            for token in tokens {
                if token.flags.contains(.openQuote), open == nil {
                    open = (token.end, index)
                } else if token.flags.contains(.closeQuote), let opened = open {
                    spans.append(QuoteSpan(start: opened.start, end: token.start, sentence: opened.sentence, endSentence: index))
                    open = nil
                }
            }
        }
        if let opened = open, let last = sentences.last {
            spans.append(QuoteSpan(start: opened.start, end: paragraphEnd, sentence: opened.sentence, endSentence: last.index))
        }
        return spans
    }
}
