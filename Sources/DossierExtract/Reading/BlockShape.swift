/// Decides what a block of text is by its shape: a heading, furniture, an end mark or a paragraph.
/// A run of non-blank lines before it is classified.
struct RawBlock {
    var range: Range<Int>
    var lines: Int
    /// Markdown says explicitly; plain text leaves it to the block's shape (nil).
    var isHeading: Bool?
}

enum BlockShape {
    private static let endMark: [UInt8] = Array("\u{25A0}".utf8)  // ■
    private static let furniturePrefixes = [
        "no comments", "share this", "share:", "email this", "labels:", "posted by", "newer post", "older post",
        "subscribe to", "tags:", "leave a comment", "post a comment", "related posts", "comments (", "print this",
    ]

    /// Turns raw blocks into headings and paragraphs, cutting at an end mark and dropping trailing furniture.
    static func classify(_ blocks: [RawBlock], _ bytes: UnsafeBufferPointer<UInt8>) -> [ArticleLayout.Block] {
        var kept: [RawBlock] = []
        for block in blocks {
            if let markAt = find(endMark, in: bytes, block.range) {
                var before = block
                before.range = TextLines.trim(bytes, block.range.lowerBound..<markAt)
                if !before.range.isEmpty { kept.append(before) }
                break
            }
            kept.append(block)
        }
        while let last = kept.last, last.isHeading == true || isFurniture(bytes, last.range) { kept.removeLast() }
        return kept.map { block in
            let heading = block.isHeading ?? (block.lines == 1 && isHeaderLine(bytes, block.range, maxWords: 14))
            return heading ? .heading(block.range) : .paragraph(block.range)
        }
    }

    /// A short line that does not end like a sentence: a title, author line or heading.
    static func isHeaderLine(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, maxWords: Int) -> Bool {
        guard !range.isEmpty, range.count <= 300 else { return false }
        let last = bytes[range.upperBound - 1]
        if ".:;,!".utf8.contains(last) { return false }
        if last == 0x9D, range.count >= 3, bytes[range.upperBound - 3] == 0xE2 { return false }  // closing ”
        if last == UInt8(ascii: "\"") { return false }
        if Bytes.isLower(bytes[range.lowerBound]) { return false }
        var words = 0
        var inWord = false
        for index in range {
            if Bytes.isSpace(bytes[index]) { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words <= maxWords
    }

    static func isFurniture(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let text = Bytes.string(bytes, range)
        // Only the head can match a prefix (the longest is 15 characters), so lowercase just that
        // instead of the whole block, which may be a long paragraph.
        let head = String(text.prefix(32)).lowercased()
        if furniturePrefixes.contains(where: { head.hasPrefix($0) }) { return true }
        // Lowercasing changes neither spaces nor a trailing colon, so the original text answers these.
        return text.hasSuffix(":") && text.split(separator: " ").count <= 4
    }

    /// The first place `needle` (three bytes) occurs in `range`; memchr skips to each candidate first byte.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard needle.count == 3 else { return nil }
        var index = range.lowerBound
        while range.upperBound - index >= 3, let found = Bytes.firstIndex(of: needle[0], in: bytes, index..<range.upperBound - 2) {
            if bytes[found + 1] == needle[1], bytes[found + 2] == needle[2] { return found }
            index = found + 1
        }
        return nil
    }
}
