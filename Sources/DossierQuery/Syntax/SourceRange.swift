/// A half-open range of UTF-8 offsets into the text of one chunk of query source.
///
/// Offsets are cheap to carry on every token and node; line and column are computed only when an
/// error is shown (see `SourceLocation`).
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var lowerBound: Int
    public var upperBound: Int

    public init(_ lowerBound: Int, _ upperBound: Int) {
        self.lowerBound = lowerBound
        self.upperBound = max(lowerBound, upperBound)
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(lowerBound, other.lowerBound), max(upperBound, other.upperBound))
    }

    public var description: String { "\(lowerBound)..<\(upperBound)" }
}

/// A line and column (both 1-based; the column counts Characters, so carets line up under wide text).
public struct SourceLocation: Hashable, Sendable {
    public var line: Int
    public var column: Int
    /// The whole line the location is on, without its line end.
    public var lineText: String
    /// The column just past the range's end on the same line (for underlining).
    public var endColumn: Int

    /// Finds the line and column of `range` in `text`.
    public init(of range: SourceRange, in text: String) {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: min(range.lowerBound, utf8.count))
        let end = utf8.index(utf8.startIndex, offsetBy: min(range.upperBound, utf8.count))
        var lineStart = utf8.startIndex
        var line = 1
        var cursor = utf8.startIndex
        while cursor < start {
            if utf8[cursor] == UInt8(ascii: "\n") {
                line += 1
                lineStart = utf8.index(after: cursor)
            }
            cursor = utf8.index(after: cursor)
        }
        let lineEnd = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        let startChar = String(text[lineStart..<start]).count
        let clippedEnd = min(end, lineEnd)
        let width = clippedEnd > start ? String(text[start..<clippedEnd]).count : 0
        self.line = line
        column = startChar + 1
        endColumn = column + max(width, 1)
        lineText = String(text[lineStart..<lineEnd])
    }
}
