import DossierQuery

/// The interactive shell: reads statements, runs dot-commands and queries, shows results.
///
/// Everything it touches is injected (the line reader, the output streams, the environment), so
/// tests drive a real shell with a scripted reader and read what it printed.
public final class Shell {
    public let configuration: ShellConfiguration
    let reader: LineReader
    let output: TextSink
    let errorOutput: TextSink
    let style: ShellStyle
    /// The query language's state: corpus, variables, functions, last result.
    let session: QuerySession
    /// Where the loaded articles came from, for the banner.
    var corpusOrigin: String
    var history: ShellHistory?
    var timerEnabled = false
    /// How results are written (`.mode`).
    var format: OutputFormat = .table
    /// Folders of the scripts being run, innermost last: `include` paths are relative to them.
    var scriptDirectories: [String] = []
    var pagerMode: PagerMode
    var quitRequested = false
    /// Queries that ran without error, in order: what `.save` writes.
    var successfulStatements: [String] = []
    /// Whether the last statement failed; a piped session exits non-zero when one did.
    var failures = 0

    init(
        configuration: ShellConfiguration, session: QuerySession, corpusOrigin: String,
        reader: LineReader, output: TextSink, errorOutput: TextSink
    ) {
        self.configuration = configuration
        self.session = session
        self.corpusOrigin = corpusOrigin
        self.reader = reader
        self.output = output
        self.errorOutput = errorOutput
        self.style = ShellStyle(enabled: configuration.usesColor)
        self.pagerMode = configuration.pagerMode
    }

    /// Runs until `.quit` or Ctrl-D; returns the process exit code.
    public func run() -> Int32 {
        if configuration.showsBanner { output.write(banner() + "\n") }
        runStartupFile()
        let statements = StatementReader(reader: reader, isComplete: session.isComplete)
        while !quitRequested {
            switch statements.next(prompt: prompt, continuationPrompt: continuationPrompt) {
            case .interrupted:
                output.write("\n")
            case .endOfInput:
                if configuration.showsPrompt { output.write("\n") }
                return 0
            case .statement(let text):
                history?.record(HistoryEntry.form(of: text))
                execute(text, source: "input")
            }
        }
        return 0
    }

    /// Runs one statement (a dot-command or a query) and reports whether it succeeded.
    @discardableResult
    func execute(_ statement: String, source: String) -> Bool {
        if DotCommandLine.isDotCommand(statement) {
            let succeeded = runDotCommand(statement)
            if !succeeded { failures += 1 }
            return succeeded
        }
        let succeeded = runQuery(statement, source: source)
        if succeeded { successfulStatements.append(statement) } else { failures += 1 }
        return succeeded
    }

    /// Runs a dot-command line; `location` (`file:line`) prefixes its error when it comes from a script.
    func runDotCommand(_ line: String, location: String? = nil) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }.dropFirst()
        let name = String(trimmed.prefix { !$0.isWhitespace })
        let rest = String(trimmed.dropFirst(name.count).drop { $0 == " " || $0 == "\t" })
        do throws(ShellError) {
            guard let command = DotCommandTable.command(named: name) else {
                throw ShellError(DotCommandTable.unknownCommandMessage(name))
            }
            if location != nil, command.writesFiles {
                throw ShellError("`.\(name)` writes a file, so it runs only when typed at the prompt, never from a script")
            }
            try command.action(try DotArguments(rest), self)
            return true
        } catch {
            report(error.message, at: location)
            return false
        }
    }

    var prompt: String { configuration.showsPrompt ? style.prompt("dossier>") + " " : "" }
    var continuationPrompt: String { configuration.showsPrompt ? style.dim("   ...>") + " " : "" }

    /// Writes an error message (already in words and terminal-safe) to the error stream, after the
    /// `file:line` it comes from when a script is running.
    func report(_ message: String, at location: String? = nil) {
        let prefix = location.map { TerminalSafeText.escape($0) + ": " } ?? ""
        errorOutput.write(prefix + style.error("error:") + " " + message + "\n")
    }

    /// Writes a warning that does not stop anything.
    func warn(_ message: String) {
        errorOutput.write(style.warning("warning:") + " " + message + "\n")
    }

    /// Shows a result, through the pager when it is taller than the terminal.
    func present(_ text: String) {
        guard !text.isEmpty else { return }
        let block = text.hasSuffix("\n") ? text : text + "\n"
        let terminal = TerminalSize.current(environment: configuration.environment)
        if Pager.shouldPage(block, mode: pagerMode, outputIsTerminal: configuration.outputIsTerminal, terminal: terminal),
           Pager(environment: configuration.environment).show(block) {
            return
        }
        output.write(block)
    }
}
