import Testing
@testable import DossierTeach

@Suite struct RowComparisonTests {
    static let expected = RowTable(columns: ["name", "count"], rows: [["China", "7"], ["Russia", "6"], ["Turkey", "6"], ["Iran", "2"]])

    func compare(_ rows: [[String]], columns: [String] = ["name", "count"], _ comparison: Comparison = Comparison()) -> Verdict {
        RowComparison.compare(expected: Self.expected, answer: RowTable(columns: columns, rows: rows), as: comparison)
    }

    @Test func unorderedIgnoresOrderButCountsRepeats() {
        #expect(compare([["Iran", "2"], ["Turkey", "6"], ["China", "7"], ["Russia", "6"]]).passed)
        let repeated = compare([["Iran", "2"], ["Turkey", "6"], ["China", "7"], ["Russia", "6"], ["Iran", "2"]])
        #expect(!repeated.passed)
        #expect(repeated.extra == [["Iran", "2"]])
        #expect(repeated.matched == 4)
        #expect(repeated.credit == 0.8)
    }

    @Test func setIgnoresRepeats() {
        let verdict = compare([["Iran", "2"], ["Iran", "2"], ["Turkey", "6"], ["China", "7"], ["Russia", "6"]], Comparison(order: .set))
        #expect(verdict.passed)
    }

    @Test func missingAndExtraRowsAreListed() {
        let verdict = compare([["China", "7"], ["Russia", "6"], ["India", "1"]])
        #expect(verdict.missing == [["Turkey", "6"], ["Iran", "2"]])
        #expect(verdict.extra == [["India", "1"]])
        #expect(verdict.matched == 2)
        #expect(verdict.credit == 0.5)
        let words = Feedback.describe(verdict, showingMissingExample: true)
        #expect(words.contains("2 expected rows are missing, for example: Turkey | 6."))
        #expect(words.contains("1 row should not be there, for example: India | 1."))
        #expect(words.contains("Your answer has 3 rows; the exercise expects 4."))
        #expect(!Feedback.describe(verdict, showingMissingExample: false).contains("Turkey"))
    }

    @Test func orderedReportsTheFirstRowOutOfPlace() {
        let verdict = compare([["China", "7"], ["Turkey", "6"], ["Russia", "6"], ["Iran", "2"]], Comparison(order: .ordered))
        #expect(verdict.orderProblem == OrderProblem(position: 1, columns: ["name", "count"], expected: ["Russia", "6"], given: ["Turkey", "6"]))
        #expect(verdict.matched == 3)
        #expect(Feedback.describe(verdict, showingMissingExample: true).contains("row 2 should be Russia | 6, not Turkey | 6"))
    }

    @Test func orderedByNamedColumnsAllowsTiesInAnyOrder() {
        let tiesSwapped = [["China", "7"], ["Turkey", "6"], ["Russia", "6"], ["Iran", "2"]]
        #expect(compare(tiesSwapped, Comparison(order: .orderedBy(["count"]))).passed)
        let ascending = compare([["Iran", "2"], ["Russia", "6"], ["Turkey", "6"], ["China", "7"]], Comparison(order: .orderedBy(["Count"])))
        #expect(ascending.orderProblem?.columns == ["count"])
        #expect(ascending.orderProblem?.expected == ["7"])
        #expect(!ascending.passed)
        #expect(Feedback.describe(ascending, showingMissingExample: true).hasPrefix(
            "The rows are right but the order is wrong: row 1 should have count 7, not count 2. The rows are expected in order of count."))
    }

    @Test func columnsByNameInAnyOrderAndCase() {
        #expect(compare([["7", "China"], ["6", "Russia"], ["6", "Turkey"], ["2", "Iran"]], columns: ["Count", "NAME"]).passed)
        let renamed = compare([["China", "7"]], columns: ["actor", "count", "kind"])
        #expect(renamed.columnProblem == .names(missing: ["name"], unexpected: ["actor", "kind"], given: ["actor", "count", "kind"]))
        #expect(renamed.credit == 0)
        let words = Feedback.describe(renamed, showingMissingExample: true)
        #expect(words.contains("missing column `name`; columns `actor`, `kind` not asked for"))
    }

    @Test func columnsByPositionIgnoreNames() {
        let byPosition = Comparison(columns: .byPosition)
        #expect(compare([["China", "7"], ["Russia", "6"], ["Turkey", "6"], ["Iran", "2"]], columns: ["a", "b"], byPosition).passed)
        let swapped = compare([["7", "China"], ["6", "Russia"], ["6", "Turkey"], ["2", "Iran"]], columns: ["count", "name"], byPosition)
        #expect(!swapped.passed)
        #expect(swapped.matched == 0)
        #expect(compare([["China"]], columns: ["name"], byPosition).columnProblem == .count(expected: 2, given: 1))
    }

    @Test func emptyResultsAgreeAndZeroIsZero() {
        let empty = RowTable(columns: ["name"], rows: [])
        #expect(RowComparison.compare(expected: empty, answer: empty, as: Comparison()).passed)
        let nothing = compare([])
        #expect(nothing.credit == 0)
        #expect(nothing.missing.count == 4)
    }
}
