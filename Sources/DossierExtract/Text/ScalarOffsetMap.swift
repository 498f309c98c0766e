/// Converts UTF-8 byte offsets into Unicode-scalar offsets (what `Span` holds) in constant time.
///
/// Pure-ASCII text, the common case, needs no table at all. Otherwise a checkpoint every 16 bytes
/// records the scalar count so far, and the rest is counted within one block.
struct ScalarOffsetMap: Sendable {
    private static let blockShift = 4
    private let bytes: [UInt8]
    private let checkpoints: [Int32]?

    init(bytes: [UInt8]) {
        self.bytes = bytes
        let isASCII = bytes.withUnsafeBufferPointer { buffer in buffer.allSatisfy { $0 < 0x80 } }
        if isASCII {
            checkpoints = nil
            return
        }
        let blockSize = 1 << Self.blockShift
        checkpoints = bytes.withUnsafeBufferPointer { buffer in
            var table = [Int32]()
            table.reserveCapacity(buffer.count >> Self.blockShift + 1)
            var scalars: Int32 = 0
            var blockStart = 0
            let raw = UnsafeRawBufferPointer(buffer)
            while blockStart < buffer.count {
                table.append(scalars)
                if blockStart + blockSize <= buffer.count {
                    var continuations = 0
                    for word in stride(from: blockStart, to: blockStart + blockSize, by: 8) {
                        continuations += Self.continuationBytes(raw.loadUnaligned(fromByteOffset: word, as: UInt64.self))
                    }
                    scalars += Int32(blockSize - continuations)
                } else {
                    for index in blockStart..<buffer.count where !Bytes.isContinuation(buffer[index]) { scalars += 1 }
                }
                blockStart += blockSize
            }
            return table
        }
    }

    /// How many of the eight bytes in `word` continue a character (0b10xxxxxx): one mask and a
    /// population count instead of eight tests, since every article's bytes are counted here.
    @inline(__always)
    private static func continuationBytes(_ word: UInt64) -> Int {
        (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
    }

    /// The scalar offset of the scalar that starts at (or contains) `byteOffset`; `bytes.count` maps to the total.
    func scalarOffset(ofByte byteOffset: Int) -> Int {
        guard let checkpoints else { return byteOffset }
        let block = byteOffset >> Self.blockShift
        if block >= checkpoints.count {
            return Int(checkpoints.last ?? 0) + countScalars(from: (checkpoints.count - 1) << Self.blockShift, to: byteOffset)
        }
        return Int(checkpoints[block]) + countScalars(from: block << Self.blockShift, to: byteOffset)
    }

    private func countScalars(from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in max(start, 0)..<max(min(end, buffer.count), max(start, 0)) where !Bytes.isContinuation(buffer[index]) {
                count += 1
            }
            return count
        }
    }
}
