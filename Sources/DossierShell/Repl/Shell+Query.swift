import DossierQuery

extension Shell {
    /// Runs a query statement (or several, separated by `;`), showing each outcome as it comes.
    /// Ctrl-C while it runs stops it with a "cancelled" message and returns to the prompt.
    func runQuery(_ text: String, source: String) -> Bool {
        // The flag is not cleared here: a Ctrl-C pressed once the line was entered is meant for this
        // query. Reading a line clears it, and so does the end of each query.
        session.isCancelled = { InterruptSignal.isRaised }
        let started = ContinuousClock.now
        let results = TextBuffer()
        var succeeded = true
        do {
            try session.run(text, named: source) { outcome throws(QueryError) in
                try show(outcome, into: results)
            }
        } catch {
            succeeded = false
            present(results.text)
            results.clear()
            reportQueryError(error)
        }
        present(results.text)
        if timerEnabled {
            output.write(style.dim("time: " + Self.format(ContinuousClock.now - started)) + "\n")
        }
        InterruptSignal.clear()
        return succeeded
    }

    /// How outcomes become text: the chosen format, the terminal's width, and `let`/`def` confirmed.
    var outcomeText: OutcomeText {
        OutcomeText(format: format, width: TerminalSize.current(environment: configuration.environment).columns, reportsDefinitions: true)
    }

    private func show(_ outcome: Outcome, into results: TextBuffer) throws(QueryError) {
        if case .include(let path, let range) = outcome {
            present(results.text)
            results.clear()
            try include(path, at: range)
            return
        }
        let (text, diagnostics) = outcomeText.text(for: outcome)
        results.write(text)
        if !diagnostics.isEmpty {
            // Keep a warning next to the result it is about.
            present(results.text)
            results.clear()
            errorOutput.write(highlightingSeverity(diagnostics))
        }
    }

    /// Shows a query error with its caret; a cancelled query gets a short note instead.
    func reportQueryError(_ error: QueryError) {
        if error.kind == .cancelled {
            errorOutput.write(style.warning("cancelled") + " (Ctrl-C)\n")
            return
        }
        errorOutput.write(highlightingSeverity(OutcomeText.diagnostic(error)))
    }

    /// Colours the first `error:` or `warning:` of a diagnostic that reads `name:line:col: error: …`.
    private func highlightingSeverity(_ diagnostic: String) -> String {
        guard style.enabled else { return diagnostic }
        for (label, paint) in [("error:", style.error), ("warning:", style.warning)] {
            if let range = diagnostic.firstRange(of: label) {
                return String(diagnostic[..<range.lowerBound]) + paint(label) + String(diagnostic[range.upperBound...])
            }
        }
        return diagnostic
    }

    var sourceNames: [String] { SourceKind.allCases.map(\.rawValue) }

    func queryCompletions(in line: String, at cursor: Int) -> Completion {
        let completions = session.completions(in: line, at: cursor)
        let insideQuotes = completions.replacing.lowerBound > 0
            && [UInt8(ascii: "\""), UInt8(ascii: "'")].contains(Array(line.utf8)[completions.replacing.lowerBound - 1])
        return Completion(
            replacing: completions.replacing,
            candidates: completions.candidates.map { CompletionCandidate($0, terminator: insideQuotes ? "" : " ") }
        )
    }

    static func format(_ duration: Duration) -> String {
        let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        if milliseconds < 10 { return String(Int((milliseconds * 100).rounded())).withDecimalPoint(2) + " ms" }
        if milliseconds < 1000 { return String(Int(milliseconds.rounded())) + " ms" }
        return String(Int((milliseconds / 10).rounded())).withDecimalPoint(2) + " s"
    }
}

private extension String {
    /// "123" with 2 decimals → "1.23".
    func withDecimalPoint(_ decimals: Int) -> String {
        let padded = count <= decimals ? String(repeating: "0", count: decimals - count + 1) + self : self
        return padded.dropLast(decimals) + "." + padded.suffix(decimals)
    }
}
