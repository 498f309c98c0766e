#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Case-insensitive search for a fixed needle, over UTF-8 bytes: `contains` (anywhere) and `has`
/// (whole words only, like KQL). ASCII letters are folded byte by byte, so no string is lowercased
/// per row; a needle with non-ASCII letters falls back to comparing lowercased text.
struct TextSearch: Sendable {
    let needle: [UInt8]
    let wholeWord: Bool
    private let asciiOnly: Bool
    private let lowered: String

    init(_ needle: String, wholeWord: Bool) {
        lowered = needle.lowercased()
        self.needle = Array(lowered.utf8)
        self.wholeWord = wholeWord
        asciiOnly = needle.utf8.allSatisfy { $0 < 0x80 }
    }

    func matches(_ haystack: String) -> Bool {
        if needle.isEmpty { return true }
        if asciiOnly {
            var text = haystack
            return text.withUTF8 { search($0) }
        }
        let text = Array(haystack.lowercased().utf8)
        return text.withUnsafeBufferPointer { search($0) }
    }

    /// The same test on text already held as UTF-8 bytes; nil when the needle has non-ASCII letters,
    /// which need the text lowercased first.
    func matches(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard asciiOnly else { return nil }
        return needle.isEmpty || search(bytes)
    }

    /// Jumps from one possible first byte to the next with memchr (the needle's first letter in either
    /// case), and compares the rest only there: a byte-by-byte loop ran at the mercy of how the
    /// compiler happened to lay it out (25% apart between two builds of the same code).
    private func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = needle.count
        guard bytes.count >= count, let base = bytes.baseAddress else { return false }
        let first = needle[0]
        // The needle is lowercased: a letter may also stand in upper case in the text.
        let upper: UInt8? = first >= 0x61 && first <= 0x7A ? first - 0x20 : nil
        let last = bytes.count - count
        func next(_ byte: UInt8, from start: Int) -> Int {
            guard let found = memchr(base + start, Int32(byte), last + 1 - start) else { return last + 1 }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        var start = 0
        var nextLower = -1
        var nextUpper = upper == nil ? last + 1 : -1
        while start <= last {
            if nextLower < start { nextLower = next(first, from: start) }
            if let upper, nextUpper < start { nextUpper = next(upper, from: start) }
            let candidate = min(nextLower, nextUpper)
            guard candidate <= last else { return false }
            var offset = 1
            while offset < count, Self.fold(bytes[candidate + offset]) == needle[offset] { offset += 1 }
            if offset == count, !wholeWord || isWordBoundary(bytes, before: candidate, after: candidate + count) {
                return true
            }
            start = candidate + 1
        }
        return false
    }

    private func isWordBoundary(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int, after end: Int) -> Bool {
        if start > 0 {
            var lead = start - 1
            while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            if Self.isWordCharacter(bytes, at: lead) { return false }
        }
        return end == bytes.count || !Self.isWordCharacter(bytes, at: end)
    }

    /// Letters and digits in any script are word characters; punctuation such as `’` and `—` is not.
    static func isWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let byte = bytes[position]
        if byte < 0x80 {
            let folded = byte | 0x20
            return (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
        }
        var end = position + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self).unicodeScalars.first
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
