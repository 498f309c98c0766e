#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum FileExists {
    static func at(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }
}
