import DossierExtract
import DossierModel
import Foundation

/// Finds the gold files and the articles they describe.
enum GoldData {
    static var folder: URL? { Bundle.module.url(forResource: "Gold", withExtension: nil) }

    static func goldFiles() -> [URL] {
        guard let folder else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".gold.json") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Articles written for scoring only and never used to tune the rules or lexicons, so their scores
    /// estimate how extraction does on unseen text. Each `NAME.txt` has its `NAME.gold.json` beside it.
    /// `Heldout2` is a second such set, written after the first had been used to fix rules, so its first scores
    /// were again unseen-text figures; `Heldout3` is a third, written after both had been used, and `Heldout4` a fourth, written after all three had.
    static func heldoutFolder(_ name: String = "Heldout") -> URL? { folder?.appendingPathComponent(name) }

    static func heldoutGoldFiles(_ name: String = "Heldout") -> [URL] {
        guard let heldoutFolder = heldoutFolder(name) else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: heldoutFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".gold.json") }.sorted().map { heldoutFolder.appendingPathComponent($0) }
    }

    static func load(_ url: URL) throws -> GoldFile {
        try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: url))
    }

    static func sentences() throws -> [GoldSentence] {
        guard let folder else { return [] }
        let text = try String(contentsOf: folder.appendingPathComponent("sentences.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map { line in
            try JSONDecoder().decode(GoldSentence.self, from: Data(line.utf8))
        }
    }

    /// The shared real article, which lives beside the repository when the workspace provides it.
    static var sharedArticlePath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/new-stan-dard.txt").path
    }

    static var sharedArticleExists: Bool { FileManager.default.fileExists(atPath: sharedArticlePath) }

    static func slug(ofArticle name: String) -> String {
        var stem = name
        if let dot = stem.lastIndex(of: ".") { stem = String(stem[..<dot]) }
        return Slug.make(stem)
    }
}
