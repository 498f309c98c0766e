/// One lexical unit of query source.
public struct Token: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case identifier, integer, decimal, string, date
        case pipe = "|", comma = ",", semicolon = ";", dot = "."
        case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
        case assign = "=", equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
        case greaterEqual = ">=", plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
        case coalesce = "??", tilde = "~", notTilde = "!~"
        case newline, end
    }

    public var kind: Kind
    /// The token's text as written (for strings: the decoded contents, without quotes or escapes).
    public var text: String
    public var range: SourceRange

    public init(_ kind: Kind, _ text: String, _ range: SourceRange) {
        self.kind = kind
        self.text = text
        self.range = range
    }

    /// How the token reads in an error message.
    var quoted: String {
        switch kind {
        case .identifier, .integer, .decimal, .date: "`\(text)`"
        case .string: "a string"
        case .newline: "the end of the line"
        case .end: "the end of the input"
        default: "`\(kind.rawValue)`"
        }
    }
}
