/// A fixed set of words the rules look for, asked about nearly every word of every sentence. Most words asked about
/// are not members, and a member's length and first byte turn most of them away before any hashing: string hashing
/// had become a tenth of all the work of extraction.
struct WordSet: ExpressibleByArrayLiteral, Sequence, Sendable {
    private let members: Set<String>
    /// For each byte length below 32, a bit for each first byte (modulo 64) some member of that length starts with.
    private let shapes: [UInt64]

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        members = Set(words)
        var shapes = [UInt64](repeating: 0, count: 33)
        for word in members {
            shapes[Self.slot(word.utf8.count)] |= Self.bit(word.utf8.first ?? 0)
        }
        self.shapes = shapes
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard shapes[Self.slot(utf8.count)] & Self.bit(utf8.first ?? 0) != 0 else { return false }
        return members.contains(word)
    }

    func union<Words: Sequence>(_ words: Words) -> WordSet where Words.Element == String {
        WordSet(members.union(words))
    }

    func subtracting<Words: Sequence>(_ words: Words) -> WordSet where Words.Element == String {
        WordSet(members.subtracting(words))
    }

    func makeIterator() -> Set<String>.Iterator { members.makeIterator() }

    /// Lengths from 32 bytes up share the last slot.
    @inline(__always) private static func slot(_ length: Int) -> Int { Swift.min(length, 32) }
    @inline(__always) private static func bit(_ byte: UInt8) -> UInt64 { 1 << UInt64(byte & 63) }
}
