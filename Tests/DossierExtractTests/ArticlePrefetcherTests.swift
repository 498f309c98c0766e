import DossierModel
import Foundation
import Testing

@testable import DossierExtract

/// Loading reads and tokenises articles on another thread, in batches; the corpus must be exactly the
/// one that reading the same files one by one on a single thread gives.
@Suite struct ArticlePrefetcherTests {
    /// 40 articles (more than two batches) made from the samples, with an unreadable file among them.
    static func makeFolder() throws -> (folder: URL, files: [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-prefetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let samples = try SampleCorpus.paths().map { try String(contentsOfFile: $0, encoding: .utf8) }
        var files: [String] = []
        for number in 0..<40 {
            let file = folder.appendingPathComponent(String(format: "article-%02d.txt", number)).path
            if number == 21 {
                try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: file))
            } else {
                try samples[number % samples.count].write(toFile: file, atomically: true, encoding: .utf8)
            }
            files.append(file)
        }
        return (folder, files)
    }

    @Test func theLoadedCorpusIsTheOneASingleThreadBuilds() throws {
        let (folder, files) = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = CorpusLoader(lexicon: LexiconLoader.shipped).load(paths: [folder.path])

        var builder = CorpusBuilder(lexicon: LexiconLoader.shipped)
        for file in files {
            guard let text = try? CorpusLoader.readText(file) else { continue }
            try builder.add(text: text, path: file)
        }
        let sequential = builder.build()

        #expect(loaded.corpus.articles.count == 39)
        #expect(loaded.corpus.articles == sequential.articles)
        #expect(loaded.corpus.actors == sequential.actors)
        #expect(loaded.corpus.frameworks == sequential.frameworks)
        #expect(loaded.corpus.claims == sequential.claims)
        #expect(loaded.corpus.events == sequential.events)
        #expect(loaded.problems.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["article-21.txt"])
    }

    @Test func cancellingStopsBetweenFilesWithTheArticlesReadSoFar() throws {
        let (folder, _) = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var asked = 0
        let result = CorpusLoader(lexicon: LexiconLoader.shipped).load(paths: [folder.path]) {
            asked += 1
            return asked > 18
        }
        #expect(result.cancelled)
        #expect(result.corpus.articles.map(\.id) == (0..<18).map { String(format: "article-%02d", $0) })
    }
}
