#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DossierExtract
import DossierModel
import DossierQuery

/// The batch side of the `dossier` command: load the corpus, bind `--arg`s, run `-c` texts, a script,
/// or the statements on standard input, and say how it went as an exit status.
public enum BatchMain {
    public static func run(
        _ invocation: BatchInvocation, output: TextSink = TerminalOutput.standardOutput,
        errors: TextSink = TerminalOutput.standardError, standardInput: () -> String? = { readStandardInput() }
    ) -> ExitStatus {
        var bindings: [(String, String)] = []
        for text in invocation.arguments {
            switch BatchInvocation.parseArgument(text) {
            case .success(let pair): bindings.append(pair)
            case .failure(let problem):
                errors.write(TerminalSafeText.escape("dossier: \(problem.description)") + "\n")
                return .usageOrInputError
            }
        }
        let clock = ContinuousClock()
        let loadStart = clock.now
        let loaded = CorpusSource.load(paths: invocation.paths)
        for problem in loaded.problems { errors.write(TerminalSafeText.escape("dossier: \(problem)") + "\n") }
        if loaded.fatal { return .usageOrInputError }
        let session = QuerySession(corpus: loaded.corpus)
        SessionLifetime.keepUntilExit(session)
        if invocation.reportsTimings {
            // CPU time beside wall time: on a busy machine the wall clock also measures the neighbours.
            // A statement's CPU time is counted from the previous report, so it includes printing the
            // previous result.
            var cpuMark = Duration.zero
            func cpuSinceMark() -> String {
                let now = processCPUTime()
                defer { cpuMark = now }
                return milliseconds(now - cpuMark)
            }
            errors.write("timing: load \(milliseconds(clock.now - loadStart)) ms, cpu \(cpuSinceMark()) ms\n")
            session.statementTimed = { _, duration in
                errors.write("timing: statement \(milliseconds(duration)) ms, cpu \(cpuSinceMark()) ms\n")
            }
        }
        for (name, value) in bindings { session.setVariable(name, text: value) }
        let width = tableWidth(environment: ProcessEnvironment.current)
        let runner = BatchRunner(
            session: session, outcomeText: OutcomeText(format: invocation.format, width: width), output: output, errors: errors)
        for (position, command) in invocation.commands.enumerated() {
            let name = invocation.commands.count == 1 ? "-c" : "-c #\(position + 1)"
            let status = runner.run(text: command, named: name)
            if status != .success { return status }
        }
        if let script = invocation.script { return runner.run(scriptAt: script) }
        if invocation.commands.isEmpty {
            guard let text = standardInput() else {
                errors.write("dossier: cannot read standard input\n")
                return .usageOrInputError
            }
            return runner.run(text: text, named: "<stdin>")
        }
        return .success
    }

    /// Tables fit the terminal; written to a pipe or file they keep every cell whole unless COLUMNS says otherwise.
    static func tableWidth(environment: [String: String]) -> Int {
        if TerminalOutput.standardOutput.isTerminal { return TerminalSize.current(environment: environment).columns }
        return environment["COLUMNS"].flatMap { Int($0) }.map { max($0, 20) } ?? Int.max / 4
    }

    /// Whether standard input is a terminal (then the interactive shell, not this, reads it).
    public static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// All of standard input as UTF-8 text, or nil if it cannot be read or decoded.
    public static func readStandardInput() -> String? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                break
            } else if errno != EINTR {
                return nil
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// CPU time used by the whole process so far.
    private static func processCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return String((value * 1000).rounded() / 1000)
    }
}
