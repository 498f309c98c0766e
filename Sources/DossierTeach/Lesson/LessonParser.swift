import DossierQuery

/// Reads the lesson format described in `Docs/teaching.md`. Every mistake is reported at its
/// `file:line:col` with what was expected there.
public enum LessonParser {
    static let lessonKeys: Set<String> = ["title", "intro", "corpus", "check-corpus", "exercise"]
    static let exerciseKeys: Set<String> = [
        "exercise", "title", "prompt", "answer", "accept", "expected", "compare", "columns", "points", "partial-credit",
        "show-missing", "reveal-answer", "hint", "wrong", "wrong-rows", "feedback", "explanation", "requires",
    ]

    /// Parses lesson text. `path` names the file in messages, and relative corpus paths are resolved
    /// against its folder.
    public static func parse(_ text: String, path: String) throws(LessonError) -> Lesson {
        var state = State(path: path)
        for entry in try LessonEntries.split(text, path: path) {
            try state.take(entry)
        }
        return try state.finish()
    }

    private struct State {
        let path: String
        var title: String?
        var introduction: String?
        var corpus: [String] = []
        var checkCorpus: [String] = []
        var exercises: [ExerciseDraft] = []

        init(path: String) { self.path = path }

        func error(_ entry: LessonEntry, _ message: String, column: Int? = nil) -> LessonError {
            LessonError(path: path, line: entry.line, column: column ?? 1, message: message, lineText: entry.lineText)
        }

        mutating func take(_ entry: LessonEntry) throws(LessonError) {
            if entry.key == "exercise" {
                let id = entry.inlineValue
                guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                    throw error(entry, "an exercise needs an id of letters, digits, `-` and `_`, e.g. `exercise: first-claims`",
                                column: entry.valueColumn)
                }
                if let earlier = exercises.first(where: { $0.id == id }) {
                    throw error(entry, "exercise `\(id)` is already defined at line \(earlier.line)", column: entry.valueColumn)
                }
                exercises.append(ExerciseDraft(id: id, line: entry.line))
                return
            }
            if exercises.isEmpty {
                try takeLessonKey(entry)
            } else {
                try takeExerciseKey(entry)
            }
        }

        private mutating func takeLessonKey(_ entry: LessonEntry) throws(LessonError) {
            switch entry.key {
            case "title": title = try required(entry)
            case "intro": introduction = try required(entry)
            case "corpus": corpus.append(try required(entry))
            case "check-corpus": checkCorpus.append(try required(entry))
            default:
                if Self.exerciseKeysOnly.contains(entry.key) {
                    throw error(entry, "`\(entry.key)` belongs to an exercise; start one first with `exercise: ID`")
                }
                throw error(entry, unknownKeyMessage(entry.key, known: LessonParser.lessonKeys))
            }
        }

        static let exerciseKeysOnly = LessonParser.exerciseKeys.subtracting(LessonParser.lessonKeys)

        private mutating func takeExerciseKey(_ entry: LessonEntry) throws(LessonError) {
            var draft = exercises.removeLast()
            defer { exercises.append(draft) }
            if draft.pendingWrong != nil, entry.key != "feedback" {
                throw error(entry, "the wrong answer at line \(draft.pendingWrong!.line) needs a `feedback:` line right after it")
            }
            switch entry.key {
            case "title": draft.title = try required(entry)
            case "prompt": draft.prompt = try once(draft.prompt, entry)
            case "answer":
                guard draft.expected == nil else { throw error(entry, "this exercise already has its expected result (line \(draft.expectedLine))") }
                draft.expected = .query(try required(entry))
                draft.expectedLine = entry.line
            case "expected":
                guard draft.expected == nil else { throw error(entry, "this exercise already has its expected result (line \(draft.expectedLine))") }
                draft.expected = .rows(try rows(entry))
                draft.expectedLine = entry.line
            case "accept": draft.alternatives.append(try required(entry))
            case "compare": draft.comparison.order = try order(entry)
            case "columns":
                switch entry.inlineValue.lowercased() {
                case "by name", "by-name", "name": draft.comparison.columns = .byName
                case "by position", "by-position", "position": draft.comparison.columns = .byPosition
                default: throw error(entry, "`columns` is `by name` or `by position`", column: entry.valueColumn)
                }
            case "points":
                guard let points = Double(entry.inlineValue), points >= 0, points.isFinite else {
                    throw error(entry, "`points` is a number of 0 or more, e.g. `points: 2`", column: entry.valueColumn)
                }
                draft.points = points
            case "partial-credit": draft.allowsPartialCredit = try flag(entry)
            case "show-missing": draft.showsMissingExample = try flag(entry)
            case "reveal-answer": draft.revealsAnswer = try flag(entry)
            case "hint": draft.hints.append(try required(entry))
            case "wrong": draft.pendingWrong = (.query(try required(entry)), entry.line)
            case "wrong-rows": draft.pendingWrong = (.rows(try rows(entry)), entry.line)
            case "feedback":
                guard let (answer, line) = draft.pendingWrong else {
                    throw error(entry, "`feedback` explains a wrong answer; put a `wrong:` or `wrong-rows:` just before it")
                }
                draft.mistakes.append(KnownMistake(answer: answer, message: try required(entry), line: line))
                draft.pendingWrong = nil
            case "explanation": draft.explanation = try once(draft.explanation, entry)
            case "requires":
                for name in entry.inlineValue.split(separator: ",").map({ RowTableText.trim(String($0)) }) where !name.isEmpty {
                    draft.prerequisites.append((name, entry))
                }
            default:
                if entry.key == "intro" || entry.key == "corpus" || entry.key == "check-corpus" {
                    throw error(entry, "`\(entry.key)` belongs to the lesson; put it before the first `exercise:`")
                }
                throw error(entry, unknownKeyMessage(entry.key, known: LessonParser.exerciseKeys))
            }
        }

