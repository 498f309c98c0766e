#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DossierShell

/// `dossier teach LESSON`: opens the guided prompt on the terminal (or reads statements from a pipe).
///
/// Exit status: 0 when the student leaves; 2 when the lesson, its articles or the progress file
/// cannot be used.
public enum TeachMain {
    public struct Options: Sendable {
        public var lesson: String
        /// `--progress FILE`; nil for the default place.
        public var progressFile: String?
        /// `--restart`: ignore saved progress (it is overwritten as the student goes).
        public var restarts: Bool
        public var editingMode: EditingMode

        public init(lesson: String, progressFile: String? = nil, restarts: Bool = false, editingMode: EditingMode = .emacs) {
            self.lesson = lesson
            self.progressFile = progressFile
            self.restarts = restarts
            self.editingMode = editingMode
        }
    }

    public static func run(_ options: Options) -> Int32 {
        let errors = TerminalOutput.standardError
        let environment = ProcessEnvironment.current
        let checker: LessonChecker
        let progress: Progress
        let store = (options.progressFile ?? ProgressStore.defaultPath(forLesson: options.lesson, environment: environment))
            .map(ProgressStore.init)
        do {
            let lesson = try Lesson.read(options.lesson)
            checker = LessonChecker(lesson: lesson, corpora: try LessonCorpora.load(for: lesson))
            progress = options.restarts ? Progress() : try store?.load(exerciseIDs: Set(lesson.exercises.map(\.id))) ?? Progress()
        } catch {
            errors.write(TerminalSafeText.escape("dossier: " + error.description, keepingLayout: true) + "\n")
            return 2
        }
        let interactive = isatty(STDIN_FILENO) == 1
        let stdout = TerminalOutput.standardOutput
        let width = stdout.isTerminal ? TerminalSize.current(environment: environment).columns : Int.max / 4
        let relay = CompletionRelay()
        let reader: LineReader
        if interactive {
            InterruptSignal.install()
            reader = EditLineReader(programName: "dossier", mode: options.editingMode, historySize: 1000) { line, cursor in
                relay.session?.completions(in: line, at: cursor) ?? .none(at: cursor)
            }
        } else {
            reader = PlainLineReader()
        }
        let session = TeachSession(
            checker: checker, progress: progress, store: store, reader: reader, output: stdout, errors: errors,
            showsPrompt: interactive, width: width)
        relay.session = session
        if interactive {
            session.history = ShellHistory(
                file: ShellPaths.historyFile(environment: environment).map { HistoryFile(path: $0) }, reader: reader,
                warn: { errors.write("warning: " + TerminalSafeText.escape($0) + "\n") })
        }
        return session.run()
    }
}

/// The line editor is made before the session it completes for; this hands Tab over once both exist.
private final class CompletionRelay {
    weak var session: TeachSession?
}
