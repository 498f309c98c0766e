import DossierQuery

/// The dot-commands of the guided prompt.
extension TeachSession {
    struct Command: Sendable {
        var name: String
        var arguments: String
        var summary: String
        var action: @Sendable (TeachSession, String) -> Void
    }

    static let commands: [Command] = [
        Command(name: "submit", arguments: "", summary: "hand in the last query that gave rows") { session, _ in session.submitLast() },
        Command(name: "answer", arguments: "QUERY", summary: "run QUERY and hand it in") { session, text in session.answer(text) },
        Command(name: "hint", arguments: "", summary: "show the next hint") { session, _ in session.hint() },
        Command(name: "skip", arguments: "", summary: "leave this exercise for later and go to the next") { session, _ in session.skip() },
        Command(name: "back", arguments: "", summary: "go back to the exercise shown before") { session, _ in session.back() },
        Command(name: "goto", arguments: "ID", summary: "go to an exercise by its id") { session, id in session.goTo(id) },
        Command(name: "exercise", arguments: "", summary: "show the current exercise again") { session, _ in
            if let current = session.current { session.show(current, remember: false) } else { session.complain("there is no current exercise") }
        },
        Command(name: "status", arguments: "", summary: "show your progress and score") { session, _ in session.status() },
        Command(name: "reveal", arguments: "", summary: "show the reference answer, when the lesson allows it") { session, _ in session.reveal() },
        Command(name: "schema", arguments: "[SOURCE]", summary: "list the sources, or the fields of one") { session, source in session.schema(source) },
        Command(name: "help", arguments: "", summary: "list these commands") { session, _ in session.help() },
        Command(name: "quit", arguments: "", summary: "leave (your progress is saved)") { session, _ in session.quitRequested = true },
    ]

    static let aliases = ["exit": "quit", "q": "quit", "h": "help"]

