/// Compares an answer's rows with the expected rows under an exercise's `Comparison`.
public enum RowComparison {
    /// Longest-common-subsequence credit for a wrong order is skipped beyond this many cell pairs,
    /// so a huge wrong answer cannot stall the checker; the plain row match is used instead.
    static let orderCreditLimit = 4_000_000

    public static func compare(expected: RowTable, answer: RowTable, as comparison: Comparison) -> Verdict {
        var verdict = Verdict()
        verdict.columns = expected.columns
        verdict.expectedCount = expected.rows.count
        verdict.answerCount = answer.rows.count
        let aligned: [[String]]
        switch align(expected: expected.columns, given: answer.columns, by: comparison.columns) {
        case .failure(let problem):
            verdict.columnProblem = problem
            return verdict
        case .success(let positions):
            aligned = answer.rows.map { row in positions.map { row[$0] } }
        }
        var expectedRows = expected.rows
        var givenRows = aligned
        if comparison.order == .set {
            expectedRows = unique(expectedRows)
            givenRows = unique(givenRows)
            verdict.expectedCount = expectedRows.count
            verdict.answerCount = givenRows.count
        }
        let (missing, extra, matched) = difference(expected: expectedRows, given: givenRows)
        verdict.missing = missing
        verdict.extra = extra
        verdict.matched = matched
        guard missing.isEmpty, extra.isEmpty else {
            if comparison.order == .ordered { verdict.matched = min(matched, inOrder(expectedRows, givenRows, fallback: matched)) }
            return verdict
        }
        switch comparison.order {
        case .unordered, .set:
            break
        case .ordered:
            if let position = expectedRows.indices.first(where: { expectedRows[$0] != givenRows[$0] }) {
                verdict.orderProblem = OrderProblem(
                    position: position, columns: expected.columns, expected: expectedRows[position], given: givenRows[position])
                verdict.matched = inOrder(expectedRows, givenRows, fallback: matched)
            }
        case .orderedBy(let names):
            let lowered = expected.columns.map { $0.lowercased() }
            let keyColumns = names.compactMap { lowered.firstIndex(of: $0.lowercased()) }
            let expectedKeys = expectedRows.map { row in keyColumns.map { row[$0] } }
            let givenKeys = givenRows.map { row in keyColumns.map { row[$0] } }
            if let position = expectedKeys.indices.first(where: { expectedKeys[$0] != givenKeys[$0] }) {
                verdict.orderProblem = OrderProblem(
                    position: position, columns: keyColumns.map { expected.columns[$0] },
                    expected: expectedKeys[position], given: givenKeys[position])
                verdict.matched = inOrder(expectedKeys, givenKeys, fallback: matched)
            }
        }
        return verdict
    }

    enum Alignment {
        case success([Int])
        case failure(ColumnProblem)
    }

    /// For each expected column, the index of the answer's column that holds it.
    static func align(expected: [String], given: [String], by matching: Comparison.Columns) -> Alignment {
        switch matching {
        case .byPosition:
            return expected.count == given.count ? .success(Array(given.indices)) : .failure(.count(expected: expected.count, given: given.count))
        case .byName:
            let givenLowered = given.map { $0.lowercased() }
            var positions: [Int] = []
            var missing: [String] = []
            for name in expected {
                if let position = givenLowered.firstIndex(of: name.lowercased()) { positions.append(position) } else { missing.append(name) }
            }
            let expectedLowered = Set(expected.map { $0.lowercased() })
            let unexpected = given.filter { !expectedLowered.contains($0.lowercased()) }
            guard missing.isEmpty, unexpected.isEmpty else { return .failure(.names(missing: missing, unexpected: unexpected, given: given)) }
            return .success(positions)
        }
    }

    /// Rows missing from `given`, rows `given` has in excess, and how many matched, counting repeats.
    static func difference(expected: [[String]], given: [[String]]) -> (missing: [[String]], extra: [[String]], matched: Int) {
        var counts: [[String]: Int] = [:]
        for row in expected { counts[row, default: 0] += 1 }
        var extra: [[String]] = []
        var matched = 0
        for row in given {
            if let count = counts[row], count > 0 {
                counts[row] = count - 1
                matched += 1
            } else {
                extra.append(row)
            }
        }
        var missing: [[String]] = []
        for row in expected {
            if let count = counts[row], count > 0 {
                missing.append(row)
                counts[row] = count - 1
            }
        }
        return (missing, extra, matched)
    }

    static func unique(_ rows: [[String]]) -> [[String]] {
        var seen: Set<[String]> = []
        return rows.filter { seen.insert($0).inserted }
    }

    /// How many rows appear in the same relative order in both (their longest common subsequence).
    static func inOrder(_ expected: [[String]], _ given: [[String]], fallback: Int) -> Int {
        guard !expected.isEmpty, !given.isEmpty else { return 0 }
        guard expected.count * given.count <= orderCreditLimit else { return fallback }
        var previous = [Int](repeating: 0, count: given.count + 1)
        var current = previous
        for row in expected {
            for (index, other) in given.enumerated() {
                current[index + 1] = row == other ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            swap(&previous, &current)
        }
        return previous[given.count]
    }
}
