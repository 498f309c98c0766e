#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Completes a file path the way a shell does: the folder part is kept, the last part is matched
/// against the folder's entries; folders get a `/` and no space, so Tab can go on into them.
enum PathCompletion {
    static func candidates(for partial: String, home: String?) -> [CompletionCandidate] {
        let slash = partial.lastIndex(of: "/")
        let folderPart = slash.map { String(partial[...$0]) } ?? ""
        let namePrefix = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        var folder = folderPart.isEmpty ? "." : folderPart
        if folder.hasPrefix("~/"), let home { folder = home + folder.dropFirst() }
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var matches: [CompletionCandidate] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != "..", name.hasPrefix(namePrefix) else { continue }
            // Hidden files only when the user starts typing a dot, as in other shells.
            if name.hasPrefix("."), !namePrefix.hasPrefix(".") { continue }
            let isFolder = isDirectory(folder + "/" + name)
            matches.append(CompletionCandidate(folderPart + name + (isFolder ? "/" : ""), terminator: isFolder ? "" : " "))
        }
        return matches.sorted { $0.text < $1.text }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
