/// Where a statement goes on past the end of a line. The parser and the prompt's multi-line input
/// both follow this one rule, so whatever the prompt waits for more lines on, the parser accepts.
enum LineContinuation {
    /// Tokens after which a statement cannot end: `|`, `,`, `=`, and every binary operator or `.`.
    private static let trailingKinds: Set<Token.Kind> = [
        .pipe, .comma, .assign, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .plus, .minus, .star,
        .slash, .percent, .coalesce, .tilde, .notTilde, .dot,
    ]
    /// Word operators after which a statement cannot end.
    private static let trailingWords: Set<String> = ["and", "or", "not", "in", "has", "contains", "matches"]
    /// Words that cannot start a statement, so a line starting with one continues the one before.
    static let leadingWords: Set<String> = ["aggregate", "and", "or"]

    /// Whether a line ending in `token` must continue on the next line.
    static func continues(after token: Token) -> Bool {
        trailingKinds.contains(token.kind) || (token.kind == .identifier && trailingWords.contains(token.text))
    }

    /// Whether a line starting with `token` continues the statement before it.
    static func continues(before token: Token) -> Bool {
        token.kind == .pipe || (token.kind == .identifier && leadingWords.contains(token.text))
    }
}
