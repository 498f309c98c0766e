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

    /// Runs the binary in `folder` (default: the working directory). `status` is -1 when the process
    /// could not start, was ended by a signal, or outlived the deadline.
    init(_ arguments: [String], input: String = "", environment: [String: String] = [:], in folder: TemporaryFolder? = nil,
         deadline seconds: Int = 60) {
        let scratch = TemporaryFolder()
        var binary = Self.binary
        if !binary.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: 4096)
            binary = String(cString: getcwd(&buffer, buffer.count)) + "/" + binary
        }
        var variables = ["PATH": "/usr/bin:/bin", "HOME": scratch.path, "NO_COLOR": "1", "LANG": "C.UTF-8"]
        for (key, value) in environment { variables[key] = value }
        // Tests run in parallel and share the working directory, so the child changes its own.
        let command = ["-c", "cd \"$0\" && exec \"$@\"", folder?.path ?? ".", binary] + arguments
        do {
            let result = try PipedProcess.run("/bin/sh", arguments: command, input: input, environment: variables, deadline: seconds)
            status = result.signaled ? -1 : result.status
            output = result.output
            errors = result.errors
        } catch {
            status = -1
            output = ""
            errors = "\(error)"
        }
    }
}
