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
        var open: (start: Int, sentence: Int, isSingle: Bool)?
        for (index, tokens) in sentences {
            for token in tokens {
                let isSingle = token.flags.contains(.singleQuote)
                if token.flags.contains(.openQuote), open == nil {
                    open = (token.end, index, isSingle)
                } else if token.flags.contains(.closeQuote), let opened = open, opened.isSingle == isSingle {
                    spans.append(QuoteSpan(start: opened.start, end: token.start, sentence: opened.sentence, endSentence: index))
                    open = nil
                }
            }
        }
        // A double quotation may run on to the paragraph's end (the next paragraph reopens it); a single mark left open
        // is more likely an apostrophe ("the '90s") than a quotation.
        if let opened = open, !opened.isSingle, let last = sentences.last {
            spans.append(QuoteSpan(start: opened.start, end: paragraphEnd, sentence: opened.sentence, endSentence: last.index))
        }
        return spans
    }
}

extension [QuoteSpan] {
    /// Whether a quotation holds the byte at `offset`: the words there are the quoted speaker's.
    func covers(_ offset: Int) -> Bool {
        contains { $0.start <= offset && offset < $0.end }
    }
}
