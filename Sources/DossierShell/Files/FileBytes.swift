#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call on a file, with its errno.
public struct FileError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var code: Int32

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    public var description: String { "\(path): \(String(cString: strerror(code)))" }
}

/// Reads whole files with plain system calls.
public enum FileBytes {
    /// Scripts, lessons, answers and histories are text a person wrote; none comes near this.
    public static let defaultLimit = 64 << 20

    /// The file's bytes; a file longer than `limit` (or a device that never ends, like /dev/zero) is
    /// refused with `EFBIG` ("File too large") instead of filling memory.
    public static func read(_ path: String, limit: Int = defaultLimit) throws(FileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: path, code: errno) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: chunk[0..<count])
                if bytes.count > limit { throw FileError(path: path, code: EFBIG) }
            } else if count == 0 {
                return bytes
            } else if errno != EINTR {
                throw FileError(path: path, code: errno)
            }
        }
    }
}
