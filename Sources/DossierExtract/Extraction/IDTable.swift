import DossierModel

/// Positions by entity id, for the registry's lookups on every mention and every kind check.
///
/// A `Dictionary<String, Int>` hashes the id with seeded SipHash on each lookup, which was a twentieth
/// of loading; this open-addressing table hashes the id's UTF-8 bytes with FNV-1a instead (ids are
/// short slugs) and compares strings only when the hashes' slots meet.
struct IDTable {
    private(set) var ids: [EntityID] = []
    private var positions: [Int] = []
    private var hashes: [UInt64] = []
    private var slots: [Int32] = Array(repeating: -1, count: 64)

    subscript(id: EntityID) -> Int? {
        let hash = Self.hash(id)
        let mask = slots.count - 1
        var slot = Self.slot(hash, mask)
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if hashes[entry] == hash && ids[entry] == id { return positions[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// Records `id` at `position`; an id already present keeps its first position.
    mutating func insert(_ id: EntityID, at position: Int) {
        guard self[id] == nil else { return }
        if (ids.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(id)
        ids.append(id)
        positions.append(position)
        hashes.append(hash)
        place(ids.count - 1, hash: hash)
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Self.slot(hash, mask)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for entry in hashes.indices { place(entry, hash: hashes[entry]) }
    }

    private static func hash(_ id: EntityID) -> UInt64 {
        func fold(_ bytes: some Sequence<UInt8>) -> UInt64 { bytes.reduce(TokenInterner.hashStart, TokenInterner.hash) }
        return id.utf8.withContiguousStorageIfAvailable(fold) ?? fold(id.utf8)
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }
}
