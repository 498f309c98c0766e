import DossierQuery

extension Shell {
    /// Runs a file of statements as if typed (the startup file, `.read`), stopping at the first
    /// statement that fails; returns whether every statement ran. The failure is already reported.
    func runScript(at path: String) throws(ShellError) -> Bool {
        let text: String
        do {
            text = try BatchRunner.readScript(path)
        } catch {
            throw ShellError(TerminalSafeText.escape(error.message))
        }
        scriptDirectories.append(BatchRunner.directory(of: BatchRunner.absolutePath(path)))
        defer { scriptDirectories.removeLast() }
        for part in ShellScript(text, isComplete: session.isComplete).parts {
            switch part {
            case .queries:
                guard runQuery(part.textAlignedToFile, source: path) else { return false }
            case .dotCommand(let line, let number):
                guard runDotCommand(line, location: "\(path):\(number)") else { return false }
            }
        }
        return true
    }

    /// Runs the startup file before the first prompt. A missing default file is normal; a file named
    /// with `--init` that cannot be read is an error.
    func runStartupFile() {
        guard let path = configuration.startupFile else { return }
        guard configuration.startupFileIsExplicit || FileExists.at(path) else { return }
        do {
            if !(try runScript(at: path)) {
                warn("the startup file \(TerminalSafeText.escape(path)) stopped at the error above")
            }
        } catch {
            report(error.message)
        }
    }

    /// `include "path"` typed in the shell or met in a script it runs: the included file is a query
    /// script, run as `dossier run` runs one, with its path taken relative to the including file.
    func include(_ path: String, at range: SourceRange) throws(QueryError) {
        let directory = scriptDirectories.last ?? BatchRunner.currentDirectory()
        let resolved = path.hasPrefix("/") ? path : directory + "/" + path
        let runner = BatchRunner(session: session, outcomeText: outcomeText, output: output, errors: errorOutput)
        guard runner.run(scriptAt: resolved) == .success else {
            throw QueryError("the included script \"\(path)\" stopped at the error above", at: range, kind: .runtime)
        }
    }
}
