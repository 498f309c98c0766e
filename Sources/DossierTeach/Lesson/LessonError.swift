/// A mistake in a lesson file, placed at its line and column so the author can go straight to it.
public struct LessonError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    /// The offending line, shown under the message with a caret.
    public var lineText: String?

    public init(path: String, line: Int, column: Int, message: String, lineText: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.lineText = lineText
    }

    /// `path:line:col: error: message`, then the line and a caret under the column.
    public var description: String {
        var text = "\(path):\(line):\(column): error: \(message)"
        if let lineText, !lineText.isEmpty {
            let lead = String(lineText.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " })
            text += "\n \(line) | \(lineText)\n \(String(repeating: " ", count: String(line).count)) | \(lead)^"
        }
        return text
    }
}
