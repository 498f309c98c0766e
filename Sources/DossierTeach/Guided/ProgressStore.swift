#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DossierShell

/// Where a student's progress lives, and reading and writing it. Writes replace the file atomically
/// (a temporary file, then a rename), so a crash never leaves half a progress file.
public struct ProgressStore: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// `$XDG_STATE_HOME/dossier/progress/<lesson>.progress` (else under `~/.local/state`), named
    /// after the lesson file; nil when there is no home to put it in.
    public static func defaultPath(forLesson lessonPath: String, environment: [String: String]) -> String? {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else if let home = environment["HOME"], !home.isEmpty {
            base = (home.hasSuffix("/") ? String(home.dropLast()) : home) + "/.local/state"
        } else {
            return nil
        }
        var name = String(lessonPath.split(separator: "/").last ?? "lesson")
        if name.hasSuffix(".lesson") { name.removeLast(".lesson".count) }
        return base + "/dossier/progress/" + name + ".progress"
    }

    /// The saved progress, or a fresh start when there is none yet.
    public func load(exerciseIDs: Set<String>) throws(LessonLoadError) -> Progress {
        let text: String
        do {
            text = try TeachFiles.readText(path)
        } catch {
            if access(path, F_OK) != 0 && errno == ENOENT { return Progress() }
            throw error
        }
        do {
            return try Progress.decode(text, path: path, exerciseIDs: exerciseIDs)
        } catch {
            throw LessonLoadError(error.description + "\nhelp: start over with --restart, or choose another file with --progress")
        }
    }

    public func save(_ progress: Progress) throws(FileError) {
        try AtomicFileWrite.replace(path, with: progress.encoded)
    }
}
