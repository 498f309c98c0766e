/// Precision, recall and F1 from counts of matched, extracted and expected items.
struct Score: CustomStringConvertible {
    var matched = 0
    var extracted = 0
    var expected = 0

    var precision: Double { extracted == 0 ? (expected == 0 ? 1 : 0) : Double(matched) / Double(extracted) }
    var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    static func + (lhs: Score, rhs: Score) -> Score {
        Score(matched: lhs.matched + rhs.matched, extracted: lhs.extracted + rhs.extracted, expected: lhs.expected + rhs.expected)
    }

    var description: String {
        "P \(Self.format(precision))  R \(Self.format(recall))  F1 \(Self.format(f1))  (\(matched) matched, \(extracted) extracted, \(expected) expected)"
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return String(rounded)
    }
}

/// A ratio of hits, for claim recall and speaker accuracy.
struct Ratio: CustomStringConvertible {
    var hits = 0
    var total = 0

    var value: Double { total == 0 ? 1 : Double(hits) / Double(total) }

    static func + (lhs: Ratio, rhs: Ratio) -> Ratio { Ratio(hits: lhs.hits + rhs.hits, total: lhs.total + rhs.total) }

    var description: String { "\(Score.format(value)) (\(hits)/\(total))" }
}
