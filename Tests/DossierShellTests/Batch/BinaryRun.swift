#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `dossier` binary with arguments and standard input, collecting its output and
/// exit status. Output goes through files, so a chatty process cannot block on a full pipe, and a
/// deadline kills a process that hangs.
struct BinaryRun {
    var status: Int32
    var output: String
    var errors: String

    /// The binary `Scripts/test` built (DOSSIER_BIN), or the debug build.
    static var binary: String {
        if let path = getenv("DOSSIER_BIN").map({ String(cString: $0) }), !path.isEmpty { return path }
        return ".build/debug/dossier"
    }

    init(_ arguments: [String], input: String = "", environment: [String: String] = [:], in folder: TemporaryFolder? = nil,
         deadline seconds: Int = 60) {
        let scratch = TemporaryFolder()
        scratch.write(input, to: "stdin")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, scratch.file("stdin"), O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, scratch.file("stdout"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, scratch.file("stderr"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var binary = Self.binary
        if !binary.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: 4096)
            binary = String(cString: getcwd(&buffer, buffer.count)) + "/" + binary
        }
        var variables = ["PATH": "/usr/bin:/bin", "HOME": scratch.path, "NO_COLOR": "1", "LANG": "C.UTF-8"]
        for (key, value) in environment { variables[key] = value }
        // Tests run in parallel and share the working directory, so the child changes its own.
        let command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder?.path ?? ".", binary] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, &envp) == 0 else {
            status = -1
            output = ""
            errors = "cannot start \(binary)"
            return
        }
        var waited: Int32 = 0
        var polls = 0
        while waitpid(pid, &waited, WNOHANG) == 0 {
            polls += 1
            if polls > seconds * 100 {
                kill(pid, SIGKILL)
                waitpid(pid, &waited, 0)
                break
            }
            usleep(10_000)
        }
        status = (waited & 0x7F) == 0 ? (waited >> 8) & 0xFF : -1
        output = scratch.read("stdout") ?? ""
        errors = scratch.read("stderr") ?? ""
    }
}
