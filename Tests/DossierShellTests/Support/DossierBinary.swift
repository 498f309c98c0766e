#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `dossier` executable: DOSSIER_BIN (set by Scripts/test), else .build/debug/dossier.
enum DossierBinary {
    static var path: String {
        if let explicit = getenv("DOSSIER_BIN") { return String(cString: explicit) }
        let root = String(#filePath).split(separator: "/").dropLast(4).joined(separator: "/")
        return "/" + root + "/.build/debug/dossier"
    }

    /// An environment in which the shell finds no user files but the test's own: a home, history,
    /// config and state inside `folder`, UTF-8, no colour unless a test asks for it.
    static func environment(in folder: TemporaryFolder, extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "HOME": folder.path,
            "XDG_CONFIG_HOME": folder.file("config"),
            "XDG_STATE_HOME": folder.file("state"),
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "NO_COLOR": "1",
            "PATH": getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin",
        ]
        environment.merge(extra) { $1 }
        return environment
    }
}
