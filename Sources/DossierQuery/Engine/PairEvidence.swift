/// The sentences behind each pair of a co-occurrence, up to a cap per pair. They are logged in one
/// flat array while counting and grouped by pair at the end: an array per pair cost a uniqueness
/// check, and often a reallocation, for every co-mention.
struct PairEvidence {
    let maximumSentences: Int
    private var lengths: [Int] = []
    private var lastSentences: [Int32] = []
    /// (pair, sentence), unlabelled: `CompressedRows` takes the tuples as they are, without a cast per element.
    private var log: [(Int32, Int32)] = []

    init(maximumSentences: Int) {
        self.maximumSentences = maximumSentences
    }

    /// Makes room for the next pair, numbered in order from 0.
    mutating func addPair() {
        lengths.append(0)
        lastSentences.append(-1)
    }

    /// One co-mention of `pair`: the sentences naming each of the two (one sentence when both are in
    /// it), unless the pair already lists its cap.
    mutating func record(_ pair: Int, _ a: Int32, _ b: Int32) {
        guard lengths[pair] < maximumSentences else { return }
        let first = min(a, b), second = max(a, b)
        if lastSentences[pair] != first { append(pair, first) }
        if second != first { append(pair, second) }
    }

    private mutating func append(_ pair: Int, _ sentence: Int32) {
        log.append((Int32(pair), sentence))
        lengths[pair] += 1
        lastSentences[pair] = sentence
    }

    /// Pair → its sentences, in the order recorded.
    func sentencesByPair() -> CompressedRows {
        CompressedRows(count: lengths.count, pairs: log, distinct: false)
    }
}
