/// How an answer's rows compare with the expected rows.
public struct Verdict: Sendable, Equatable {
    /// The columns do not line up; rows were not compared.
    public var columnProblem: ColumnProblem?
    /// Expected rows the answer lacks (each as many times as it is missing).
    public var missing: [[String]] = []
    /// Rows of the answer that were not expected.
    public var extra: [[String]] = []
    /// The right rows, in the wrong order.
    public var orderProblem: OrderProblem?
    /// Rows of the answer that count towards partial credit.
    public var matched = 0
    public var expectedCount = 0
    public var answerCount = 0
    /// The expected columns, for feedback that names them.
    public var columns: [String] = []

    public var passed: Bool { columnProblem == nil && missing.isEmpty && extra.isEmpty && orderProblem == nil }

    /// The share of the points a partly right answer earns: matched rows ÷ the larger of the expected
    /// and given row counts (so extra rows cost as much as missing ones); nothing when the columns are wrong.
    public var credit: Double {
        if passed { return 1 }
        if columnProblem != nil { return 0 }
        let denominator = max(expectedCount, answerCount)
        return denominator == 0 ? 0 : Double(matched) / Double(denominator)
    }
}

/// Why the answer's columns cannot be compared with the expected ones.
public enum ColumnProblem: Sendable, Equatable {
    /// Matched by name: expected names the answer lacks, and names it has that were not asked for.
    case names(missing: [String], unexpected: [String], given: [String])
    /// Matched by position: the counts differ.
    case count(expected: Int, given: Int)
}

/// Where the order of a right set of rows first goes wrong.
public struct OrderProblem: Sendable, Equatable {
    /// From 0.
    public var position: Int
    /// The columns the order is judged by (all of them for `ordered`).
    public var columns: [String]
    public var expected: [String]
    public var given: [String]
}
