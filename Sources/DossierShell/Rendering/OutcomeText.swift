import DossierQuery

/// Turns what a statement produced into text: results in the chosen format on standard output;
/// warnings and errors (rendered with their source line and caret) on standard error. Everything
/// passes through `TerminalSafeText`, since queries quote article text back.
public struct OutcomeText: Sendable {
    public var format: OutputFormat
    /// The terminal's width, for tables.
    public var width: Int
    /// Whether `let` and `def` report what they bound (the shell does; scripts stay quiet).
    public var reportsDefinitions: Bool

    public init(format: OutputFormat, width: Int = 100, reportsDefinitions: Bool = false) {
        self.format = format
        self.width = width
        self.reportsDefinitions = reportsDefinitions
    }

    /// The text for standard output and for standard error (either may be empty).
    public func text(for outcome: Outcome) -> (output: String, errors: String) {
        switch outcome {
        case .rows(let result): (format.render(result, width: width), "")
        case .value(let cell):
            (format == .json || format == .jsonl ? JSONRenderer.value(cell) + "\n" : CellText.of(cell) + "\n", "")
        case .assigned(let name, let summary):
            (reportsDefinitions ? TerminalSafeText.escape("\(name) = \(summary)") + "\n" : "", "")
        case .defined(let definition):
            (reportsDefinitions ? TerminalSafeText.escape("defined \(definition.name)") + "\n" : "", "")
        case .explanation(let explanation): (TerminalSafeText.escape(explanation.rendered, keepingLayout: true) + "\n", "")
        case .include: ("", "")
        case .warning(let warning): ("", Self.diagnostic(warning, severity: "warning"))
        }
    }

    /// An error or warning as `name:line:col: error: …`, the line, a caret, and `help:`.
    public static func diagnostic(_ error: QueryError, severity: String = "error") -> String {
        TerminalSafeText.escape(error.rendered(as: severity), keepingLayout: true) + "\n"
    }
}
