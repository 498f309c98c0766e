extension DotCommand {
    static let quit = DotCommand(
        name: "quit",
        summary: "leave the shell (also .exit, or Ctrl-D on an empty line)",
        details: """
        Leaves the shell. History is already saved: every statement is written when it is entered.

            .quit
        """
    ) { arguments, shell throws(ShellError) in
        try arguments.expectNone(for: "quit")
        shell.quitRequested = true
    }
}

extension DotArguments {
    /// Fails when a command that takes no arguments got some.
    func expectNone(for command: String) throws(ShellError) {
        guard words.isEmpty else { throw ShellError("`.\(command)` takes no arguments (got `\(raw)`)") }
    }

    /// The single word among `choices`, or an error that lists them.
    func expectChoice(_ choices: [String], for command: String) throws(ShellError) -> String {
        guard words.count == 1, let word = words.first, choices.contains(word.lowercased()) else {
            throw ShellError("`.\(command)` takes one of " + choices.map { "`\($0)`" }.joined(separator: ", ")
                             + (words.isEmpty ? "" : " (got `\(raw)`)"))
        }
        return word.lowercased()
    }
}
