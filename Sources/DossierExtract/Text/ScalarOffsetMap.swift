/// Converts UTF-8 byte offsets into Unicode-scalar offsets (what `Span` holds) in constant time.
///
/// Pure-ASCII text, the common case, needs no table at all. Otherwise a checkpoint every 64 bytes
/// records the scalar count so far, and the rest is counted within one block.
struct ScalarOffsetMap: Sendable {
    private static let blockShift = 6
    private let bytes: [UInt8]
    private let checkpoints: [Int32]?

    init(bytes: [UInt8]) {
        self.bytes = bytes
        let isASCII = bytes.withUnsafeBufferPointer { buffer in buffer.allSatisfy { $0 < 0x80 } }
        if isASCII {
            checkpoints = nil
            return
        }
        var table = [Int32]()
        table.reserveCapacity(bytes.count >> Self.blockShift + 1)
        var scalars: Int32 = 0
        for (index, byte) in bytes.enumerated() {
            if index & ((1 << Self.blockShift) - 1) == 0 { table.append(scalars) }
            if !Bytes.isContinuation(byte) { scalars += 1 }
        }
        checkpoints = table
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
        var count = 0
        var index = max(start, 0)
        let limit = min(end, bytes.count)
        while index < limit {
            if !Bytes.isContinuation(bytes[index]) { count += 1 }
            index += 1
        }
        return count
    }
}
