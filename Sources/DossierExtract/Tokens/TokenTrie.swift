/// A trie over token ids: finds the longest lexicon entry that starts at a given token.
struct TokenTrie<Payload: Sendable>: Sendable {
    /// Child links of every node, keyed by (node, token id) packed into one integer.
    private var children: [Int64: Int32] = [:]
    private var payloads: [[Payload]] = [[]]

    var isEmpty: Bool { payloads.count == 1 }

    mutating func insert(_ key: [Int32], _ payload: Payload) {
        guard !key.isEmpty else { return }
        var node: Int32 = 0
        for token in key {
            let link = Self.link(node, token)
            if let child = children[link] {
                node = child
            } else {
                let child = Int32(payloads.count)
                payloads.append([])
                children[link] = child
                node = child
            }
        }
        payloads[Int(node)].append(payload)
    }

    /// The longest entry starting at `start` (in token count) and its payloads, if any entry matches.
    func longestMatch(_ tokens: ArraySlice<Int32>, from start: Int) -> (length: Int, payloads: [Payload])? {
        var node: Int32 = 0
        var best: (length: Int, payloads: [Payload])?
        var index = start
        while index < tokens.endIndex {
            let token = tokens[index]
            guard token >= 0, let child = children[Self.link(node, token)] else { break }
            node = child
            index += 1
            if !payloads[Int(node)].isEmpty { best = (index - start, payloads[Int(node)]) }
        }
        return best
    }

    @inline(__always)
    private static func link(_ node: Int32, _ token: Int32) -> Int64 { Int64(node) << 32 | Int64(UInt32(bitPattern: token)) }
}
