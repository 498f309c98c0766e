import DossierQuery

/// A cell as text for people: article text is untrusted, so every control character and escape
/// sequence in it is shown escaped (`\e`, `\n`) rather than sent to the terminal.
enum CellText {
    static func of(_ cell: Cell) -> String { TerminalSafeText.escape(cell.plainText) }

    /// Numbers line up on the right in tables.
    static func isNumeric(_ cell: Cell) -> Bool {
        switch cell {
        case .int, .number: true
        default: false
        }
    }
}
