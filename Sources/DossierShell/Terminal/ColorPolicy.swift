/// When the shell colours its output: the `--color` option.
public enum ColorChoice: String, Sendable, CaseIterable {
    case auto, always, never

    /// Whether to colour a stream. An explicit `always` or `never` wins; under `auto`, NO_COLOR (any
    /// non-empty value) turns colour off, FORCE_COLOR (non-empty, not "0") turns it on, TERM=dumb
    /// turns it off, and otherwise colour follows whether the stream is a terminal.
    public func usesColor(environment: [String: String], isTerminal: Bool) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if let force = environment["FORCE_COLOR"], !force.isEmpty, force != "0" { return true }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }
}

/// The few ANSI styles the shell uses; all of them vanish when colour is off.
public struct ShellStyle: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public func prompt(_ text: String) -> String { wrap(text, "1;32") }
    public func error(_ text: String) -> String { wrap(text, "1;31") }
    public func warning(_ text: String) -> String { wrap(text, "33") }
    public func emphasis(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
