#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way Dossier replaces a file (saved scripts, pictures, reports, history compaction), so that
/// readers and crashes see either the old content or the new, never a mix or a truncated file: write
/// a temporary file beside it, sync it, rename it over the old one, sync the folder.
///
/// The temporary file is hidden (`.name.PID-RANDOM.tmp`), so one left behind by a crash is not read as an
/// article. A path that is a symbolic link is written through: the link stays and its target changes.
public enum AtomicFileWrite {
    /// Writes `text` to `path`. `permissions` nil keeps the mode of the file being replaced, or gives a
    /// new file the usual mode (0666 less the umask); the history passes 0600 to stay private.
    public static func replace(_ path: String, with text: String, permissions: mode_t? = nil) throws(FileError) {
        let target = resolvedTarget(path)
        try Folders.create(parentOf: target)
        var existing = stat()
        let mode = permissions ?? (stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : nil)
        let (descriptor, temporary) = try createTemporary(beside: target, mode: permissions ?? 0o666)
        var failure = writeAll(text, to: descriptor)
        if failure == 0, let mode, fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, target) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw FileError(path: path, code: failure)
        }
        syncFolder(of: target)
    }

    /// A new hidden file beside `path`; the umask applies to `mode`, so 0666 gives the usual mode and a
    /// private file is private from the start.
    private static func createTemporary(beside path: String, mode: mode_t) throws(FileError) -> (Int32, String) {
        let folder = Folders.parent(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let prefix = (folder.isEmpty ? "" : folder == "/" ? "/" : folder + "/") + "." + name + ".\(getpid())-"
        while true {
            let candidate = prefix + String(UInt32.random(in: 0...UInt32.max), radix: 36) + ".tmp"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if descriptor >= 0 { return (descriptor, candidate) }
            if errno != EEXIST { throw FileError(path: path, code: errno) }
        }
    }

    private static func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes -> Int32 in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return written < 0 && errno != 0 ? errno : EIO
                }
            }
            return 0
        }
    }

    /// Where the bytes go: the file a symbolic link points to, or the path itself.
    private static func resolvedTarget(_ path: String) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Makes the rename itself durable; a folder that cannot be opened or synced changes nothing above.
    private static func syncFolder(of path: String) {
        let folder = Folders.parent(of: path)
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
