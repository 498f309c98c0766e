#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DossierQuery

/// What the command line asked of the interactive shell.
public struct ShellLaunchOptions: Sendable {
    public var editingMode: EditingMode
    public var color: ColorChoice
    public var pagerMode: PagerMode
    /// `--init FILE`; nil for the default startup file.
    public var initFile: String?
    /// `--no-init`.
    public var skipsInitFile: Bool
    /// Articles to load instead of the built-in samples.
    public var paths: [String]

    public init(
        editingMode: EditingMode = .emacs, color: ColorChoice = .auto, pagerMode: PagerMode = .auto,
        initFile: String? = nil, skipsInitFile: Bool = false, paths: [String] = []
    ) {
        self.editingMode = editingMode
        self.color = color
        self.pagerMode = pagerMode
        self.initFile = initFile
        self.skipsInitFile = skipsInitFile
        self.paths = paths
    }
}

/// Opens the shell on the real terminal: installs the Ctrl-C handler, sets up libedit and the
/// history file, and runs until the user leaves.
public enum ShellLauncher {
    /// Runs the interactive shell and returns the exit code.
    public static func run(_ options: ShellLaunchOptions) -> Int32 {
        // Loaded as for a batch run, so a path means the same everywhere; a run of paths that yields
        // no article at all is a usage error, not an empty shell.
        let loaded = CorpusSource.load(paths: options.paths)
        for problem in loaded.problems { TerminalOutput.standardError.write(TerminalSafeText.escape("dossier: \(problem)") + "\n") }
        if loaded.fatal { return ExitStatus.usageOrInputError.rawValue }
        InterruptSignal.install()
        let environment = ProcessEnvironment.current
        let stdout = TerminalOutput.standardOutput
        let configuration = ShellConfiguration(
            isInteractive: true,
            usesColor: options.color.usesColor(environment: environment, isTerminal: stdout.isTerminal),
            outputIsTerminal: stdout.isTerminal,
            pagerMode: options.pagerMode,
            editingMode: options.editingMode,
            startupFile: options.skipsInitFile ? nil : options.initFile ?? ShellPaths.initFile(environment: environment),
            startupFileIsExplicit: options.initFile != nil && !options.skipsInitFile,
            environment: environment
        )
        let completion = CompletionRelay()
        let reader = EditLineReader(programName: "dossier", mode: options.editingMode, historySize: 1000) { line, cursor in
            completion.complete(line, cursor)
        }
        let shell = Shell(
            configuration: configuration, session: QuerySession(corpus: loaded.corpus),
            corpusOrigin: options.paths.isEmpty ? "the built-in samples" : options.paths.joined(separator: " "),
            reader: reader, output: stdout, errorOutput: TerminalOutput.standardError
        )
        completion.shell = shell
        shell.history = ShellHistory(
            file: ShellPaths.historyFile(environment: environment).map { HistoryFile(path: $0) },
            reader: reader,
            warn: { shell.warn($0) }
        )
        let status = shell.run()
        SessionLifetime.keepUntilExit(shell.session)
        return status
    }
}

/// The line editor is made before the shell it completes for; this hands Tab over once both exist.
private final class CompletionRelay {
    weak var shell: Shell?

    func complete(_ line: String, _ cursor: Int) -> Completion {
        shell?.completions(in: line, at: cursor) ?? .none(at: cursor)
    }
}
