/// Everything that can go wrong in a query: where, what, and how to fix it.
///
/// Errors are made with a range into the chunk being run; the session attaches the chunk's name and
/// text before handing the error out, so `rendered` can show the line with a caret under the bad part.
public struct QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of failure, for callers that react differently (the shell's Ctrl-C, exit codes).
    public enum Kind: String, Sendable, Equatable {
        case syntax, name, type, limit, runtime, cancelled
    }

    public var kind: Kind
    public var message: String
    public var range: SourceRange?
    /// One sentence on how to fix it ("did you mean `claims`?").
    public var help: String?
    /// The name of the chunk (a file name, `query`, `-c #2`) once the session has attached it.
    public var sourceName: String?
    /// The chunk's text once the session has attached it.
    public var sourceText: String?

    public init(_ message: String, at range: SourceRange?, help: String? = nil, kind: Kind = .syntax) {
        self.kind = kind
        self.message = message
        self.range = range
        self.help = help
    }

    /// The session stops with this when its cancellation check says so.
    public static let cancelled = QueryError("cancelled", at: nil, kind: .cancelled)

    /// Line and column of the error in its chunk, when both are known.
    public var location: SourceLocation? {
        guard let range, let sourceText else { return nil }
        return SourceLocation(of: range, in: sourceText)
    }

    /// `name:line:col: error: message`, the source line with a caret underline, then `help:`.
    public var rendered: String { rendered(as: "error") }

    /// The same, with another word than `error` (`warning`).
    public func rendered(as severity: String) -> String {
        var lines: [String] = []
        let name = sourceName ?? "query"
        guard let location else {
            lines.append("\(name): \(severity): \(message)")
            if let help { lines.append("help: \(help)") }
            return lines.joined(separator: "\n")
        }
        lines.append("\(name):\(location.line):\(location.column): \(severity): \(message)")
        let gutter = String(location.line)
        let pad = String(repeating: " ", count: gutter.count)
        let window = LineWindow(line: location.lineText, column: location.column, endColumn: location.endColumn)
        lines.append(" \(gutter) | \(window.text)")
        let lead = String(window.text.prefix(window.column - 1).map { $0 == "\t" ? "\t" : " " })
        let marks = String(repeating: "^", count: window.width)
        lines.append(" \(pad) | \(lead)\(marks)")
        if let help { lines.append("help: \(help)") }
        return lines.joined(separator: "\n")
    }

    public var description: String { rendered }

    /// The same error, placed in a named chunk of source.
    func located(in name: String, text: String) -> QueryError {
        var copy = self
        if copy.sourceName == nil {
            copy.sourceName = name
            copy.sourceText = text
        }
        return copy
    }
}