        private func required(_ entry: LessonEntry) throws(LessonError) -> String {
            let value = entry.value
            guard !value.allSatisfy(\.isWhitespace) else {
                throw error(entry, "`\(entry.key)` needs a value, on the same line or indented on the lines below", column: entry.valueColumn)
            }
            return value
        }

        private func once(_ current: String?, _ entry: LessonEntry) throws(LessonError) -> String {
            guard current == nil else { throw error(entry, "this exercise already has a `\(entry.key)`") }
            return try required(entry)
        }

        private func flag(_ entry: LessonEntry) throws(LessonError) -> Bool {
            switch entry.inlineValue.lowercased() {
            case "yes", "true", "on": return true
            case "no", "false", "off": return false
            default: throw error(entry, "`\(entry.key)` is `yes` or `no`", column: entry.valueColumn)
            }
        }

        private func order(_ entry: LessonEntry) throws(LessonError) -> Comparison.Order {
            let value = entry.inlineValue.lowercased()
            switch value {
            case "unordered", "rows": return .unordered
            case "set": return .set
            case "ordered", "in order": return .ordered
            default:
                for prefix in ["ordered by ", "ordered-by "] where value.hasPrefix(prefix) {
                    let names = entry.inlineValue.dropFirst(prefix.count).split(separator: ",").map { RowTableText.trim(String($0)) }
                    if !names.isEmpty, !names.contains("") { return .orderedBy(names) }
                }
                throw error(entry, "`compare` is `unordered`, `set`, `ordered` or `ordered by COLUMN, …`", column: entry.valueColumn)
            }
        }

        private func rows(_ entry: LessonEntry) throws(LessonError) -> RowTable {
            let lines = entry.inlineValue.isEmpty ? entry.block : [entry.inlineValue] + entry.block
            let firstLine = entry.inlineValue.isEmpty ? entry.blockLine : entry.line
            do {
                return try RowTableText.parse(lines)
            } catch {
                let offset = lines.isEmpty ? 0 : min(error.lineOffset, lines.count - 1)
                let isBlockLine = !(offset == 0 && !entry.inlineValue.isEmpty)
                throw LessonError(
                    path: path, line: firstLine + offset, column: isBlockLine ? 1 : entry.valueColumn, message: error.message,
                    lineText: isBlockLine ? nil : entry.lineText)
            }
        }

        private func unknownKeyMessage(_ key: String, known: Set<String>) -> String {
            if let guess = Suggestion.closest(to: key, in: known.sorted()) { return "unknown key `\(key)`; did you mean `\(guess)`?" }
            return "unknown key `\(key)`; known keys are " + known.sorted().map { "`\($0)`" }.joined(separator: ", ")
        }

        func finish() throws(LessonError) -> Lesson {
            let end = LessonError(path: path, line: 1, column: 1, message: "")
            guard let title else {
                var problem = end
                problem.message = "the lesson needs a `title:` line before its first exercise"
                throw problem
            }
            guard !exercises.isEmpty else {
                var problem = end
                problem.message = "the lesson has no exercises; start one with `exercise: ID`"
                throw problem
            }
            var built: [Exercise] = []
            let ids = Set(exercises.map(\.id))
            for draft in exercises {
                built.append(try draft.build(path: path, knownIDs: ids))
            }
            try checkPrerequisiteCycles(built)
            return Lesson(
                title: title, introduction: introduction, corpus: resolve(corpus), checkCorpus: checkCorpus.isEmpty ? nil : resolve(checkCorpus),
                exercises: built, path: path)
        }

        private func resolve(_ entries: [String]) -> CorpusChoice {
            if entries.isEmpty || entries == ["sample"] { return .sample }
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
            return .paths(entries.map { $0.hasPrefix("/") ? $0 : folder + "/" + $0 })
        }

        private func checkPrerequisiteCycles(_ exercises: [Exercise]) throws(LessonError) {
            let byID = Dictionary(exercises.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for exercise in exercises {
                var seen: Set<String> = []
                var frontier = exercise.prerequisites
                while let next = frontier.popLast() {
                    if next == exercise.id {
                        throw LessonError(path: path, line: exercise.line, column: 1,
                                          message: "exercise `\(exercise.id)` requires itself through its prerequisites, so it could never open")
                    }
                    if seen.insert(next).inserted { frontier += byID[next]?.prerequisites ?? [] }
                }
            }
        }
    }
}
