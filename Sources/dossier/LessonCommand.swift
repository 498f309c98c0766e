import ArgumentParser
import DossierTeach

/// `dossier lesson check LESSON…`: tools for lesson authors (see Docs/teaching.md).
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Tools for lesson authors.",
        subcommands: [LessonCheckCommand.self]
    )
}

/// Runs every reference, accepted and known wrong answer of a lesson and reports what does not hold.
struct LessonCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that a lesson's answers, wrong answers and hints work as its author intends.",
        discussion: "Exit status: 0 sound (warnings allowed), 1 a check failed, 2 a lesson cannot be read."
    )

    @Argument(help: "Lesson files.")
    var lessons: [String]

    func run() throws {
        let status = LessonCheckMain.run(lessons: lessons)
        if status != 0 { throw ExitCode(status) }
    }
}
