#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with standard input from a string and both outputs collected, as in a shell pipe.
enum PipedProcess {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
        /// Whether a signal ended the process (then `status` is 128 plus the signal number).
        var signaled: Bool
    }

    static func run(
        _ executable: String, arguments: [String], input: String, environment: [String: String],
        deadline seconds: Int = 60
    ) throws -> Result {
        let folder = TemporaryFolder()
        folder.write(input, to: "stdin")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, folder.file("stdin"), O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder.file("stdout"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, folder.file("stderr"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, &argv, &envp)
        guard spawned == 0 else {
            throw PseudoTerminalProcess.LaunchFailure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        // Files, not pipes, so a chatty program can never block on a full pipe while we wait.
        let deadline = ContinuousClock.now + .seconds(seconds)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard ContinuousClock.now < deadline else {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                throw PseudoTerminalProcess.Timeout(waitingFor: "exit", screen: folder.read("stdout") ?? "")
            }
            usleep(5_000)
        }
        let signaled = status & 0x7F != 0
        let code = signaled ? 128 + (status & 0x7F) : (status >> 8) & 0xFF
        return Result(status: code, output: folder.read("stdout") ?? "", errors: folder.read("stderr") ?? "", signaled: signaled)
    }
}
