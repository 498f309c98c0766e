import Foundation

/// The sample articles shipped with Dossier (`Resources/Samples/*.txt`), used when no paths are given.
public enum SampleCorpus {
    /// Paths of the sample files, sorted by name.
    public static func paths() -> [String] {
        guard let folder = Bundle.module.url(forResource: "Samples", withExtension: nil) else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    /// The sample corpus, extracted with `lexicon` (the shipped lexicon by default).
    public static func load(lexicon: Lexicon = LexiconLoader.shipped) -> LoadResult {
        CorpusLoader(lexicon: lexicon).load(paths: paths())
    }
}
