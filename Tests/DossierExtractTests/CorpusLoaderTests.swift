import DossierModel
import Foundation
import Testing

@testable import DossierExtract

@Suite struct CorpusLoaderTests {
    static let article = "3 March 2024\n\nA Title\n\nAn Author\n\nKazakhstan and China signed a deal.\n"

    static func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("nested"), withIntermediateDirectories: true)
        return folder
    }

    @Test func oneBadFileNeverStopsTheRest() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.article.write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Self.article.write(to: folder.appendingPathComponent("nested/also good.md"), atomically: true, encoding: .utf8)
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data([0x41, 0x00, 0x42]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data([0x41, 0xFF, 0x42]).write(to: folder.appendingPathComponent("latin1.txt"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop.txt").path, withDestinationPath: folder.appendingPathComponent("loop.txt").path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("nested/up").path, withDestinationPath: folder.path)
        try "ignored".write(to: folder.appendingPathComponent("notes.csv"), atomically: true, encoding: .utf8)

        let result = CorpusLoader(lexicon: LexiconLoader.shipped).load(paths: [folder.path, folder.path + "/missing.txt"])
        #expect(result.corpus.articles.map(\.id).sorted() == ["also-good", "good"])
        let reasons = Dictionary(result.problems.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(reasons["empty.txt"] == "empty file")
        #expect(reasons["binary.txt"] == "binary file (NUL byte at byte 1)")
        #expect(reasons["latin1.txt"] == "invalid UTF-8 at 1:2")
        #expect(reasons["folder.txt"] == "is a folder, not a file")
        #expect(reasons["loop.txt"] == "symbolic link loop or broken link")
        #expect(reasons["up"] != nil)  // the folder loop is reported, not followed forever
        #expect(reasons["missing.txt"] == "no such file or folder")
        #expect(result.corpus.actors.contains { $0.id == "kazakhstan" })
    }

    @Test func articleIdsAreUniqueSlugs() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.article.write(to: folder.appendingPathComponent("Same Name.txt"), atomically: true, encoding: .utf8)
        try Self.article.write(to: folder.appendingPathComponent("nested/Same Name.txt"), atomically: true, encoding: .utf8)
        let result = CorpusLoader(lexicon: LexiconLoader.shipped).load(paths: [folder.path + "/*.txt", folder.path + "/nested/*.txt", folder.path + "/*.none"])
        #expect(result.corpus.articles.map(\.id) == ["same-name", "same-name-2"])
        #expect(result.problems.map(\.reason) == ["no files match this pattern"])
    }

    @Test func theSampleCorpusShipsWithTheProgram() {
        let result = SampleCorpus.load()
        #expect(result.problems.isEmpty)
        #expect(result.corpus.articles.count >= 4)
        #expect(result.corpus.articles.allSatisfy { $0.date != nil && !$0.sentences.isEmpty })
        #expect(result.corpus.integrityProblems() == [])
    }
}
