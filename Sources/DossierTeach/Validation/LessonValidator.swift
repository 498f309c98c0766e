/// `dossier lesson check`: makes sure a lesson works before students see it. Every reference query
/// runs (on both corpora) and passes its own check, every accepted alternative passes, every known
/// wrong answer fails with its own message, and hints exist where the intro or a prompt promises them.
public struct LessonValidator {
    public let checker: LessonChecker

    public init(checker: LessonChecker) {
        self.checker = checker
    }

    public func validate() -> ValidationReport {
        ValidationReport(lesson: checker.lesson.title, exercises: checker.lesson.exercises.map(validate))
    }

    func validate(_ exercise: Exercise) -> ValidationReport.Exercise {
        var findings: [ValidationReport.Finding] = []
        func error(_ message: String) { findings.append(.init(isError: true, message: message)) }
        func warning(_ message: String) { findings.append(.init(isError: false, message: message)) }

        if let reference = exercise.referenceQuery {
            if case .failure(let failure)? = checker.expected(exercise) {
                error("the reference query fails on the lesson's articles: " + failure.summary)
                return .init(id: exercise.id, line: exercise.line, findings: findings)
            }
            if case .failure(let failure)? = checker.expected(exercise, onCheckCorpus: true) {
                error("the reference query fails on the check corpus: " + failure.summary)
            }
            let own = checker.check(exercise, answer: reference, named: "reference")
            if !own.passed { error("the reference query does not pass its own check: " + own.summary) }
            if case .success(let main)? = checker.expected(exercise), case .success(let other)? = checker.expected(exercise, onCheckCorpus: true) {
                if other.rows.isEmpty && !main.rows.isEmpty {
                    warning("the reference gives no rows on the check corpus, so it cannot catch answers fitted to the lesson's articles")
                } else if RowComparison.compare(expected: main, answer: other, as: exercise.comparison).passed {
                    warning("the reference gives the same rows on both corpora, so an answer that writes them out would pass")
                }
            }
        }
        if case .orderedBy(let names) = exercise.comparison.order, case .success(let table)? = checker.expected(exercise) {
            let lowered = Set(table.columns.map { $0.lowercased() })
            for name in names where !lowered.contains(name.lowercased()) {
                error("it is compared `ordered by \(name)`, but the expected rows have no column `\(name)`")
            }
        }
        for (position, alternative) in exercise.alternatives.enumerated() {
            let result = checker.check(exercise, answer: alternative, named: "accepted answer \(position + 1)")
            if !result.passed { error("accepted answer \(position + 1) does not pass: " + result.summary) }
        }
        for mistake in exercise.mistakes {
            if case .query(let text) = mistake.answer, case .failure(let failure)? = checker.rows(of: text, onCheckCorpus: false) {
                error("the wrong answer at line \(mistake.line) does not run: " + failure.summary)
                continue
            }
            let rows: AnswerRows
            switch mistake.answer {
            case .query(let text): rows = checker.run(text, named: "wrong answer")
            case .rows(let table): rows = AnswerRows(main: .success(table), check: nil)
            }
            let result = checker.check(exercise, rows: rows)
            if result.passed {
                error("the wrong answer at line \(mistake.line) is accepted as right")
            } else if result.mistake != mistake {
                let shown = result.mistake.map { "the message of the wrong answer at line \($0.line)" } ?? "no targeted message"
                error("the wrong answer at line \(mistake.line) fails, but with \(shown)")
            }
        }
        if exercise.hints.isEmpty {
            if exercise.prompt.contains(".hint") {
                error("the prompt mentions `.hint`, but the exercise has no `hint:`")
            } else if checker.lesson.introduction?.contains(".hint") == true {
                error("the lesson's intro promises hints (`.hint`), but the exercise has no `hint:`")
            } else {
                warning("the exercise has no hints")
            }
        }
        return .init(id: exercise.id, line: exercise.line, findings: findings)
    }
}

/// What `dossier lesson check` found, exercise by exercise.
public struct ValidationReport: Sendable {
    public struct Finding: Sendable, Equatable {
        public var isError: Bool
        public var message: String
    }

    public struct Exercise: Sendable {
        public var id: String
        public var line: Int
        public var findings: [Finding]
    }

    public var lesson: String
    public var exercises: [Exercise]

    public var errorCount: Int { exercises.reduce(0) { $0 + $1.findings.filter(\.isError).count } }
    public var warningCount: Int { exercises.reduce(0) { $0 + $1.findings.filter { !$0.isError }.count } }

    /// One line per exercise (`ok`, or each finding placed at the exercise's line), then a summary.
    public func rendered(path: String) -> String {
        var lines: [String] = []
        for exercise in exercises {
            if exercise.findings.isEmpty { lines.append("ok       \(exercise.id)") }
            for finding in exercise.findings {
                lines.append("\(path):\(exercise.line):1: \(finding.isError ? "error" : "warning"): exercise `\(exercise.id)`: \(finding.message)")
            }
        }
        lines.append("\(exercises.count) exercise\(exercises.count == 1 ? "" : "s"), \(errorCount) error\(errorCount == 1 ? "" : "s"), "
            + "\(warningCount) warning\(warningCount == 1 ? "" : "s")")
        return lines.joined(separator: "\n")
    }
}
