extension DotCommand {
    static let load = DotCommand(
        name: "load", arguments: "PATHS…",
        summary: "read articles from files, folders or globs, replacing those loaded",
        details: """
        Reads the articles at PATHS (files, folders searched for .txt and .md files, or globs such as
        "notes/*.md") and makes them the articles every query runs on. Files that cannot be read are
        listed and skipped; the others load. Variables and `_` refer to the old articles, so they are
        cleared; functions stay. Ctrl-C stops a long load and keeps the articles loaded before.

            .load ~/articles/central-asia
            .load "reports/2024-*.txt" extra.md
        """,
        completion: .paths
    ) { arguments, shell throws(ShellError) in
        guard !arguments.words.isEmpty else {
            throw ShellError("`.load` takes files, folders or globs, e.g. `.load articles/*.txt`")
        }
        let paths = arguments.paths(home: shell.configuration.environment["HOME"])
        let started = ContinuousClock.now
        // The same loading as `dossier PATHS` and batch runs, so a path means the same everywhere.
        InterruptSignal.clear()
        let loaded = CorpusSource.load(paths: paths, isCancelled: { InterruptSignal.isRaised })
        if loaded.cancelled {
            InterruptSignal.clear()
            throw ShellError("cancelled (Ctrl-C); the loaded articles are unchanged")
        }
        for problem in loaded.problems { shell.warn(TerminalSafeText.escape(problem)) }
        guard !loaded.fatal else { throw ShellError("the loaded articles are unchanged") }
        shell.session.replaceCorpus(loaded.corpus)
        shell.corpusOrigin = paths.joined(separator: " ")
        let elapsed = Shell.format(ContinuousClock.now - started)
        shell.output.write("loaded \(loaded.corpus.summary) in \(elapsed)\n")
    }
}
