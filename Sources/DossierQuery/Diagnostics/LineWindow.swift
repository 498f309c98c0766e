/// The part of a long source line an error shows: a script or an article quoted as one may hold a line
/// of megabytes, and echoing all of it buries the message. Short lines are shown whole.
struct LineWindow: Equatable {
    /// The text to show, with `…` where it was cut.
    var text: String
    /// The 1-based column of the error within `text`.
    var column: Int
    /// How many columns of the range fit in `text` (at least 1).
    var width: Int

    static let maximumWidth = 160
    /// Columns kept before the error, so it is read in context.
    static let leadingContext = 60

    init(text: String, column: Int, width: Int) {
        self.text = text
        self.column = column
        self.width = width
    }

    init(line: String, column: Int, endColumn: Int) {
        let characters = Array(line)
        let width = max(1, endColumn - column)
        guard characters.count > Self.maximumWidth else {
            self.init(text: line, column: column, width: width)
            return
        }
        let start = max(0, min(column - 1 - Self.leadingContext, characters.count - Self.maximumWidth))
        let end = min(characters.count, start + Self.maximumWidth)
        let shown = (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
        let shownColumn = column - start + (start > 0 ? 1 : 0)
        self.init(text: shown, column: shownColumn, width: max(1, min(width, end - (column - 1))))
    }
}
