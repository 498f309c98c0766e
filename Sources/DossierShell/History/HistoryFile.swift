#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shell's persistent history: a plain text file, one entry per line.
///
/// Several shells may run at once and any of them may crash, so no shell ever rewrites the file to add
/// an entry: each entry is appended with a single `O_APPEND` write, which the kernel does not
/// interleave with other writers. Only when the file grows past `compactionBytes` is it rewritten,
/// keeping the newest `keep` entries, through a temporary file that is synced and renamed over the
/// old one. A lock file orders compaction against appends, so an entry appended meanwhile is not lost.
public final class HistoryFile {
    public let path: String
    public let keep: Int
    public let compactionBytes: Int

    /// The file at `path`; its folder is created on the first append.
    public init(path: String, keep: Int = 1000, compactionBytes: Int = 256 * 1024) {
        self.path = path
        self.keep = keep
        self.compactionBytes = compactionBytes
    }

    /// The newest `keep` entries, oldest first; none when the file does not exist yet.
    public func load() throws(HistoryError) -> [String] {
        let lock = try Lock(path: path + ".lock", exclusive: false, createFolder: false)
        defer { lock?.release() }
        let entries = try readAll()
        return Array(entries.suffix(keep))
    }

    /// Appends `entry` as one line, then compacts the file if it has grown too large.
    public func append(_ entry: String) throws(HistoryError) {
        let size: Int
        do {
            let lock = try Lock(path: path + ".lock", exclusive: false, createFolder: true)
            defer { lock?.release() }
            size = try appendLine(HistoryLineCoding.encode(entry))
        }
        if size > compactionBytes { try compact() }
    }

    /// Rewrites the file with only its newest `keep` entries.
    public func compact() throws(HistoryError) {
        let lock = try Lock(path: path + ".lock", exclusive: true, createFolder: true)
        defer { lock?.release() }
        let entries = try readAll().suffix(keep)
        var text = ""
        for entry in entries { text += HistoryLineCoding.encode(entry) + "\n" }
        do {
            try AtomicFileWrite.replace(path, with: text, permissions: 0o600)
        } catch {
            throw HistoryError(path: path, operation: "rewrite", code: error.code)
        }
    }

    private func appendLine(_ line: String) throws(HistoryError) -> Int {
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw HistoryError(path: path, operation: "open", code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw HistoryError(path: path, operation: "inspect", code: errno) }
        var record = line + "\n"
        // A crash in the middle of another shell's write may have left a last line without its end.
        if status.st_size > 0 && !endsWithNewline(descriptor, size: Int(status.st_size)) {
            record = "\n" + record
        }
        let written = record.withUTF8 { bytes in
            Glibc.write(descriptor, bytes.baseAddress, bytes.count)
        }
        guard written == record.utf8.count else { throw HistoryError(path: path, operation: "append to", code: errno) }
        return Int(status.st_size) + written
    }

    private func endsWithNewline(_ descriptor: Int32, size: Int) -> Bool {
        var last: UInt8 = 0
        return pread(descriptor, &last, 1, off_t(size - 1)) == 1 && last == UInt8(ascii: "\n")
    }

    private func readAll() throws(HistoryError) -> [String] {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch let error where error.code == ENOENT {
            return []
        } catch {
            throw HistoryError(path: path, operation: "read", code: error.code)
        }
        return bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
            .map { HistoryLineCoding.decode($0) }
    }
}

/// The history file could not be used; the shell goes on without persisting.
public struct HistoryError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var operation: String
    public var code: Int32

    public var description: String {
        "cannot \(operation) the history file \(path): \(String(cString: strerror(code)))"
    }
}

extension HistoryFile {
    /// An advisory `flock` on a side file: shared for appends, exclusive for compaction.
    fileprivate struct Lock {
        let descriptor: Int32

        /// nil when the lock file cannot exist yet (nothing to read, nothing to order against).
        init?(path: String, exclusive: Bool, createFolder: Bool) throws(HistoryError) {
            if createFolder {
                do {
                    try Folders.create(parentOf: path)
                } catch {
                    throw HistoryError(path: error.path, operation: "create the folder for", code: error.code)
                }
            }
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                if !createFolder && errno == ENOENT { return nil }
                throw HistoryError(path: path, operation: "lock", code: errno)
            }
            while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 {
                guard errno == EINTR else {
                    close(descriptor)
                    throw HistoryError(path: path, operation: "lock", code: errno)
                }
            }
            self.descriptor = descriptor
        }

        func release() {
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
    }
}
