/// One word the shell can offer at the cursor.
public struct CompletionCandidate: Hashable, Sendable {
    /// The text that replaces the word being completed.
    public var text: String
    /// What follows when this is the only candidate: a space after a command, nothing after a folder.
    public var terminator: String

    public init(_ text: String, terminator: String = " ") {
        self.text = text
        self.terminator = terminator
    }
}

/// What Tab offers: the word being completed (a range of UTF-8 offsets in the line, ending at the
/// cursor) and the candidates that may replace it.
public struct Completion: Equatable, Sendable {
    public var replacing: Range<Int>
    public var candidates: [CompletionCandidate]

    public init(replacing: Range<Int>, candidates: [CompletionCandidate]) {
        self.replacing = replacing
        self.candidates = candidates
    }

    /// Nothing to offer.
    public static func none(at cursor: Int) -> Completion { Completion(replacing: cursor..<cursor, candidates: []) }
}

/// Computes completions for a line and a cursor (a UTF-8 offset into the line).
public typealias Completer = (_ line: String, _ cursor: Int) -> Completion

/// What the line editor does with a `Completion` when Tab is pressed.
public enum CompletionEdit: Equatable, Sendable {
    /// Nothing matches: ring the bell.
    case beep
    /// Replace the word with this text (one candidate, or the candidates' longer common prefix).
    case replace(with: String)
    /// Several candidates and nothing more to insert: show them.
    case list([String])

    /// Decides the edit for `word`, the text the completion replaces.
    public static func decide(word: String, candidates: [CompletionCandidate]) -> CompletionEdit {
        // A name from an article may hold control characters; inserted, the line editor would echo them raw.
        let candidates = candidates.filter { TerminalSafeText.escape($0.text) == $0.text }
        guard let first = candidates.first else { return .beep }
        if candidates.count == 1 { return .replace(with: first.text + first.terminator) }
        let common = candidates.dropFirst().reduce(first.text) { commonPrefix($0, $1.text) }
        if common.count > word.count || (common.count == word.count && common != word && !common.isEmpty) {
            return .replace(with: common)
        }
        return .list(candidates.map(\.text))
    }

    private static func commonPrefix(_ lhs: String, _ rhs: String) -> String {
        String(zip(lhs, rhs).prefix { $0 == $1 }.map(\.0))
    }
}
