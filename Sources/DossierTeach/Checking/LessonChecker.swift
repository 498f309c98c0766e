import DossierModel
import DossierQuery

/// Checks answers to a lesson's exercises. Expected rows (from reference queries) and the rows of
/// known wrong answers are computed once per corpus and kept.
public final class LessonChecker {
    public let lesson: Lesson
    public let corpora: LessonCorpora
    private var cache: [CacheKey: Result<RowTable, AnswerFailure>] = [:]

    private struct CacheKey: Hashable {
        var text: String
        var onCheckCorpus: Bool
    }

    public init(lesson: Lesson, corpora: LessonCorpora) {
        self.lesson = lesson
        self.corpora = corpora
    }

    /// The rows a query gives on the lesson's corpus, or on the check corpus (nil when there is none).
    func rows(of query: String, onCheckCorpus: Bool) -> Result<RowTable, AnswerFailure>? {
        let key = CacheKey(text: query, onCheckCorpus: onCheckCorpus)
        if let cached = cache[key] { return cached }
        guard let corpus = onCheckCorpus ? corpora.check : corpora.main else { return nil }
        let result = AnswerRunner.run(query, on: corpus, named: "reference")
        cache[key] = result
        return result
    }

    /// The expected rows of an exercise on one corpus. Literal rows exist only for the lesson's corpus.
    public func expected(_ exercise: Exercise, onCheckCorpus: Bool = false) -> Result<RowTable, AnswerFailure>? {
        switch exercise.expected {
        case .rows(let table): onCheckCorpus ? nil : .success(table)
        case .query(let text): rows(of: text, onCheckCorpus: onCheckCorpus)
        }
    }

    /// Runs answer text in fresh sessions, one per corpus; each answer stands alone.
    public func run(_ answer: String, named name: String = "answer") -> AnswerRows {
        AnswerRows(
            main: AnswerRunner.run(answer, on: corpora.main, named: name),
            check: corpora.check.map { AnswerRunner.run(answer, on: $0, named: name) })
    }

    /// Checks answer text, run in fresh sessions.
    public func check(_ exercise: Exercise, answer: String, named name: String = "answer") -> CheckResult {
        check(exercise, rows: run(answer, named: name))
    }

    /// Checks an answer's rows against the exercise.
    public func check(_ exercise: Exercise, rows answer: AnswerRows) -> CheckResult {
        guard case .success(let expectedRows)? = expected(exercise) else {
            return broken(exercise)
        }
        let given: RowTable
        switch answer.main {
        case .failure(let failure): return CheckResult(passed: false, points: 0, message: failure.message, summary: failure.summary)
        case .success(let table): given = table
        }
        let verdict = RowComparison.compare(expected: expectedRows, answer: given, as: exercise.comparison)
        var checkVerdict: Verdict?
        var checkFailure: AnswerFailure?
        if case .success(let checkExpected)? = expected(exercise, onCheckCorpus: true), let checkAnswer = answer.check {
            switch checkAnswer {
            case .success(let table):
                checkVerdict = RowComparison.compare(expected: checkExpected, answer: table, as: exercise.comparison)
            case .failure(let failure):
                checkFailure = failure
            }
        }
        let fitted = verdict.passed && (checkVerdict.map { !$0.passed } == true || checkFailure != nil)
        if verdict.passed && !fitted {
            return CheckResult(passed: true, points: exercise.points, message: "Right!", verdict: verdict)
        }
        let mistake = matchingMistake(exercise, answer: answer)
        var lines: [String] = []
        if let mistake { lines.append(mistake.message) }
        if fitted {
            lines.append("Your answer gives the right rows for these articles, but not for another set of articles it is also "
                + "checked against. Does it write out names or numbers you saw, instead of asking for them by their properties?")
            if let checkVerdict { lines.append("On the other articles: " + Feedback.describe(checkVerdict, showingMissingExample: false)) }
            if let checkFailure { lines.append("On the other articles: " + checkFailure.message) }
        } else {
            lines.append(Feedback.describe(verdict, showingMissingExample: exercise.showsMissingExample))
        }
        let credit = exercise.allowsPartialCredit ? min(verdict.credit, checkFailure == nil ? checkVerdict?.credit ?? 1 : 0) : 0
        return CheckResult(
            passed: false, points: Self.rounded(exercise.points * credit), message: lines.joined(separator: "\n"), mistake: mistake,
            verdict: verdict, fittedToVisibleData: fitted)
    }

    /// The first known mistake whose rows equal the answer's on every corpus it can be run on.
    func matchingMistake(_ exercise: Exercise, answer: AnswerRows) -> KnownMistake? {
        guard case .success(let given) = answer.main else { return nil }
        return exercise.mistakes.first { mistake in
            switch mistake.answer {
            case .rows(let table):
                return RowComparison.compare(expected: table, answer: given, as: exercise.comparison).passed
            case .query(let text):
                guard case .success(let wrong)? = rows(of: text, onCheckCorpus: false),
                      RowComparison.compare(expected: wrong, answer: given, as: exercise.comparison).passed else { return false }
                guard case .success(let wrongOnCheck)? = rows(of: text, onCheckCorpus: true),
                      case .success(let givenOnCheck)? = answer.check else { return true }
                return RowComparison.compare(expected: wrongOnCheck, answer: givenOnCheck, as: exercise.comparison).passed
            }
        }
    }

    /// Says the exercise cannot be judged without repeating the reference query, which students may
    /// not see; `dossier lesson check` gives the author the details.
    private func broken(_ exercise: Exercise) -> CheckResult {
        CheckResult(
            passed: false, points: 0,
            message: "Exercise `\(exercise.id)` cannot be checked: the lesson's reference query fails (`dossier lesson check` shows why).",
            exerciseBroken: true)
    }

    /// Points to two decimals, so a third of 1 point shows as 0.33, and never a negative zero.
    static func rounded(_ points: Double) -> Double {
        let value = (points * 100).rounded() / 100
        return value == 0 ? 0 : value
    }
}
