extension DotCommand {
    static let save = DotCommand(
        name: "save", arguments: "FILE",
        summary: "write this session's successful queries to FILE as a script",
        details: """
        Writes every query of this session that ran without error, in order, to FILE, so
        `.read FILE` or `dossier run FILE` replays the analysis. Dot-commands are not included (the
        script runs against whatever articles are loaded when it is replayed). The file is replaced
        atomically: a crash never leaves half a script.

            .save my-analysis.dq
        """,
        completion: .paths
    ) { arguments, shell throws(ShellError) in
        guard arguments.words.count == 1, let path = arguments.paths(home: shell.configuration.environment["HOME"]).first else {
            throw ShellError("`.save` takes one file name, e.g. `.save analysis.dq`")
        }
        let statements = shell.successfulStatements
        var script = "# Saved from a dossier session: \(statements.count) statement\(statements.count == 1 ? "" : "s").\n"
        for statement in statements { script += statement + "\n" }
        do throws(FileError) {
            try AtomicFileWrite.replace(path, with: script)
        } catch {
            throw ShellError("cannot save to \(TerminalSafeText.escape(error.description))")
        }
        shell.output.write("saved \(statements.count) statement\(statements.count == 1 ? "" : "s") to \(TerminalSafeText.escape(path))\n")
    }
}
