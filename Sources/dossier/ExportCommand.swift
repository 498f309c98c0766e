import ArgumentParser
import DossierExtract
import DossierShell
import Foundation

/// `dossier export`: prints the whole extracted model of some articles (or the samples) as JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the extracted model (articles, actors, frameworks, claims, events) as JSON.",
        discussion: "With no paths, exports the built-in sample corpus. Files that cannot be read are listed on standard error and the exit code is 2."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @Argument(help: "Article files, folders (read recursively for *.txt and *.md) or glob patterns.")
    var paths: [String] = []

    @Option(help: "Output format.")
    var format: Format = .json

    @Option(help: "An extra lexicon file, read after the shipped and user lexicons (repeatable).")
    var lexicon: [String] = []

    @Flag(help: "Print compact JSON on one line.")
    var compact = false

    func run() throws {
        let loadedLexicon: Lexicon
        do {
            loadedLexicon = try LexiconLoader.load(extraFiles: lexicon)
        } catch {
            FileHandle.standardError.write(Data((TerminalSafeText.escape(error.description) + "\n").utf8))
            throw ExitCode(2)
        }
        let result = paths.isEmpty
            ? CorpusLoader(lexicon: loadedLexicon).load(paths: SampleCorpus.paths())
            : CorpusLoader(lexicon: loadedLexicon).load(paths: paths)
        for problem in result.problems {
            FileHandle.standardError.write(Data((TerminalSafeText.escape(problem.description) + "\n").utf8))
        }
        switch format {
        case .json:
            ModelJSON.write(result.corpus, pretty: !compact) { FileHandle.standardOutput.write(Data($0)) }
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
        if !result.problems.isEmpty { throw ExitCode(2) }
    }
}
