/// Gives each distinct token text a small integer id, so tries and rules compare integers, not strings.
///
/// The table is filled while lexicons are compiled and then only read: article tokens that no entry or
/// rule mentions get `unknown`. Lookup hashes the UTF-8 bytes directly (no `String` is created).
struct TokenInterner: Sendable {
    static let unknown: Int32 = -1

    private var storage: [UInt8] = []
    private var offsets: [Int32] = [0]
    private var slots: [Int32] = Array(repeating: -1, count: 1024)

    var count: Int { offsets.count - 1 }

    @discardableResult
    mutating func intern(_ text: String) -> Int32 {
        let bytes = Array(text.utf8)
        let existing = bytes.withUnsafeBufferPointer { lookup($0, 0..<$0.count) }
        if existing != Self.unknown { return existing }
        if (count + 1) * 2 > slots.count { grow() }
        let id = Int32(count)
        storage.append(contentsOf: bytes)
        offsets.append(Int32(storage.count))
        insertSlot(id)
        return id
    }

    func lookup(_ text: String) -> Int32 {
        Array(text.utf8).withUnsafeBufferPointer { lookup($0, 0..<$0.count) }
    }

    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        lookup(bytes, range, hash: Self.hash(bytes, range))
    }

    /// Looks up bytes whose hash the caller has already computed (the tokeniser does, while scanning).
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Int32 {
        let mask = slots.count - 1
        var slot = Self.slot(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return Self.unknown }
            if equals(id, bytes, range) { return id }
            slot = (slot + 1) & mask
        }
    }

    func text(of id: Int32) -> String {
        let range = Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])
        return String(decoding: storage[range], as: UTF8.self)
    }

    private func equals(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let start = Int(offsets[Int(id)])
        let end = Int(offsets[Int(id) + 1])
        guard end - start == range.count else { return false }
        // Through a buffer pointer: indexing the array checks bounds at every byte of every token.
        return storage.withUnsafeBufferPointer { stored in
            var offset = 0
            while offset < range.count {
                if stored[start + offset] != bytes[range.lowerBound + offset] { return false }
                offset += 1
            }
            return true
        }
    }

    private mutating func insertSlot(_ id: Int32) {
        let start = Int(offsets[Int(id)])
        let end = Int(offsets[Int(id) + 1])
        let hash = storage.withUnsafeBufferPointer { Self.hash($0, start..<end) }
        let mask = slots.count - 1
        var slot = Self.slot(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for id in 0..<Int32(count) { insertSlot(id) }
    }

    /// FNV-1a over the bytes, one byte at a time so a scanner can hash as it goes.
    static let hashStart: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = hashStart
        for index in range { hash = Self.hash(hash, bytes[index]) }
        return hash
    }

    @inline(__always)
    private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) }
}
