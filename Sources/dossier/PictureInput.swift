import ArgumentParser
import DossierExtract
import DossierModel
import DossierPictures
import DossierQuery
import DossierShell
import Foundation

/// What the picture commands (`graph`, `timeline`, `report`) read: articles, extra lexicons, and an
/// optional query that selects part of the corpus.
struct PictureInput: ParsableArguments {
    @Argument(help: "Article files, folders (read recursively for *.txt and *.md) or glob patterns; the sample corpus when none.")
    var paths: [String] = []

    @Option(help: "An extra lexicon file, read after the shipped and user lexicons (repeatable).")
    var lexicon: [String] = []

    @Option(name: [.customShort("q"), .long], help: "Draw only what this query's result selects (e.g. 'claims | where speaker.affiliation == \"Russia\"').")
    var query: String?

    /// The corpus and the part of it to draw. Unreadable files are reported on standard error and
    /// remembered in `skippedFiles`; a bad query or lexicon stops the command.
    func load() throws -> (corpus: Corpus, scope: CorpusScope, skippedFiles: Bool) {
        let loadedLexicon: Lexicon
        do {
            loadedLexicon = try LexiconLoader.load(extraFiles: lexicon)
        } catch {
            PictureOutput.complain(error.description)
            throw ExitCode(2)
        }
        let loader = CorpusLoader(lexicon: loadedLexicon)
        let result = loader.load(paths: paths.isEmpty ? SampleCorpus.paths() : paths)
        for problem in result.problems { PictureOutput.complain(problem.description) }
        guard let query else { return (result.corpus, .everything, !result.problems.isEmpty) }

        let session = QuerySession(corpus: result.corpus)
        var rows: QueryResult?
        do {
            try session.run(query, named: "-q") { outcome in
                switch outcome {
                case .rows(let result): rows = result
                case .warning(let warning): PictureOutput.complain("warning: " + warning.rendered)
                default: break
                }
            }
        } catch {
            PictureOutput.complain(error.rendered)
            throw ExitCode(1)
        }
        guard let rows else {
            PictureOutput.complain("-q: error: the query gives no rows to draw\nhelp: end it with a pipeline over a source, e.g. `claims | where kind == \"direct\"`")
            throw ExitCode(1)
        }
        return (result.corpus, CorpusScope(result: rows), !result.problems.isEmpty)
    }
}

/// Where the picture commands put what they make: a file (written atomically) or standard output.
enum PictureOutput {
    static func deliver(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            complain("cannot write \(path): it is a folder; give the name of a file inside it")
            throw ExitCode(2)
        }
        do {
            try AtomicFileWrite.replace(path, with: text)
        } catch {
            complain("cannot write \(error.description)")
            throw ExitCode(2)
        }
        complain("wrote \(path) (\(text.utf8.count / 1024 + 1) KB)")
    }

    /// One line on standard error, made safe for the terminal.
    static func complain(_ message: String) {
        FileHandle.standardError.write(Data((TerminalSafeText.escape(message, keepingLayout: true) + "\n").utf8))
    }
}
