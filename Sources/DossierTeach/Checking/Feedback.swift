/// Puts a verdict into plain words for the student: what is missing, what is extra, what is out of order.
enum Feedback {
    static func describe(_ verdict: Verdict, showingMissingExample: Bool) -> String {
        if let problem = verdict.columnProblem { return describe(problem, expected: verdict.columns) }
        var lines: [String] = []
        if !verdict.missing.isEmpty {
            var line = "\(count(verdict.missing.count, "expected row")) \(verdict.missing.count == 1 ? "is" : "are") missing"
            line += showingMissingExample ? ", for example: \(RowTable.describe(verdict.missing[0]))." : "."
            lines.append(line)
        }
        if !verdict.extra.isEmpty {
            lines.append("\(count(verdict.extra.count, "row")) should not be there, for example: \(RowTable.describe(verdict.extra[0])).")
        }
        if let order = verdict.orderProblem {
            if order.columns.count == verdict.columns.count {
                lines.append("The rows are right but the order is wrong: row \(order.position + 1) should be "
                    + "\(RowTable.describe(order.expected)), not \(RowTable.describe(order.given)).")
            } else {
                func values(_ cells: [String]) -> String {
                    zip(order.columns, cells).map { "\($0) \($1.isEmpty ? "(empty)" : $1)" }.joined(separator: ", ")
                }
                lines.append("The rows are right but the order is wrong: row \(order.position + 1) should have \(values(order.expected)), "
                    + "not \(values(order.given)). The rows are expected in order of \(order.columns.joined(separator: ", ")).")
            }
        }
        if lines.isEmpty { return "The answer is right." }
        lines.append("Your answer has \(count(verdict.answerCount, "row")); the exercise expects \(verdict.expectedCount).")
        return lines.joined(separator: "\n")
    }

    static func describe(_ problem: ColumnProblem, expected: [String]) -> String {
        switch problem {
        case .count(let expectedCount, let given):
            return "Your answer has \(count(given, "column")); the exercise expects \(expectedCount) (\(expected.joined(separator: ", ")))."
        case .names(let missing, let unexpected, let given):
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing \(missing.count == 1 ? "column" : "columns") \(quoted(missing))") }
            if !unexpected.isEmpty { parts.append("\(unexpected.count == 1 ? "column" : "columns") \(quoted(unexpected)) not asked for") }
            return "The columns are not the expected ones: \(parts.joined(separator: "; ")). "
                + "Your answer has \(quoted(given)); the exercise expects \(quoted(expected)). "
                + "Name a column with `select name = …`."
        }
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    private static func quoted(_ names: [String]) -> String {
        names.isEmpty ? "no columns" : names.map { "`\($0)`" }.joined(separator: ", ")
    }
}
