import Testing
@testable import DossierQuery

/// The search jumps between candidate first letters; this holds it to a plain scan of every position
/// on random text made of the needles' own letters in both cases, so candidates abound and most fail.
@Suite struct TextSearchReferenceTests {
    static let pieces = ["b", "B", "u", "U", "d", "g", "e", "T", "t", " ", "-", "_", "é", "9", "budget", "BUDGET", "Bud"]
    static let needles = ["budget", "bud", "b", "ub", "get", "t", "e b", "é", "9b"]

    /// Every start position, ASCII letters folded; a whole word has no letter, digit, `_` or `é` beside it.
    static func reference(_ text: String, _ needle: String, wholeWord: Bool) -> Bool {
        func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        let bytes = Array(text.utf8).map(fold)
        let target = Array(needle.utf8).map(fold)
        guard bytes.count >= target.count else { return false }
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte >= 0x80
        }
        for start in 0...(bytes.count - target.count) where Array(bytes[start..<start + target.count]) == target {
            let end = start + target.count
            if !wholeWord || ((start == 0 || !isWordByte(bytes[start - 1])) && (end == bytes.count || !isWordByte(bytes[end]))) {
                return true
            }
        }
        return false
    }

    @Test func agreesWithScanningEveryPosition() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            for needle in Self.needles {
                for wholeWord in [false, true] {
                    let search = TextSearch(needle, wholeWord: wholeWord)
                    #expect(search.matches(text) == Self.reference(text, needle, wholeWord: wholeWord),
                            "\(needle) in \(text), whole word: \(wholeWord)")
                }
            }
        }
    }
}
