/// The rows an answer gave on each corpus of a lesson.
public struct AnswerRows: Sendable {
    public var main: Result<RowTable, AnswerFailure>
    /// On the check corpus; nil when the lesson has none.
    public var check: Result<RowTable, AnswerFailure>?

    public init(main: Result<RowTable, AnswerFailure>, check: Result<RowTable, AnswerFailure>?) {
        self.main = main
        self.check = check
    }
}

/// What checking one answer concluded, with the words for the student.
public struct CheckResult: Sendable {
    public var passed: Bool
    /// Points earned: all of them, a share for a partly right answer where the lesson allows it, or 0.
    public var points: Double
    /// Everything the student is told, in plain words.
    public var message: String
    /// The same on one line, for a gradebook.
    public var summary: String
    /// The author's known mistake the answer matched, if any.
    public var mistake: KnownMistake?
    /// The comparison on the lesson's corpus, when the answer gave rows.
    public var verdict: Verdict?
    /// Right on the lesson's articles but wrong on the check corpus: the answer writes out visible data.
    public var fittedToVisibleData: Bool
    /// The exercise itself is broken (its reference query fails), so no answer can be judged.
    public var exerciseBroken: Bool

    public init(
        passed: Bool, points: Double, message: String, summary: String? = nil, mistake: KnownMistake? = nil, verdict: Verdict? = nil,
        fittedToVisibleData: Bool = false, exerciseBroken: Bool = false
    ) {
        self.passed = passed
        self.points = points
        self.message = message
        self.summary = summary ?? message.split(separator: "\n").joined(separator: " ")
        self.mistake = mistake
        self.verdict = verdict
        self.fittedToVisibleData = fittedToVisibleData
        self.exerciseBroken = exerciseBroken
    }
}
