extension DotCommand {
    static let read = DotCommand(
        name: "read", arguments: "FILE",
        summary: "run the statements in FILE, as if typed",
        details: """
        Runs a script: queries (one per line, or continued after `|` and open brackets) and dot-command
        lines, stopping at the first error, which names the file, line and column. A script saved
        with `.save` replays the session it came from. `include "other.dq"` inside it runs another
        script, relative to it.

            .read my-analysis.dq
        """,
        completion: .paths
    ) { arguments, shell throws(ShellError) in
        guard arguments.words.count == 1, let path = arguments.paths(home: shell.configuration.environment["HOME"]).first else {
            throw ShellError("`.read` takes one script file, e.g. `.read analysis.dq`")
        }
        guard try shell.runScript(at: path) else {
            throw ShellError("\(TerminalSafeText.escape(path)) stopped at the error above")
        }
    }
}
