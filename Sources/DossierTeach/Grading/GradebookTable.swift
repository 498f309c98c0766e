import DossierQuery
import DossierShell

/// The gradebook as rows for the shell's renderers: one row per student and exercise, then one
/// `total` row per student. A submission that could not be graded has a single row saying why.
public struct GradebookTable: QueryResultView {
    public let columns = ["student", "file", "exercise", "passed", "points", "max_points", "message"]
    private let rows: [[Cell]]

    public init(_ gradebook: Gradebook) {
        var rows: [[Cell]] = []
        for student in gradebook.students {
            if let problem = student.problem {
                rows.append([.text(student.name), .text(student.file), .text("(submission)"), .bool(false), .number(0),
                             .number(gradebook.maximum), .text("not graded: " + (problem.split(separator: "\n").first.map(String.init) ?? problem))])
                continue
            }
            for grade in student.grades {
                rows.append([.text(student.name), .text(student.file), .text(grade.exercise), .bool(grade.passed),
                             .number(grade.points), .number(grade.maximum), .text(Self.oneLine(grade.message))])
            }
            let passed = student.grades.filter(\.passed).count
            rows.append([.text(student.name), .text(student.file), .text("total"), .bool(passed == student.grades.count),
                         .number(student.total), .number(gradebook.maximum),
                         .text("\(passed) of \(student.grades.count) exercises passed")])
        }
        self.rows = rows
    }

    public var rowCount: Int { rows.count }

    public func cell(row: Int, column: Int) -> Cell { rows[row][column] }

    /// The gradebook in a format: `table` (sized to `width`), `json` or `csv`.
    public static func render(_ gradebook: Gradebook, as format: OutputFormat, width: Int) -> String {
        format.render(GradebookTable(gradebook), width: width)
    }

    private static func oneLine(_ text: String) -> String {
        text.split(separator: "\n").map { RowTableText.trim(String($0)) }.joined(separator: " ")
    }
}
