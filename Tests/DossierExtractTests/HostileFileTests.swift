import DossierModel
import Foundation
import Testing

@testable import DossierExtract

/// Files nobody meant as articles, through the library: each is loaded correctly or skipped with a
/// one-line reason naming it, never a crash or a hang, and the rest of the corpus still loads.
/// (`CorpusLoaderTests` covers empty, binary, invalid UTF-8, folders named like files and link loops.)
@Suite struct HostileFileTests {
    static let article = "Pipelines and Promises\n\nKazakhstan and China signed a deal on 3 May 2023. \u{201C}It will last,\u{201D} the minister said.\n"

    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-hostile-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit {
            // Undo chmod 000 so the folder can be removed when not running as root.
            _ = chmod(url.path, 0o755)
            if let names = try? FileManager.default.subpathsOfDirectory(atPath: url.path) {
                for name in names { _ = chmod(url.appendingPathComponent(name).path, 0o755) }
            }
            try? FileManager.default.removeItem(at: url)
        }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func write(_ bytes: [UInt8], _ name: String) throws { try Data(bytes).write(to: url.appendingPathComponent(name)) }
        func write(_ text: String, _ name: String) throws { try write(Array(text.utf8), name) }
    }

    static func load(_ paths: [String]) -> LoadResult { CorpusLoader(lexicon: LexiconLoader.shipped).load(paths: paths) }

    static func reasons(_ result: LoadResult) -> [String: String] {
        Dictionary(result.problems.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: Encodings and line ends

    @Test func utf16WithABOMReadsLikeUTF8() throws {
        let folder = try Folder()
        let units = Array(Self.article.utf16)
        try folder.write([0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "little.txt")
        try folder.write([0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "big.txt")
        try folder.write(Self.article, "plain.txt")
        let result = Self.load([folder.path("little.txt"), folder.path("big.txt"), folder.path("plain.txt")])
        #expect(result.problems.isEmpty)
        let sentences = result.corpus.articles.map { $0.sentences.map(\.text) }
        #expect(sentences.count == 3 && sentences[0] == sentences[2] && sentences[1] == sentences[2])
        #expect(result.corpus.claims.count == 3)
        #expect(result.corpus.integrityProblems() == [])
    }

    @Test func crlfAndLoneCRReadLikeLF() throws {
        let folder = try Folder()
        try folder.write(Self.article.replacingOccurrences(of: "\n", with: "\r\n"), "windows.txt")
        try folder.write(Self.article.replacingOccurrences(of: "\n", with: "\r"), "classic-mac.txt")
        try folder.write(Self.article, "unix.txt")
        let result = Self.load([folder.path("windows.txt"), folder.path("classic-mac.txt"), folder.path("unix.txt")])
        #expect(result.problems.isEmpty)
        let articles = result.corpus.articles
        #expect(articles.count == 3)
        #expect(articles.allSatisfy { $0.text == Self.article && $0.sentences == articles[2].sentences })
        #expect(result.corpus.integrityProblems() == [])
    }

    // MARK: Size

    /// A file without a single full stop used to be one sentence, and extraction did work per sentence
    /// that grew with its length: a 1 MB line took minutes. Long stretches are now cut into pieces.
    @Test func aHugeSingleLineIsCutIntoBoundedSentences() throws {
        let line = String(repeating: "the corridor runs from the port to the border and on across the steppe ", count: 282_000)
        #expect(line.utf8.count > 20_000_000)
        let article = try ArticleReader.read(text: TextDecoding.decode(Array(line.utf8)), path: "line.txt", id: "line")
        #expect(article.sentences.allSatisfy { $0.text.utf8.count <= SentenceSegmenter.maximumSentenceBytes })
        #expect(article.sentences.count >= line.utf8.count / SentenceSegmenter.maximumSentenceBytes)
        #expect(article.sentences.allSatisfy { $0.text.first != " " && $0.text.last != " " })
        #expect(article.wordCount == 282_000 * 14)
    }

    @Test func aLongSingleLineWithNamesAndCuesLoadsCompletely() throws {
        let folder = try Folder()
        let chunk = "officials in Astana said the corridor across the Caspian would open according to Kazakhstan and China "
        try folder.write(String(repeating: chunk, count: 20_000), "line.txt")
        try folder.write(Self.article, "after.txt")
        let result = Self.load([folder.path("line.txt"), folder.path("after.txt")])
        #expect(result.problems.isEmpty)
        #expect(result.corpus.articles.map(\.id) == ["line", "after"])
        #expect(result.corpus.actors.first { $0.id == "kazakhstan" }.map { $0.mentions.count > 20_000 } == true)
        #expect(result.corpus.integrityProblems() == [])
    }

    /// Cuts fall between characters, never inside one, even in text with no spaces at all.
    @Test func cutsNeverSplitACharacter() throws {
        let text = String(repeating: "ğ", count: 10_000) + String(repeating: "中", count: 5_000)
        let article = try ArticleReader.read(text: text, path: "x.txt", id: "x")
        #expect(article.sentences.map(\.text).joined() == text)
        #expect(Corpus(articles: [article]).integrityProblems() == [])
    }

    @Test func aFolderWithThousandsOfFilesLoadsThemAll() throws {
        let folder = try Folder()
        for shelf in 0..<3 {
            try FileManager.default.createDirectory(atPath: folder.path("shelf-\(shelf)"), withIntermediateDirectories: true)
            for number in 0..<1_000 {
                try folder.write("Note \(number)\n\nKazakhstan said shelf \(shelf) holds note \(number).\n", "shelf-\(shelf)/note-\(number).txt")
            }
        }
        try folder.write([0x00, 0x01], "shelf-1/broken.txt")
        let result = Self.load([folder.url.path])
        #expect(result.corpus.articles.count == 3_000)
        #expect(Set(result.corpus.articles.map(\.id)).count == 3_000)
        #expect(result.problems.map(\.description) == [folder.path("shelf-1/broken.txt") + ": binary file (NUL byte at byte 0)"])
        #expect(result.corpus.claims.count == 3_000)
    }

    /// The shell's Ctrl-C reaches a long load through `isCancelled`, asked before each file.
    @Test func loadingStopsBetweenFilesWhenCancelled() throws {
        let folder = try Folder()
        for number in 0..<40 { try folder.write(Self.article, "article-\(number).txt") }
        var asked = 0
        let result = CorpusLoader(lexicon: LexiconLoader.shipped).load(paths: [folder.url.path]) {
            asked += 1
            return asked > 10
        }
        #expect(result.cancelled)
        #expect(result.corpus.articles.count == 10)
        #expect(!Self.load([folder.url.path]).cancelled)
    }

    // MARK: Special files

    /// Tests run as root in CI, and root reads a file whatever its mode, so there the honest outcome is
    /// a correct load; anyone else gets "permission denied" and the other files still load.
    @Test func unreadableFilesAndFolders() throws {
        let folder = try Folder()
        try folder.write(Self.article, "locked.txt")
        try FileManager.default.createDirectory(atPath: folder.path("locked-folder"), withIntermediateDirectories: true)
        try folder.write(Self.article, "locked-folder/inside.txt")
        try folder.write(Self.article, "open.txt")
        #expect(chmod(folder.path("locked.txt"), 0) == 0)
        #expect(chmod(folder.path("locked-folder"), 0) == 0)
        let result = Self.load([folder.url.path])
        let reasons = Self.reasons(result)
        if geteuid() == 0 {
            #expect(result.problems.isEmpty)
            #expect(Set(result.corpus.articles.map(\.id)) == ["inside", "locked", "open"])
        } else {
            #expect(reasons["locked.txt"] == "permission denied")
            #expect(reasons["locked-folder"] == "cannot list folder")
            #expect(result.corpus.articles.map(\.id) == ["open"])
        }
    }

    @Test func linksThatLeadNowhereAreNamed() throws {
        let folder = try Folder()
        try folder.write(Self.article, "real.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path("a.txt"), withDestinationPath: folder.path("b.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("b.txt"), withDestinationPath: folder.path("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("dangling.txt"), withDestinationPath: folder.path("gone.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("alias.txt"), withDestinationPath: folder.path("real.txt"))
        let result = Self.load([folder.url.path, folder.path("a.txt")])
        let reasons = Self.reasons(result)
        #expect(reasons["a.txt"] == "symbolic link loop or broken link")
        #expect(reasons["b.txt"] == "symbolic link loop or broken link")
        #expect(reasons["dangling.txt"] == "symbolic link loop or broken link")
        #expect(result.corpus.articles.count == 1)  // the alias is the same file, read once
    }

    /// A named pipe never reaches end-of-file and a device like /dev/zero never ends; reading either
    /// would hang or exhaust memory, so they are refused up front.
    @Test func pipesAndDevicesAreRefusedWithoutHanging() throws {
        let folder = try Folder()
        #expect(mkfifo(folder.path("pipe.txt"), 0o600) == 0)
        try folder.write(Self.article, "real.txt")
        let result = Self.load([folder.url.path, "/dev/zero", "/dev/null"])
        let reasons = Self.reasons(result)
        #expect(reasons["pipe.txt"] == "not a regular file")
        #expect(reasons["zero"] == "not a regular file")
        #expect(reasons["null"] == "not a regular file")
        #expect(result.corpus.articles.map(\.id) == ["real"])
    }

    // MARK: Found by fuzzing

    /// Inputs `Scripts/fuzz` found that broke a promise of the model; each must now extract cleanly.
    @Test(arguments: [
        // A group speaker whose range reached back past its text: the mention's text differed from its span.
        "Pipelines and Promises\nBy A. Writer\n12opens t(is. The* he* \u{1B}[30mred\u{1B}[0m in't anChin\n\nese sch\u{1B}[30m\n\nd\u{1B}[0m in't anChin\n\nese sThe foreign minister said on Tuesday that the corridor \"would!open by 2026\". According to officials inRussia and Kazakhstan sig@ed an agreement on 3 May 2023.\n",
    ])
    func fuzzFindingsExtractCleanly(text: String) throws {
        for markdown in [false, true] {
            var builder = CorpusBuilder(lexicon: LexiconLoader.shipped)
            try builder.add(text: text, path: "found.txt", markdown: markdown)
            #expect(builder.build().integrityProblems() == [])
        }
    }

    @Test func theSampleCorpusKeepsTheModelsPromises() {
        #expect(SampleCorpus.load().corpus.integrityProblems() == [])
    }
}
