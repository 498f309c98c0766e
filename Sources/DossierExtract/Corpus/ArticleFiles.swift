import Foundation

/// Expands the paths a user gives (files, folders, globs) into the article files to read, and reports
/// the ones that cannot be used. Folders are walked recursively for `*.txt` and `*.md`; symbolic-link
/// loops are detected by real path, so they end the walk instead of looping.
enum ArticleFiles {
    static let extensions: WordSet = ["txt", "md", "markdown"]

    /// A file to read or a problem, in the order the paths were given.
    enum Item: Equatable {
        case file(String)
        case problem(LoadProblem)
    }

    static func expand(_ paths: [String]) -> [Item] {
        var items: [Item] = []
        var seenFiles = Set<String>()
        func addFile(_ path: String) {
            let real = realPath(path) ?? path
            if seenFiles.insert(real).inserted { items.append(.file(path)) }
        }
        for path in paths {
            if isGlob(path) {
                let matches = glob(path)
                if matches.isEmpty { items.append(.problem(LoadProblem(path: path, reason: "no files match this pattern"))) }
                for match in matches {
                    if isDirectory(match) {
                        walk(match, into: &items, seen: &seenFiles)
                    } else {
                        addFile(match)
                    }
                }
                continue
            }
            var status = stat()
            if lstat(path, &status) != 0 {
                items.append(.problem(LoadProblem(path: path, reason: "no such file or folder")))
                continue
            }
            if isDirectory(path) {
                walk(path, into: &items, seen: &seenFiles)
            } else {
                addFile(path)  // an explicit file is read whatever its extension
            }
        }
        return items
    }

    private static func walk(_ folder: String, into items: inout [Item], seen: inout Set<String>) {
        func problem(_ path: String, _ reason: String) { items.append(.problem(LoadProblem(path: path, reason: reason))) }
        var visitedFolders = Set<String>()
        func visit(_ path: String) {
            guard let real = realPath(path) else {
                problem(path, "symbolic link loop or broken link")
                return
            }
            guard visitedFolders.insert(real).inserted else {
                problem(path, "symbolic link loop (folder already visited)")
                return
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            } catch {
                problem(path, "cannot list folder")
                return
            }
            for name in names where !name.hasPrefix(".") {
                let child = path.hasSuffix("/") ? path + name : path + "/" + name
                let isArticleName = extensions.contains((name as NSString).pathExtension.lowercased())
                if isDirectory(child) {
                    if isArticleName {
                        problem(child, "is a folder, not a file")
                    }
                    visit(child)
                } else if isArticleName {
                    guard let childReal = realPath(child) else {
                        problem(child, "symbolic link loop or broken link")
                        continue
                    }
                    if seen.insert(childReal).inserted { items.append(.file(child)) }
                }
            }
        }
        visit(folder)
    }

    static func isGlob(_ path: String) -> Bool { path.contains("*") || path.contains("?") || path.contains("[") }

    private static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Foundation.glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in result.gl_pathv[index].map { String(cString: $0) } }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The path with every symbolic link resolved, or nil when resolution fails (a loop, a broken link).
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
