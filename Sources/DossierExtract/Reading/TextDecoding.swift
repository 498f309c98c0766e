/// Turns the bytes of a file into article text: UTF-8 (with or without a BOM) or UTF-16 with a BOM,
/// line ends normalised to `\n`. Binary files and invalid encodings are rejected with the place.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) throws(ReadError) -> String {
        if bytes.isEmpty { throw .empty }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return normaliseLineEnds(try decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF))
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let text = try bytes.withUnsafeBufferPointer { buffer throws(ReadError) -> String in
            let body = UnsafeBufferPointer(rebasing: buffer[start...])
            if let nul = Bytes.firstIndex(of: 0, in: body, 0..<body.count) { throw .binary(byteOffset: nul + start) }
            // The standard library validates as it copies; our own scan runs only to place an error.
            guard let text = String(validating: body, as: UTF8.self) else {
                let (line, column) = lineAndColumn(of: firstInvalidUTF8(body) ?? 0, in: body)
                throw .invalidUTF8(line: line, column: column)
            }
            return text
        }
        return normaliseLineEnds(text)
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(ReadError) -> String {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        if units.contains(0) { throw .binary(byteOffset: 2 + 2 * units.firstIndex(of: 0)!) }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error: throw .invalidUTF16
            }
        }
        return String(scalars)
    }

    /// The byte offset of the first byte that does not start a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lowerBound: UInt8 = 0x80
            var upperBound: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperBound = 0x9F
            case 0xF0: length = 4; lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperBound = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lowerBound, second <= upperBound else { return index }
            for offset in 2..<length where !Bytes.isContinuation(bytes[index + offset]) { return index }
            index += length
        }
        return nil
    }

    private static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == Bytes.newline {
            line += 1
            lineStart = index + 1
        }
        var column = 1
        for index in lineStart..<offset where !Bytes.isContinuation(bytes[index]) { column += 1 }
        return (line, column)
    }

    static func normaliseLineEnds(_ text: String) -> String {
        // The generic `utf8.contains` walks the string through its index machinery (tens of
        // instructions a byte); native strings are contiguous, so memchr scans their bytes.
        let hasCarriageReturn = text.utf8.withContiguousStorageIfAvailable { Bytes.firstIndex(of: Bytes.carriageReturn, in: $0, 0..<$0.count) != nil }
            ?? text.utf8.contains(Bytes.carriageReturn)
        guard hasCarriageReturn else { return text }
        var result = [UInt8]()
        result.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == Bytes.carriageReturn {
                result.append(Bytes.newline)
                previousWasCR = true
                continue
            }
            if byte == Bytes.newline, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }
}
