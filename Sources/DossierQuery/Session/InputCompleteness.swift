/// Decides whether typed text is a whole statement or continues on the next line.
enum InputCompleteness {
    static func isComplete(_ text: String) -> Bool {
        var lexer = Lexer(text)
        var depth = 0
        var last: Token?
        while true {
            let token: Token
            do {
                token = try lexer.next()
            } catch {
                // An unclosed string runs to the end of the text, so more lines may close it.
                return !error.message.contains("never closed")
            }
            switch token.kind {
            case .end:
                guard depth <= 0 else { return false }
                guard let last else { return true }
                return !LineContinuation.continues(after: last)
            case .leftParen, .leftBracket: depth += 1
            case .rightParen, .rightBracket: depth -= 1
            case .newline: continue
            default: break
            }
            last = token
        }
    }
}

extension QuerySession {
    /// Whether `text` can run as it is, or needs more lines: an open bracket or quote, or a last line
    /// ending in `|`, `,`, `=` or an operator, continues.
    public func isComplete(_ text: String) -> Bool { InputCompleteness.isComplete(text) }
}
