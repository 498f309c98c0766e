/// A file of statements run by the shell itself (the startup file, `.read`): queries as in any
/// script, plus dot-command lines, which the shell runs where they stand.
///
/// Query lines between dot-commands are run as one chunk, exactly as `dossier run` would run them
/// (a line starting with `|` continues the statement above), and errors point at the file's own
/// lines and columns.
struct ShellScript {
    enum Part: Equatable {
        /// Query text starting at `line` (1-based) of the file.
        case queries(String, line: Int)
        case dotCommand(String, line: Int)
    }

    let parts: [Part]

    /// Splits `text`; a line is a dot-command only where a statement may start.
    init(_ text: String, isComplete: (String) -> Bool) {
        var parts: [Part] = []
        var chunk: [Substring] = []
        var chunkLine = 1
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            if DotCommandLine.isDotCommand(String(line)) && (chunk.isEmpty || isComplete(chunk.joined(separator: "\n"))) {
                if Self.hasStatements(chunk) { parts.append(.queries(chunk.joined(separator: "\n"), line: chunkLine)) }
                chunk = []
                parts.append(.dotCommand(String(line), line: number))
                continue
            }
            if chunk.isEmpty { chunkLine = number }
            chunk.append(line)
        }
        if Self.hasStatements(chunk) { parts.append(.queries(chunk.joined(separator: "\n"), line: chunkLine)) }
        self.parts = parts
    }

    /// Whether some line is more than blanks and a `#` comment.
    private static func hasStatements(_ lines: [Substring]) -> Bool {
        lines.contains { line in
            guard let first = line.first(where: { !$0.isWhitespace }) else { return false }
            return first != "#"
        }
    }
}

extension ShellScript.Part {
    /// The query text preceded by blank lines, so the query language counts lines as the file does.
    var textAlignedToFile: String {
        switch self {
        case .queries(let text, let line), .dotCommand(let text, let line):
            String(repeating: "\n", count: line - 1) + text
        }
    }
}
