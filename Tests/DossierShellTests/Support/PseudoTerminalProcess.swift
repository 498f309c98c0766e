#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program on a pseudo-terminal, as a user at a terminal would: it gets a controlling
/// terminal, a window size and a line discipline, so Ctrl-C becomes SIGINT and libedit edits lines.
/// Every wait has a deadline, so a shell that hangs fails its test instead of hanging the suite.
final class PseudoTerminalProcess {
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); output so far:\n\(screen)" }
    }

    struct LaunchFailure: Error, CustomStringConvertible {
        var description: String
    }

    let pid: pid_t
    private let master: Int32
    private var received: [UInt8] = []
    private var mark = 0
    private var exitStatus: Int32?

    /// glibc's POSIX_SPAWN_SETSID; the Swift Glibc module hides the macro behind _GNU_SOURCE.
    private static let spawnNewSession: Int16 = 0x80

    init(executable: String, arguments: [String], environment: [String: String], rows: UInt16 = 24, columns: UInt16 = 100) throws {
        // Under load a freshly allocated pseudo-terminal has once failed to open by its name ("Is a directory"); a new
        // one opens, so a launch is tried three times before the test fails.
        var attempt = 1
        while true {
            do {
                (pid, master) = try Self.spawn(executable: executable, arguments: arguments, environment: environment, rows: rows, columns: columns)
                return
            } catch let failure as LaunchFailure {
                guard attempt < 3 else { throw failure }
                attempt += 1
                usleep(50_000)
            }
        }
    }

    private static func spawn(
        executable: String, arguments: [String], environment: [String: String], rows: UInt16, columns: UInt16
    ) throws -> (pid: pid_t, master: Int32) {
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw LaunchFailure(description: "openpty failed: errno \(errno)")
        }
        let slavePath = String(cString: ttyname(slave))
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session whose first opened terminal becomes its controlling terminal.
        // The test runner's threads may block or ignore signals; the shell must start as from a login.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGQUIT, SIGTSTP, SIGWINCH] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Self.spawnNewSession | Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addclose(&actions, slave)
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, &argv, &envp)
        close(slave)
        guard result == 0 else {
            close(master)
            throw LaunchFailure(description: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return (pid, master)
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Types `text` as keystrokes (control characters included: "\u{3}" is Ctrl-C) once the line
    /// editor has the terminal. Keys typed earlier would meet the kernel's line discipline instead
    /// (which discards type-ahead on Ctrl-C), so this waits until canonical mode is off.
    func type(_ text: String, timeout seconds: Int = 20) throws {
        let deadline = ContinuousClock.now + .seconds(seconds)
        var settings = termios()
        while tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) != 0 {
            guard ContinuousClock.now < deadline else {
                throw Timeout(waitingFor: "the line editor", screen: transcript)
            }
            _ = readMore(until: ContinuousClock.now + .milliseconds(5))
        }
        typeNow(text)
    }

    /// Waits until the line editor has handed the terminal back (a statement is running).
    func waitUntilLineEditorIsDone(timeout seconds: Int = 20) throws {
        let deadline = ContinuousClock.now + .seconds(seconds)
        var settings = termios()
        while tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) == 0 {
            guard ContinuousClock.now < deadline else {
                throw Timeout(waitingFor: "the statement to start", screen: transcript)
            }
            _ = readMore(until: ContinuousClock.now + .milliseconds(2))
        }
    }

    /// Types `text` at once, whoever has the terminal: Ctrl-C while a query runs reaches the kernel.
    func typeNow(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until `needle` appears in the output after everything matched so far, and returns the
    /// screen text up to and including it (escape sequences and carriage returns removed).
    @discardableResult
    func waitFor(_ needle: String, timeout seconds: Int = 20) throws -> String {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while true {
            let text = TerminalText.plain(received[mark...])
            if let range = text.firstRange(of: needle) {
                let matched = String(text[..<range.upperBound])
                advanceMark(pastPlainPrefix: matched)
                return matched
            }
            guard readMore(until: deadline) else {
                throw Timeout(waitingFor: "\"\(needle)\"", screen: TerminalText.plain(received[...]))
            }
        }
    }

    /// Waits for the process to end and returns its exit code (128 + the signal if killed).
    func waitForExit(timeout seconds: Int = 20) throws -> Int32 {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while true {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                exitStatus = code
                return code
            }
            if !readMore(until: min(deadline, ContinuousClock.now + .milliseconds(50))) && ContinuousClock.now >= deadline {
                throw Timeout(waitingFor: "exit", screen: TerminalText.plain(received[...]))
            }
        }
    }

    /// Everything the program printed, escape sequences included.
    var rawTranscript: String { String(decoding: received, as: UTF8.self) }

    /// Everything the program printed, as plain text.
    var transcript: String { TerminalText.plain(received[...]) }

    private func readMore(until deadline: ContinuousClock.Instant) -> Bool {
        let remaining = deadline - ContinuousClock.now
        guard remaining > .zero else { return false }
        let milliseconds = Int32(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, max(milliseconds, 1)) > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 8192)
        let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard count > 0 else {
            // The program closed the terminal (it exited): wait for the deadline no longer.
            usleep(10_000)
            return false
        }
        received.append(contentsOf: chunk[0..<count])
        return true
    }

    /// Moves the mark past the raw bytes whose plain text is `prefix`.
    private func advanceMark(pastPlainPrefix prefix: String) {
        let target = prefix.utf8.count
        var (low, high) = (mark, received.count)
        // The plain text only grows with more bytes, so the shortest raw prefix is found by bisection.
        while low < high {
            let middle = (low + high) / 2
            if TerminalText.plain(received[mark..<middle]).utf8.count < target { low = middle + 1 } else { high = middle }
        }
        mark = low
    }
}

/// Turns what a terminal program wrote into the text a reader would see on one line: ANSI escape
/// sequences, carriage returns, bells and backspaces are dropped.
enum TerminalText {
    static func plain(_ bytes: ArraySlice<UInt8>) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x1B {
                index += 1
                if index < bytes.endIndex && bytes[index] == UInt8(ascii: "[") {
                    index += 1
                    while index < bytes.endIndex && !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                }
                index += 1
                continue
            }
            if byte != UInt8(ascii: "\r") && byte != 0x07 && byte != 0x08 { kept.append(byte) }
            index += 1
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
