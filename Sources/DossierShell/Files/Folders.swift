#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates folders the way `mkdir -p` does.
enum Folders {
    static func create(parentOf path: String) throws(FileError) {
        try createAll(parent(of: path))
    }

    static func createAll(_ folder: String) throws(FileError) {
        guard !folder.isEmpty, folder != "/" else { return }
        var status = stat()
        if stat(folder, &status) == 0 { return }
        try createAll(parent(of: folder))
        if mkdir(folder, 0o700) != 0 && errno != EEXIST { throw FileError(path: folder, code: errno) }
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
