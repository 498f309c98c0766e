import ArgumentParser
import DossierShell
import DossierTeach

/// `dossier grade LESSON SUBMISSIONS…`: grades students' answer files (see Docs/teaching.md).
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade students' answer files against a lesson and print the gradebook.",
        discussion: "Exit status: 0 all graded, 1 some submission could not be graded, 2 the lesson cannot be used."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv

        var output: OutputFormat {
            switch self {
            case .table: .table
            case .json: .json
            case .csv: .csv
            }
        }
    }

    @Argument(help: "The lesson file.")
    var lesson: String

    @Argument(help: "Answer files, one per student.")
    var submissions: [String]

    @Option(help: "How to print the gradebook: table, json or csv.")
    var format: Format = .table

    func run() throws {
        let status = GradeMain.run(lesson: lesson, submissions: submissions, format: format.output)
        if status != 0 { throw ExitCode(status) }
    }
}
