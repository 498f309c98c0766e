/// What the REPL got from the user: a whole statement, however many lines it took.
public enum StatementInput: Equatable, Sendable {
    /// The statement's lines joined with newlines, so query errors point at the right line.
    case statement(String)
    /// Ctrl-C: whatever was typed so far is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case endOfInput
}

/// Reads a statement across continuation lines. A dot-command is always one line; a query goes on
/// while `isComplete` says it is unfinished (an open bracket or quote, a trailing `|`).
public struct StatementReader {
    public var reader: LineReader
    public var isComplete: (String) -> Bool

    public init(reader: LineReader, isComplete: @escaping (String) -> Bool) {
        self.reader = reader
        self.isComplete = isComplete
    }

    public func next(prompt: String, continuationPrompt: String) -> StatementInput {
        var lines: [String] = []
        while true {
            switch reader.readLine(prompt: lines.isEmpty ? prompt : continuationPrompt) {
            case .interrupted:
                return .interrupted
            case .endOfInput:
                return .endOfInput
            case .line(let line):
                if lines.isEmpty {
                    if line.allSatisfy(\.isWhitespace) { continue }
                    if DotCommandLine.isDotCommand(line) { return .statement(line) }
                }
                lines.append(line)
                let text = lines.joined(separator: "\n")
                if isComplete(text) { return .statement(text) }
            }
        }
    }
}

/// Recognises dot-command lines: a `.` followed by a letter, after optional spaces.
public enum DotCommandLine {
    public static func isDotCommand(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.first == ".", let second = trimmed.dropFirst().first else { return false }
        return second.isLetter
    }
}
