import DossierModel

/// Reads Markdown articles: optional front matter (`title`, `author`, `date` between `---` lines),
/// `# Title`, `## Heading` (any deeper level too), paragraphs separated by blank lines.
enum MarkdownLayout {
    /// Whether the text looks like Markdown even without an `.md` name: front matter or a `#` title first.
    static func looksLikeMarkdown(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = TextLines.firstNonBlank(bytes) else { return false }
        let text = Bytes.string(bytes, first.trimmed)
        return text == "---" || text.hasPrefix("# ")
    }

    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> ArticleLayout {
        let lines = TextLines.split(bytes)
        var layout = ArticleLayout()
        var next = 0
        if let first = lines.firstIndex(where: { !$0.isBlank }), Bytes.string(bytes, lines[first].trimmed) == "---" {
            next = readFrontMatter(lines, from: first + 1, bytes, into: &layout)
        }
        var paragraphLines: [TextLine] = []
        var blocks: [RawBlock] = []
        func flush() {
            guard let first = paragraphLines.first, let last = paragraphLines.last else { return }
            blocks.append(RawBlock(range: first.trimmed.lowerBound..<last.trimmed.upperBound, lines: paragraphLines.count, isHeading: false))
            paragraphLines = []
        }
        for line in lines[next...] {
            if line.isBlank {
                flush()
                continue
            }
            let level = headingLevel(bytes, line.trimmed)
            if level > 0 {
                flush()
                var start = line.trimmed.lowerBound + level
                while start < line.trimmed.upperBound, Bytes.isSpace(bytes[start]) { start += 1 }
                let range = start..<line.trimmed.upperBound
                if level == 1, layout.title == nil {
                    layout.title = Bytes.string(bytes, range)
                } else if !range.isEmpty {
                    blocks.append(RawBlock(range: range, lines: 1, isHeading: true))
                }
                continue
            }
            if blocks.isEmpty, paragraphLines.isEmpty, layout.title != nil, readByline(bytes, line, into: &layout) { continue }
            paragraphLines.append(line)
        }
        flush()
        layout.blocks = BlockShape.classify(blocks, bytes)
        return layout
    }

    /// A date or "By …" line right under the title belongs to the header, not the body.
    private static func readByline(_ bytes: UnsafeBufferPointer<UInt8>, _ line: TextLine, into layout: inout ArticleLayout) -> Bool {
        let text = Bytes.string(bytes, line.trimmed).strippingScalars(in: "*_")
        if layout.date == nil, let date = DateLine.parse(text) {
            layout.date = date
            return true
        }
        if layout.author == nil, text.hasPrefix("By ") {
            layout.author = AuthorLine.clean(text)
            return true
        }
        return false
    }

    private static func headingLevel(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var level = 0
        var index = range.lowerBound
        while index < range.upperBound, bytes[index] == UInt8(ascii: "#") {
            level += 1
            index += 1
        }
        guard level > 0, level <= 6, index < range.upperBound, bytes[index] == Bytes.space else { return 0 }
        return level
    }

    private static func readFrontMatter(_ lines: [TextLine], from start: Int, _ bytes: UnsafeBufferPointer<UInt8>, into layout: inout ArticleLayout) -> Int {
        var index = start
        while index < lines.count {
            let text = Bytes.string(bytes, lines[index].trimmed)
            if text == "---" { return index + 1 }
            if let colon = text.firstIndex(of: ":") {
                let key = text[..<colon].lowercased().strippingScalars(in: " ")
                let value = String(text[text.index(after: colon)...]).strippingScalars(in: " \"'")
                switch key {
                case "title": layout.title = value
                case "author", "by": layout.author = value
                case "date": layout.date = DateLine.parse(value)
                default: break
                }
            }
            index += 1
        }
        return start  // no closing line: not front matter after all
    }
}
