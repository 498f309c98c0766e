/// A shell command that starts with a dot, in the sqlite and DuckDB tradition: it acts on the shell
/// (loading articles, choosing the output format, saving the session) rather than querying.
public struct DotCommand: Sendable {
    /// What Tab offers after the command's name.
    public enum ArgumentCompletion: Sendable {
        case none
        /// File and folder paths.
        case paths
        /// A fixed set of words.
        case words([String])
        /// The names of the shell's sources (`.schema`).
        case sources
        /// Help topics: command names.
        case helpTopics
    }

    /// The name without the dot.
    public let name: String
    /// The arguments as shown in help: `PATHS…`, `on|off`.
    public let arguments: String
    /// One line for the `.help` overview.
    public let summary: String
    /// The full help for `.help NAME`, with examples to try.
    public let details: String
    public let completion: ArgumentCompletion
    let action: @Sendable (DotArguments, Shell) throws(ShellError) -> Void

    init(
        name: String, arguments: String = "", summary: String, details: String,
        completion: ArgumentCompletion = .none,
        action: @escaping @Sendable (DotArguments, Shell) throws(ShellError) -> Void
    ) {
        self.name = name
        self.arguments = arguments
        self.summary = summary
        self.details = details
        self.completion = completion
        self.action = action
    }

    /// `.name ARGUMENTS`, as the help shows it.
    public var usage: String { arguments.isEmpty ? "." + name : "." + name + " " + arguments }
}
