/// A student's progress through one lesson: what is solved (with the points earned), skipped,
/// how many hints were taken, and where they were.
public struct Progress: Sendable, Equatable {
    public var solved: [String: Double] = [:]
    public var skipped: Set<String> = []
    public var hintsTaken: [String: Int] = [:]
    public var current: String?

    public init() {}

    public var score: Double { LessonChecker.rounded(solved.values.reduce(0, +)) }

    /// The progress as a small text file, one fact per line (see Docs/teaching.md).
    public var encoded: String {
        var lines = ["# dossier lesson progress, version 1"]
        if let current { lines.append("current \(current)") }
        for id in solved.keys.sorted() { lines.append("solved \(id) \(ScoreText.format(solved[id]!))") }
        for id in skipped.sorted() { lines.append("skipped \(id)") }
        for id in hintsTaken.keys.sorted() { lines.append("hints \(id) \(hintsTaken[id]!)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a progress file. Exercise ids the lesson no longer has are dropped.
    public static func decode(_ text: String, path: String, exerciseIDs: Set<String>) throws(LessonError) -> Progress {
        var progress = Progress()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = line.split(separator: " ").map(String.init)
            guard let keyword = words.first, !keyword.hasPrefix("#") else { continue }
            func failure() -> LessonError {
                LessonError(path: path, line: index + 1, column: 1, message: "not a line of a progress file", lineText: String(line))
            }
            switch (keyword, words.count) {
            case ("current", 2): progress.current = exerciseIDs.contains(words[1]) ? words[1] : nil
            case ("solved", 3):
                guard let points = Double(words[2]), points >= 0 else { throw failure() }
                if exerciseIDs.contains(words[1]) { progress.solved[words[1]] = points }
            case ("skipped", 2): if exerciseIDs.contains(words[1]) { progress.skipped.insert(words[1]) }
            case ("hints", 3):
                guard let count = Int(words[2]), count >= 0 else { throw failure() }
                if exerciseIDs.contains(words[1]) { progress.hintsTaken[words[1]] = count }
            default: throw failure()
            }
        }
        return progress
    }
}

/// Points as people write them: `2`, `2.5`, `0.33`.
enum ScoreText {
    static func format(_ points: Double) -> String {
        let rounded = LessonChecker.rounded(points)
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
