import DossierShell

/// `dossier grade`: grades answer files against a lesson and prints the gradebook.
///
/// Exit status: 0 every submission was graded; 1 some submission could not be graded (or some
/// exercise could not be checked), the others were; 2 the lesson or its articles cannot be used.
public enum GradeMain {
    public static func run(
        lesson path: String, submissions: [String], format: OutputFormat, output: TextSink = TerminalOutput.standardOutput,
        errors: TextSink = TerminalOutput.standardError, environment: [String: String] = ProcessEnvironment.current
    ) -> Int32 {
        let checker: LessonChecker
        do {
            let lesson = try Lesson.read(path)
            checker = LessonChecker(lesson: lesson, corpora: try LessonCorpora.load(for: lesson))
        } catch {
            errors.write(TerminalSafeText.escape("dossier: " + error.description, keepingLayout: true) + "\n")
            return 2
        }
        let gradebook = Grader(checker: checker).grade(files: submissions)
        let width = TerminalOutput.standardOutput.isTerminal && output === TerminalOutput.standardOutput
            ? TerminalSize.current(environment: environment).columns : Int.max / 4
        output.write(GradebookTable.render(gradebook, as: format, width: width))
        for student in gradebook.students {
            if let problem = student.problem {
                errors.write(TerminalSafeText.escape("dossier: not graded: " + problem, keepingLayout: true) + "\n")
            }
        }
        return gradebook.hasProblems ? 1 : 0
    }
}
