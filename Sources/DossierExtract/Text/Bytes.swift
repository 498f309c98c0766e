#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level character tests used by the reader, segmenter and tokeniser, which work over UTF-8 bytes
/// rather than `Character`s for speed.
enum Bytes {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    /// Space, or tab, newline, vertical tab, form feed, carriage return (0x09…0x0D).
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == space || byte &- tab <= 4 }

    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    /// Setting bit 5 lower-cases an ASCII letter, so one range check covers both cases.
    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// Decodes the scalar starting at `index` in valid UTF-8 and returns it with its length in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var value: UInt32
        var length: Int
        if lead >= 0xF0 {
            value = UInt32(lead & 0x07); length = 4
        } else if lead >= 0xE0 {
            value = UInt32(lead & 0x0F); length = 3
        } else {
            value = UInt32(lead & 0x1F); length = 2
        }
        var offset = 1
        while offset < length, index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            offset += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", offset)
    }

    /// A letter or digit of any script. Kept out of line, like `isUppercase(_:)`: where `Unicode.Scalar.Properties`
    /// is used inline, the calling function fetches that type's metadata on every call, even for ASCII text,
    /// and that had cost the tokeniser more than its scanning.
    @inline(never)
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(never)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    /// A letter of any script or an ASCII digit, the scalars a slug or an acronym keeps; ASCII is told by its byte,
    /// without the property lookup.
    @inline(__always)
    static func isLetterOrASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isASCIILetter(UInt8(scalar.value)) || isDigit(UInt8(scalar.value)) : isAlphabetic(scalar)
    }

    /// Out of line for the reason given at `isLetterOrDigit(_:)`.
    @inline(never)
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    /// Where `byte` first occurs in `range`, found with memchr (many bytes at a time), or nil.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard let base = bytes.baseAddress, !range.isEmpty,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The text of a byte range of valid UTF-8.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