    func runCommand(_ line: String) {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }.dropFirst()
        let name = String(trimmed.prefix { !$0.isWhitespace })
        let rest = RowTableText.trim(String(trimmed.dropFirst(name.count)))
        let canonical = Self.aliases[name] ?? name
        guard let command = Self.commands.first(where: { $0.name == canonical }) else {
            let guess = Suggestion.closest(to: name, in: Self.commands.map(\.name))
            complain("unknown command `.\(name)`" + (guess.map { "; did you mean `.\($0)`?" } ?? "; `.help` lists the commands"))
            return
        }
        command.action(self, rest)
    }

    // MARK: Answers

    func submitLast() {
        guard let lastQuery else {
            complain("nothing to submit yet: run a query that gives rows first, or type `.answer QUERY`")
            return
        }
        submit(lastQuery)
    }

    func answer(_ text: String) {
        guard !text.isEmpty else {
            complain("`.answer` needs a query, e.g. `.answer claims | take 3`")
            return
        }
        guard runQuery(text) else { return }
        submit(text)
    }

    func submit(_ text: String) {
        guard let exercise = current else {
            complain("there is no exercise to answer; `.status` shows where you are")
            return
        }
        let rows = AnswerRows(
            main: AnswerRunner.run(text, in: session, named: "answer"),
            check: checkSession.map { AnswerRunner.run(text, in: $0, named: "answer") })
        let result = checker.check(exercise, rows: rows)
        guard result.passed else {
            say("Not yet.")
            say(result.message)
            let remaining = exercise.hints.count - (progress.hintsTaken[exercise.id] ?? 0)
            if remaining > 0 { say("(`.hint` gives a hint: \(remaining) left.)") }
            return
        }
        let first = progress.solved[exercise.id] == nil
        progress.solved[exercise.id] = exercise.points
        progress.skipped.remove(exercise.id)
        save()
        say(first ? "Right! +\(ScoreText.format(exercise.points)) point\(exercise.points == 1 ? "" : "s")." : "Right again.")
        if let explanation = exercise.explanation { say(explanation) }
        if exercise.revealsAnswer, let reference = exercise.referenceQuery { say("The lesson's answer:\n" + indent(reference)) }
        say("Score: \(ScoreText.format(progress.score)) of \(ScoreText.format(lesson.maximumPoints)).")
        advance(from: exercise)
    }

    private func advance(from exercise: Exercise) {
        if let next = route.next(after: exercise.id, in: progress) {
            show(next)
        } else if progress.solved.count == lesson.exercises.count {
            say("\nYou have solved every exercise of the lesson. Well done!")
        } else {
            say("\nNo other exercise is open: go back to a skipped one with `.goto ID` (`.status` lists them).")
        }
    }

    // MARK: Moving around

    func hint() {
        guard let exercise = current else { return complain("there is no current exercise") }
        guard !exercise.hints.isEmpty else { return say("This exercise has no hints.") }
        let taken = progress.hintsTaken[exercise.id] ?? 0
        guard taken < exercise.hints.count else {
            say("That was the last hint. Here they are again:")
            for (position, hint) in exercise.hints.enumerated() { say("Hint \(position + 1): \(hint)") }
            return
        }
        progress.hintsTaken[exercise.id] = taken + 1
        save()
        say("Hint \(taken + 1) of \(exercise.hints.count): \(exercise.hints[taken])")
    }

    func skip() {
        guard let exercise = current else { return complain("there is no current exercise") }
        if progress.solved[exercise.id] == nil { progress.skipped.insert(exercise.id) }
        save()
        say("Skipped `\(exercise.id)`; come back with `.goto \(exercise.id)`.")
        if exercise.revealsAnswer, let reference = exercise.referenceQuery { say("The lesson's answer:\n" + indent(reference)) }
        advance(from: exercise)
    }

    func back() {
        guard let previous = visited.popLast(), let exercise = lesson.exercise(previous) else {
            return complain("there is no earlier exercise to go back to")
        }
        show(exercise, remember: false)
    }

    func goTo(_ id: String) {
        guard let exercise = lesson.exercise(id) else {
            return complain("the lesson has no exercise `\(id)`; it has " + lesson.exercises.map(\.id).joined(separator: ", "))
        }
        let missing = route.missingPrerequisites(of: exercise, in: progress)
        guard missing.isEmpty else {
            return complain("`\(id)` opens once you have solved " + missing.map { "`\($0)`" }.joined(separator: ", "))
        }
        show(exercise)
    }

    func reveal() {
        guard let exercise = current else { return complain("there is no current exercise") }
        guard exercise.revealsAnswer, let reference = exercise.referenceQuery else {
            return complain("this lesson does not show the answer to `\(exercise.id)`")
        }
        guard progress.solved[exercise.id] != nil || progress.skipped.contains(exercise.id) else {
            return complain("solve or `.skip` the exercise first")
        }
        say("The lesson's answer:\n" + indent(reference))
    }

    func status() {
        say("Lesson: \(lesson.title)")
        for (position, exercise) in lesson.exercises.enumerated() {
            let state: String
            if let points = progress.solved[exercise.id] {
                state = "solved, \(ScoreText.format(points)) of \(ScoreText.format(exercise.points))"
            } else if progress.skipped.contains(exercise.id) {
                state = "skipped"
            } else if !route.isOpen(exercise, in: progress) {
                state = "locked until " + route.missingPrerequisites(of: exercise, in: progress).joined(separator: ", ") + " is solved"
            } else {
                state = "open"
            }
            let marker = exercise.id == current?.id ? "▶" : " "
            say("\(marker) \(position + 1). \(exercise.id): \(exercise.title ?? "") — \(state)")
        }
        say("Score: \(ScoreText.format(progress.score)) of \(ScoreText.format(lesson.maximumPoints)); "
            + "\(progress.solved.count) of \(lesson.exercises.count) solved.")
    }

    func schema(_ name: String) {
        guard !name.isEmpty else {
            return say("Sources: " + SourceKind.allCases.map(\.rawValue).joined(separator: ", ") + ". `.schema SOURCE` lists its fields.")
        }
        guard let source = SourceKind(rawValue: name) else {
            return complain("no source `\(name)`; the sources are " + SourceKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        for field in QuerySession.schema(of: source) { say("  \(field.name) (\(field.type)): \(field.summary)") }
    }

    func help() {
        say("Type queries as in the shell. Lesson commands:")
        for command in Self.commands {
            let usage = "." + command.name + (command.arguments.isEmpty ? "" : " " + command.arguments)
            say("  " + usage + String(repeating: " ", count: max(1, 16 - usage.count)) + command.summary)
        }
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
