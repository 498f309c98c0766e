import ArgumentParser
import DossierShell

/// `dossier run SCRIPT [PATHS…]`: runs a script of statements; `#!/usr/bin/env -S dossier run` makes one executable.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script of query statements, then exit.",
        discussion: "Exit status: 0 ok, 1 query error in -c, 2 usage or input error, 3 script stopped at an error."
    )

    @Argument(help: "The script to run (statements separated by newlines or `;`).")
    var script: String

    @Argument(help: "Article files, folders or globs to load (default: the built-in sample articles).")
    var paths: [String] = []

    @OptionGroup(title: "Batch")
    var batch: BatchOptions

    func run() throws {
        let status = BatchMain.run(batch.invocation(paths: paths, script: script))
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
