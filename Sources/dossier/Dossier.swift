import ArgumentParser
import DossierShell

@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "An interactive shell for questioning policy and geopolitics articles.",
        discussion: "Exit status: 0 ok, 1 query error, 2 usage or input error, 3 script stopped at an error.",
        version: DossierVersion.current,
        subcommands: [
            RunCommand.self, ExportCommand.self, GraphCommand.self, TimelineCommand.self, ReportCommand.self,
            GradeCommand.self, LessonCommand.self, TeachCommand.self,
        ]
    )

    static func main() { CommandDispatch.main(root: self) }

    @OptionGroup(title: "Batch")
    var batch: BatchOptions

    @OptionGroup(title: "Interactive shell")
    var interactive: InteractiveOptions

    @Argument(help: "Article files, folders or globs to load (default: the built-in sample articles).")
    var paths: [String] = []

    func run() throws {
        // Queries given with -c, or statements piped on standard input, run without a prompt.
        guard batch.commands.isEmpty && BatchMain.standardInputIsTerminal else {
            let status = BatchMain.run(batch.invocation(paths: paths))
            if status != .success { throw ExitCode(status.rawValue) }
            return
        }
        throw ExitCode(ShellLauncher.run(interactive.launchOptions(paths: paths)))
    }
}
