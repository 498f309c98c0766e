import DossierQuery
import DossierShell

/// The guided prompt of `dossier teach`: the student queries the lesson's articles at a normal
/// prompt and hands in answers with `.submit` or `.answer`; the checker says what is right or wrong.
///
/// Everything it touches is injected (the reader, the output streams, the progress store), so tests
/// drive it with a scripted reader or through a pipe.
public final class TeachSession {
    let checker: LessonChecker
    let route: ExerciseRoute
    var progress: Progress
    let store: ProgressStore?
    let reader: LineReader
    let output: TextSink
    let errors: TextSink
    /// A person at a terminal: prompts are shown.
    let showsPrompt: Bool
    let width: Int
    /// The student's workspace on the lesson's articles.
    let session: QuerySession
    /// The same statements replayed on the check corpus, so a submitted query can be checked there
    /// with the student's variables and functions.
    let checkSession: QuerySession?
    var history: ShellHistory?
    var current: Exercise?
    /// Exercises shown before the current one, for `.back`.
    var visited: [String] = []
    /// The last statement that gave rows, which `.submit` hands in.
    var lastQuery: String?
    var quitRequested = false

    public init(
        checker: LessonChecker, progress: Progress, store: ProgressStore?, reader: LineReader, output: TextSink,
        errors: TextSink, showsPrompt: Bool, width: Int = 100
    ) {
        self.checker = checker
        self.route = ExerciseRoute(lesson: checker.lesson)
        self.progress = progress
        self.store = store
        self.reader = reader
        self.output = output
        self.errors = errors
        self.showsPrompt = showsPrompt
        self.width = width
        session = QuerySession(corpus: checker.corpora.main)
        checkSession = checker.corpora.check.map { QuerySession(corpus: $0) }
    }

    var lesson: Lesson { checker.lesson }

    /// Runs until `.quit` or the end of input; returns the exit status.
    public func run() -> Int32 {
        greet()
        let statements = StatementReader(reader: reader, isComplete: session.isComplete)
        while !quitRequested {
            switch statements.next(prompt: prompt, continuationPrompt: showsPrompt ? "   ...> " : "") {
            case .interrupted:
                output.write("\n")
            case .endOfInput:
                if showsPrompt { output.write("\n") }
                return 0
            case .statement(let text):
                history?.record(HistoryEntry.form(of: text))
                if DotCommandLine.isDotCommand(text) {
                    runCommand(text)
                } else {
                    runQuery(text)
                }
            }
        }
        return 0
    }

    var prompt: String { showsPrompt ? "\(current?.id ?? "lesson")> " : "" }

    // MARK: Showing things

    func say(_ text: String) {
        output.write(TerminalSafeText.escape(text, keepingLayout: true) + "\n")
    }

    func complain(_ text: String) {
        errors.write("error: " + TerminalSafeText.escape(text, keepingLayout: true) + "\n")
    }

    private func greet() {
        say("Lesson: \(lesson.title)")
        let started = !progress.solved.isEmpty || !progress.skipped.isEmpty || !progress.hintsTaken.isEmpty
        if started {
            say("Welcome back: \(progress.solved.count) of \(lesson.exercises.count) exercises solved, "
                + "\(ScoreText.format(progress.score)) of \(ScoreText.format(lesson.maximumPoints)) points.")
        } else if let introduction = lesson.introduction {
            say("\n" + introduction)
        }
        let resume = progress.current.flatMap(lesson.exercise).flatMap { exercise in
            progress.solved[exercise.id] == nil && route.isOpen(exercise, in: progress) ? exercise : nil
        }
        if let next = resume ?? route.next(after: nil, in: progress) {
            show(next)
        } else {
            say("\nEvery exercise is solved. `.status` shows your score; `.goto ID` revisits an exercise.")
        }
    }

    /// Makes `exercise` the current one and prints it.
    func show(_ exercise: Exercise, remember: Bool = true) {
        if remember, let current, current.id != exercise.id { visited.append(current.id) }
        current = exercise
        progress.current = exercise.id
        save()
        let position = (lesson.exercises.firstIndex { $0.id == exercise.id } ?? 0) + 1
        var heading = "Exercise \(position) of \(lesson.exercises.count): \(exercise.title ?? exercise.id)"
        heading += " [\(exercise.id), \(ScoreText.format(exercise.points)) point\(exercise.points == 1 ? "" : "s")]"
        if progress.solved[exercise.id] != nil { heading += " (solved)" }
        say("\n" + heading)
        say(exercise.prompt)
        let hints = exercise.hints.count
        let taken = progress.hintsTaken[exercise.id] ?? 0
        var footer = "Submit your last query with `.submit`, or type `.answer QUERY`."
        if hints > 0 { footer += " Hints: \(taken) of \(hints) taken (`.hint`)." }
        say(footer)
    }

    func save() {
        guard let store else { return }
        do {
            try store.save(progress)
        } catch {
            complain("cannot save progress: \(error.description)")
        }
    }

    // MARK: Queries

    /// Runs a query the student typed and shows its outcome; a statement that gave rows becomes the
    /// one `.submit` hands in.
    @discardableResult
    func runQuery(_ text: String) -> Bool {
        InterruptSignal.clear()
        session.isCancelled = { InterruptSignal.isRaised }
        defer { InterruptSignal.clear() }
        let outcomeText = OutcomeText(format: .table, width: width, reportsDefinitions: true)
        var gaveRows = false
        do {
            try session.run(text, named: "input") { outcome throws(QueryError) in
                if case .include(_, let range) = outcome {
                    throw QueryError("`include` is not available in a lesson; type the statements themselves", at: range, kind: .runtime)
                }
                if case .rows = outcome { gaveRows = true }
                let (out, err) = outcomeText.text(for: outcome)
                if !err.isEmpty { errors.write(err) }
                if !out.isEmpty { output.write(out) }
            }
        } catch {
            if error.kind == .cancelled {
                errors.write("cancelled (Ctrl-C)\n")
            } else {
                errors.write(OutcomeText.diagnostic(error))
            }
            return false
        }
        if let checkSession {
            checkSession.isCancelled = { InterruptSignal.isRaised }
            _ = try? checkSession.run(text, named: "input")
        }
        if gaveRows { lastQuery = text }
        return true
    }
}
