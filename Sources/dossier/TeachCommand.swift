import ArgumentParser
import DossierShell
import DossierTeach

/// `dossier teach LESSON`: works through a lesson at a guided prompt (see Docs/teaching.md).
struct TeachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teach",
        abstract: "Work through a lesson's exercises at a guided prompt.",
        discussion: "Progress is saved under $XDG_STATE_HOME/dossier/progress/ unless --progress names a file. "
            + "Exit status: 0 when you leave, 2 when the lesson or the progress file cannot be used."
    )

    @Argument(help: "The lesson file (see Docs/lessons/).")
    var lesson: String

    @Option(help: ArgumentHelp("Keep progress in this file instead of the default place.", valueName: "FILE"))
    var progress: String?

    @Flag(help: "Start the lesson from the beginning, ignoring saved progress.")
    var restart = false

    @Flag(name: .customLong("vi"), help: "Use vi key bindings in the line editor (Emacs is the default).")
    var vi = false

    func run() throws {
        let status = TeachMain.run(TeachMain.Options(lesson: lesson, progressFile: progress, restarts: restart, editingMode: vi ? .vi : .emacs))
        if status != 0 { throw ExitCode(status) }
    }
}
