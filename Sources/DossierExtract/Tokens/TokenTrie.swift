/// A trie over token ids: finds the longest lexicon entry that starts at a given token.
///
/// Matching asks for the root's child at almost every token of every sentence, and usually finds none,
/// so the root's children are a dense array indexed by token id (token ids are small and contiguous).
/// Deeper links live in one open-addressing table keyed by (node, token), with a multiplicative hash.
struct TokenTrie<Payload: Sendable>: Sendable {
    private var rootChildren: [Int32] = []
    private var keys: [Int64] = Array(repeating: -1, count: 64)
    private var values: [Int32] = Array(repeating: 0, count: 64)
    private var linkCount = 0
    private var payloads: [[Payload]] = [[]]
    /// Whether a node ends an entry, kept apart from `payloads` so the walk reads no nested array.
    private var isEntryEnd: [Bool] = [false]

    var isEmpty: Bool { payloads.count == 1 }

    mutating func insert(_ key: [Int32], _ payload: Payload) {
        guard !key.isEmpty else { return }
        var node: Int32 = 0
        for token in key {
            if let child = child(of: node, token) {
                node = child
            } else {
                let child = Int32(payloads.count)
                payloads.append([])
                isEntryEnd.append(false)
                addChild(child, of: node, token)
                node = child
            }
        }
        payloads[Int(node)].append(payload)
        isEntryEnd[Int(node)] = true
    }

    /// The longest entry starting at `start` (in token count) and its payloads, if any entry matches.
    func longestMatch(_ tokens: [Int32], from start: Int) -> (length: Int, payloads: [Payload])? {
        var best: (length: Int, node: Int32)?
        forEachEntry(tokens, from: start) { length, node in best = (length, node) }
        return best.map { ($0.length, payloads[Int($0.node)]) }
    }

    /// The longest entry starting at `start` with a payload `accept` takes, and those payloads: "China" inside "China–Solomon
    /// Islands security agreement", which the lexicon also knows whole.
    func longestMatch(_ tokens: [Int32], from start: Int, where accept: (Payload) -> Bool) -> (length: Int, payloads: [Payload])? {
        var best: (length: Int, node: Int32)?
        forEachEntry(tokens, from: start) { length, node in
            if payloads[Int(node)].contains(where: accept) { best = (length, node) }
        }
        return best.map { ($0.length, payloads[Int($0.node)].filter(accept)) }
    }

    /// Walks the entries that start at `start`, shortest first, giving each one's length and node.
    @inline(__always)
    private func forEachEntry(_ tokens: [Int32], from start: Int, _ visit: (Int, Int32) -> Void) {
        var node: Int32 = 0
        var index = start
        while index < tokens.count {
            let token = tokens[index]
            guard token >= 0, let next = child(of: node, token) else { break }
            node = next
            index += 1
            if isEntryEnd[Int(node)] { visit(index - start, node) }
        }
    }

    @inline(__always)
    private func child(of node: Int32, _ token: Int32) -> Int32? {
        if node == 0 {
            guard Int(token) < rootChildren.count else { return nil }
            let child = rootChildren[Int(token)]
            return child > 0 ? child : nil
        }
        return child(Self.link(node, token))
    }

    private mutating func addChild(_ child: Int32, of node: Int32, _ token: Int32) {
        if node == 0 {
            if Int(token) >= rootChildren.count {
                rootChildren += Array(repeating: 0, count: Int(token) + 1 - rootChildren.count)
            }
            rootChildren[Int(token)] = child
        } else {
            addLink(Self.link(node, token), child)
        }
    }

    @inline(__always)
    private func child(_ link: Int64) -> Int32? {
        let mask = keys.count - 1
        var slot = Self.slot(link, mask)
        while true {
            let key = keys[slot]
            if key == link { return values[slot] }
            if key < 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    private mutating func addLink(_ link: Int64, _ child: Int32) {
        if (linkCount + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Self.slot(link, mask)
        while keys[slot] >= 0 { slot = (slot + 1) & mask }
        keys[slot] = link
        values[slot] = child
        linkCount += 1
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: -1, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key >= 0 {
            var slot = Self.slot(key, mask)
            while keys[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = oldValues[index]
        }
    }

    @inline(__always)
    private static func slot(_ link: Int64, _ mask: Int) -> Int {
        let mixed = UInt64(bitPattern: link) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    /// Packs (node, token) into one non-negative key; token ids are never negative here.
    @inline(__always)
    private static func link(_ node: Int32, _ token: Int32) -> Int64 { Int64(node) << 32 | Int64(token) }
}
