/// One student's answers to a lesson, as read from an answer file.
public struct Submission: Sendable, Equatable {
    public struct Answer: Sendable, Equatable {
        public var exercise: String
        public var text: String
        /// The line of the answer's first query line, so query errors point into the file.
        public var line: Int
    }

    public var student: String
    public var path: String
    public var answers: [Answer]

    public func answer(to exercise: String) -> Answer? { answers.first { $0.exercise == exercise } }
}

/// Reads answer files: a `# student: NAME` line, then one `## EXERCISE-ID` heading per answer with the
/// query text below it (see `Docs/teaching.md`).
public enum SubmissionParser {
    public static func parse(_ text: String, path: String, exerciseIDs: Set<String>) throws(LessonError) -> Submission {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        var student: (name: String, line: Int)?
        var answers: [Submission.Answer] = []
        var current: (exercise: String, line: Int, body: [String])?

        func close() {
            guard let block = current else { return }
            var body = block.body
            while let last = body.last, last.allSatisfy(\.isWhitespace) { body.removeLast() }
            var leading = 0
            while leading < body.count, body[leading].allSatisfy(\.isWhitespace) { leading += 1 }
            answers.append(Submission.Answer(
                exercise: block.exercise, text: body[leading...].joined(separator: "\n"), line: block.line + 1 + leading))
            current = nil
        }

        for (index, line) in lines.enumerated() {
            let number = index + 1
            func failure(_ message: String, column: Int = 1) -> LessonError {
                LessonError(path: path, line: number, column: column, message: message, lineText: line)
            }
            if line.hasPrefix("## ") || line == "##" {
                close()
                let id = RowTableText.trim(String(line.dropFirst(2)))
                guard !id.isEmpty else { throw failure("`##` must be followed by an exercise id, e.g. `## first-steps`", column: 3) }
                guard exerciseIDs.contains(id) else {
                    throw failure("the lesson has no exercise `\(id)`; it has " + exerciseIDs.sorted().joined(separator: ", "), column: 4)
                }
                if let earlier = answers.first(where: { $0.exercise == id }) {
                    throw failure("exercise `\(id)` is answered twice (first at line \(earlier.line - 1))", column: 4)
                }
                guard student != nil else { throw failure("the file must start with `# student: NAME` before its first answer") }
                current = (id, number, [])
                continue
            }
            if current != nil {
                current!.body.append(line)
                continue
            }
            let trimmed = RowTableText.trim(line)
            if trimmed.isEmpty { continue }
            if trimmed.lowercased().hasPrefix("# student:") {
                guard student == nil else { throw failure("the student is named twice (first at line \(student!.line))") }
                let name = RowTableText.trim(String(trimmed.dropFirst("# student:".count)))
                guard !name.isEmpty else { throw failure("`# student:` needs the student's name", column: 11) }
                student = (name, number)
                continue
            }
            if trimmed.hasPrefix("#") { continue }
            throw failure("text before the first `## EXERCISE-ID` heading; put each answer under the heading of its exercise")
        }
        close()
        guard let student else {
            throw LessonError(path: path, line: 1, column: 1, message: "the file does not name its student; start it with `# student: NAME`")
        }
        return Submission(student: student.name, path: path, answers: answers)
    }
}
