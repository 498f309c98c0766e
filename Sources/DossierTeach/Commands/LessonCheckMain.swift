import DossierShell

/// `dossier lesson check`: validates lessons before students use them.
///
/// Exit status: 0 every lesson is sound (warnings allowed); 1 some check failed; 2 a lesson or its
/// articles cannot be read.
public enum LessonCheckMain {
    public static func run(
        lessons paths: [String], output: TextSink = TerminalOutput.standardOutput, errors: TextSink = TerminalOutput.standardError
    ) -> Int32 {
        var status: Int32 = 0
        for path in paths {
            let checker: LessonChecker
            do {
                let lesson = try Lesson.read(path)
                checker = LessonChecker(lesson: lesson, corpora: try LessonCorpora.load(for: lesson))
            } catch {
                errors.write(TerminalSafeText.escape("dossier: " + error.description, keepingLayout: true) + "\n")
                status = 2
                continue
            }
            let report = LessonValidator(checker: checker).validate()
            output.write(TerminalSafeText.escape("\(path): \(report.lesson)\n" + report.rendered(path: path), keepingLayout: true) + "\n")
            if report.errorCount > 0 && status == 0 { status = 1 }
        }
        return status
    }
}
