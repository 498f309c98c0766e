/// An exercise while its keys are being read.
struct ExerciseDraft {
    var id: String
    var line: Int
    var title: String?
    var prompt: String?
    var expected: ExpectedResult?
    var expectedLine = 0
    var alternatives: [String] = []
    var comparison = Comparison()
    var points: Double = 1
    var allowsPartialCredit = false
    var showsMissingExample = true
    var revealsAnswer = false
    var hints: [String] = []
    var mistakes: [KnownMistake] = []
    var pendingWrong: (KnownMistake.Answer, line: Int)?
    var explanation: String?
    var prerequisites: [(String, LessonEntry)] = []

    init(id: String, line: Int) {
        self.id = id
        self.line = line
    }

    func build(path: String, knownIDs: Set<String>) throws(LessonError) -> Exercise {
        func problem(_ message: String) -> LessonError { LessonError(path: path, line: line, column: 1, message: message) }
        if let pending = pendingWrong {
            throw LessonError(path: path, line: pending.line, column: 1, message: "this wrong answer needs a `feedback:` line right after it")
        }
        guard let prompt else { throw problem("exercise `\(id)` has no `prompt:`") }
        guard let expected else { throw problem("exercise `\(id)` needs an `answer:` (a reference query) or `expected:` rows") }
        for (name, entry) in prerequisites {
            let column = (entry.lineText.range(of: name).map { entry.lineText.distance(from: entry.lineText.startIndex, to: $0.lowerBound) } ?? 0) + 1
            guard knownIDs.contains(name) else {
                throw LessonError(path: path, line: entry.line, column: column,
                                  message: "exercise `\(id)` requires `\(name)`, but the lesson has no exercise with that id", lineText: entry.lineText)
            }
            guard name != id else {
                throw LessonError(path: path, line: entry.line, column: column, message: "an exercise cannot require itself", lineText: entry.lineText)
            }
        }
        if case .orderedBy(let names) = comparison.order, case .rows(let table) = expected {
            let lowered = Set(table.columns.map { $0.lowercased() })
            if let missing = names.first(where: { !lowered.contains($0.lowercased()) }) {
                throw problem("exercise `\(id)` is compared `ordered by \(missing)`, but its expected rows have no such column")
            }
        }
        return Exercise(
            id: id, title: title, prompt: prompt, expected: expected, alternatives: alternatives, comparison: comparison,
            points: points, allowsPartialCredit: allowsPartialCredit, showsMissingExample: showsMissingExample,
            revealsAnswer: revealsAnswer, hints: hints, mistakes: mistakes, explanation: explanation,
            prerequisites: prerequisites.map(\.0), line: line)
    }
}
