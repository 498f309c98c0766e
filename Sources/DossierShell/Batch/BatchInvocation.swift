/// What a batch run was asked to do, as the command line says it.
public struct BatchInvocation: Sendable {
    /// `-c` texts, run in order.
    public var commands: [String]
    /// `dossier run SCRIPT`: the script to run after the commands.
    public var script: String?
    /// Articles to load; empty means the built-in samples.
    public var paths: [String]
    public var format: OutputFormat
    /// `--arg name=value` pairs, bound as text variables before anything runs.
    public var arguments: [String]
    /// `--timings`: report load and per-statement times on standard error.
    public var reportsTimings: Bool

    public init(
        commands: [String] = [], script: String? = nil, paths: [String] = [], format: OutputFormat = .table,
        arguments: [String] = [], reportsTimings: Bool = false
    ) {
        self.commands = commands
        self.script = script
        self.paths = paths
        self.format = format
        self.arguments = arguments
        self.reportsTimings = reportsTimings
    }

    /// Splits `name=value`; nil with a reason when the text is not that shape.
    static func parseArgument(_ text: String) -> Result<(String, String), BatchUsageError> {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            return .failure(BatchUsageError("--arg wants name=value, not \"\(text)\""))
        }
        let name = String(text[..<equals])
        let isName = name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
            && !("0"..."9").contains(name.unicodeScalars.first!)
        guard isName else { return .failure(BatchUsageError("--arg name \"\(name)\" must be letters, digits and _")) }
        return .success((name, String(text[text.index(after: equals)...])))
    }
}

/// A mistake on the command line, reported before anything runs.
public struct BatchUsageError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
