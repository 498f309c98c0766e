import DossierModel

/// Reads the plain-text layout: a date line, the title, an author line, then paragraphs separated by
/// blank lines, with short unpunctuated lines as section headings.
enum PlainTextLayout {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> ArticleLayout {
        let lines = TextLines.split(bytes)
        var layout = ArticleLayout()
        var next = 0
        var headerLines = 0
        // The header is the first few non-blank lines; the date may come before or after the title.
        while headerLines < 4, let index = lines[next...].firstIndex(where: { !$0.isBlank }) {
            let text = Bytes.string(bytes, lines[index].trimmed)
            if layout.date == nil, let date = DateLine.parse(text) {
                layout.date = date
            } else if layout.title == nil {
                guard BlockShape.isHeaderLine(bytes, lines[index].trimmed, maxWords: 40) else { break }
                layout.title = text
            } else if layout.author == nil, BlockShape.isHeaderLine(bytes, lines[index].trimmed, maxWords: 8) {
                layout.author = AuthorLine.clean(text)
            } else {
                break
            }
            next = index + 1
            headerLines += 1
        }
        let blockRanges = paragraphBlocks(lines[next...], bytes)
        layout.blocks = BlockShape.classify(blockRanges, bytes)
        return layout
    }

    /// Consecutive non-blank lines form one block.
    static func paragraphBlocks(_ lines: ArraySlice<TextLine>, _ bytes: UnsafeBufferPointer<UInt8>) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var current: Range<Int>?
        var lineCount = 0
        for line in lines {
            if line.isBlank {
                if let range = current { blocks.append(RawBlock(range: range, lines: lineCount)) }
                current = nil
                lineCount = 0
            } else {
                current = (current?.lowerBound ?? line.trimmed.lowerBound)..<line.trimmed.upperBound
                lineCount += 1
            }
        }
        if let range = current { blocks.append(RawBlock(range: range, lines: lineCount)) }
        return blocks
    }
}

enum AuthorLine {
    static func clean(_ line: String) -> String {
        var text = line.strippingScalars(in: " *_")
        for prefix in ["By ", "by ", "BY "] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        return text
    }
}
