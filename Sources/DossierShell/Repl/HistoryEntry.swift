/// How a statement is stored in history.
public enum HistoryEntry {
    /// A statement typed over several lines becomes one entry. Its lines are joined with spaces so Up
    /// recalls it as one editable line; a `#` comment would swallow everything joined after it, so
    /// a statement with one keeps its newlines.
    public static func form(of statement: String) -> String {
        guard statement.contains("\n"), !statement.contains("#") else { return statement }
        return statement.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingSuffix() }
            .joined(separator: " ")
    }
}

private extension Substring {
    func trimmingSuffix() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }
}
