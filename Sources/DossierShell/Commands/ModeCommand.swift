extension DotCommand {
    static let mode = DotCommand(
        name: "mode", arguments: "[FORMAT]",
        summary: "choose how results are shown: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "),
        details: """
        Chooses how results are written: `table` (aligned, for reading), `markdown`, or `json`,
        `jsonl`, `csv`, `tsv` for other programs. Without an argument, says which is in use.

            .mode csv
            frameworks | select name, kind | take 3
            .mode table
        """,
        completion: .words(OutputFormat.allCases.map(\.rawValue))
    ) { arguments, shell throws(ShellError) in
        guard !arguments.words.isEmpty else {
            shell.output.write("results are shown as \(shell.format.rawValue)\n")
            return
        }
        let choice = try arguments.expectChoice(OutputFormat.allCases.map(\.rawValue), for: "mode")
        shell.format = OutputFormat(rawValue: choice)!
    }

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
        guard arguments.words.count == 1, let path = arguments.words.first else {
            throw ShellError("`.read` takes one script file, e.g. `.read analysis.dq`")
        }
        guard try shell.runScript(at: path) else {
            throw ShellError("\(TerminalSafeText.escape(path)) stopped at the error above")
        }
    }
}
