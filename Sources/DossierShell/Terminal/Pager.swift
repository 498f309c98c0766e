#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// When results go through a pager: the `--pager` setting and `.pager` command.
public enum PagerMode: String, Sendable, CaseIterable {
    /// Page every result (on a terminal).
    case on
    /// Never page.
    case off
    /// Page results taller than the terminal.
    case auto
}

/// Shows long output through an external pager, as git and psql do.
public struct Pager: Sendable {
    /// The shell command that pages: DOSSIER_PAGER, then PAGER, then `less -FRX` (which quits at
    /// once when the text fits, keeps colours, and leaves the text on screen).
    public let command: String

    public init(environment: [String: String]) {
        if let own = environment["DOSSIER_PAGER"], !own.isEmpty {
            command = own
        } else if let general = environment["PAGER"], !general.isEmpty {
            command = general
        } else {
            command = "less -FRX"
        }
    }

    /// Whether `text` should be paged. Never when output is not a terminal: pipes get plain text.
    public static func shouldPage(_ text: String, mode: PagerMode, outputIsTerminal: Bool, terminal: TerminalSize) -> Bool {
        guard outputIsTerminal else { return false }
        switch mode {
        case .off: return false
        case .on: return true
        case .auto:
            var lines = 0
            for byte in text.utf8 where byte == UInt8(ascii: "\n") {
                lines += 1
                if lines >= terminal.rows { return true }
            }
            return false
        }
    }

    /// Runs the pager with `text` on its input and waits for it; false when it could not be started
    /// (or the shell could not find the command), so the caller prints the text itself.
    public func show(_ text: String) -> Bool {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return false }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        let arguments = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, "/bin/sh", &actions, nil, &argv, environ)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }
        // Quitting the pager early closes the pipe. With SIGPIPE ignored the write simply fails and the
        // rest of the text is dropped, instead of the signal ending the whole process.
        signal(SIGPIPE, SIG_IGN)
        TerminalOutput(descriptor: writeEnd).write(text)
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        // Ctrl-C inside the pager reached the shell as well; it was meant for the pager.
        InterruptSignal.clear()
        let commandNotFound = status & 0x7F == 0 && (status >> 8) & 0xFF == 127
        return !commandNotFound
    }
}
