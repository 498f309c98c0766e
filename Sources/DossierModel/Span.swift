/// A half-open range of Unicode scalar offsets into an article's original text.
///
/// Scalar offsets (not UTF-8 bytes, not grapheme clusters) are what other tools index strings by
/// (Python's `text[start:end]`, JSON consumers), so exported offsets can be checked outside Dossier.
public struct Span: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
