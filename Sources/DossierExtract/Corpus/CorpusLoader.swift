import DossierModel
import Foundation

/// Loads articles from files, folders and globs into a corpus. A file that cannot be read becomes a
/// problem (path and one-line reason); it never stops the others.
public struct CorpusLoader: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Reads every article under `paths`. `isCancelled` is asked before each file (the shell's Ctrl-C);
    /// once it says yes, loading stops and the result is marked `cancelled`.
    public func load(paths: [String], isCancelled: () -> Bool = { false }) -> LoadResult {
        var problems: [LoadProblem] = []
        var builder = CorpusBuilder(lexicon: lexicon)
        let items = ArticleFiles.expand(paths)
        let prefetcher = ArticlePrefetcher(files: items.compactMap { if case .file(let file) = $0 { file } else { nil } }, lexicon: lexicon)
        for item in items {
            if isCancelled() { return LoadResult(corpus: builder.build(), problems: problems, cancelled: true) }
            switch item {
            case .problem(let problem):
                problems.append(problem)
            case .file(let file):
                switch prefetcher.next() {
                case .success(let prepared): builder.add(prepared, path: file)
                case .failure(let error): problems.append(LoadProblem(path: file, reason: error.description))
                }
            }
        }
        return LoadResult(corpus: builder.build(), problems: problems)
    }

    /// Why a file could not be loaded.
    public enum FileError: Error, CustomStringConvertible {
        case read(ReadError)
        case unreadable(String)

        public var description: String {
            switch self {
            case .read(let error): error.description
            case .unreadable(let reason): reason
            }
        }
    }

    static func readText(_ path: String) throws(FileError) -> String {
        if ArticleFiles.isDirectory(path) { throw .unreadable("is a folder, not a file") }
        guard ArticleFiles.realPath(path) != nil else { throw .unreadable("symbolic link loop or broken link") }
        // A pipe or a device (/dev/zero) never ends: reading it would hang or fill memory.
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { throw .unreadable("not a regular file") }
        guard FileManager.default.isReadableFile(atPath: path) else { throw .unreadable("permission denied") }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable("cannot read file") }
        do {
            return try TextDecoding.decode(Array(data))
        } catch {
            throw .read(error)
        }
    }
}
