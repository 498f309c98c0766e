/// The texts of one field of a source, stored as one contiguous UTF-8 buffer with offsets.
/// Scanning every claim's sentence through separately stored Strings is bound by memory (one heap
/// object and a retain per row); the same bytes laid end to end are read at the speed of the cache.
struct TextColumn: Sendable {
    private let bytes: [UInt8]
    private let starts: [Int]

    init(_ texts: [String]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count })
        var starts: [Int] = [0]
        starts.reserveCapacity(texts.count + 1)
        for text in texts {
            bytes.append(contentsOf: text.utf8)
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// Runs `body` on the UTF-8 bytes of row `row`'s text.
    @inline(__always)
    func withUTF8<Result>(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = starts[row], end = starts[row + 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }
}
