import ArgumentParser
import DossierShell

/// The options that shape the interactive shell.
struct InteractiveOptions: ParsableArguments {
    @Flag(name: .customLong("vi"), help: "Use vi key bindings in the line editor (Emacs is the default).")
    var viBindings = false

    @Option(name: .customLong("init"), help: ArgumentHelp("Run FILE before the first prompt instead of the default startup file.", valueName: "FILE"))
    var initFile: String?

    @Flag(name: .customLong("no-init"), help: "Skip the startup file ($XDG_CONFIG_HOME/dossier/init.dq).")
    var skipsInitFile = false

    @Option(help: "When to colour output: auto (a terminal, unless NO_COLOR or TERM=dumb), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "When to page long results: auto (taller than the terminal), on or off.")
    var pager: PagerMode = .auto

    func validate() throws {
        if initFile != nil && skipsInitFile {
            throw ValidationError("--init and --no-init contradict each other; give one of them")
        }
    }

    func launchOptions(paths: [String]) -> ShellLaunchOptions {
        ShellLaunchOptions(
            editingMode: viBindings ? .vi : .emacs, color: color, pagerMode: pager,
            initFile: initFile, skipsInitFile: skipsInitFile, paths: paths
        )
    }
}

extension ColorChoice: ExpressibleByArgument {}
extension PagerMode: ExpressibleByArgument {}
