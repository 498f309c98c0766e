import DossierExtract
import DossierModel

/// Where a batch run's articles come from: the given paths, or the built-in samples without any.
enum CorpusSource {
    struct Loaded {
        var corpus: Corpus
        /// One line per file that was skipped.
        var problems: [String]
        /// Paths were given but not one article could be read: nothing useful can run.
        var fatal: Bool
        /// Ctrl-C stopped the load (see `load(paths:isCancelled:)`).
        var cancelled = false
    }

    static func load(paths: [String], isCancelled: () -> Bool = { false }) -> Loaded {
        guard !paths.isEmpty else {
            let result = SampleCorpus.load()
            return Loaded(corpus: result.corpus, problems: result.problems.map(\.description), fatal: false)
        }
        let lexicon: Lexicon
        do {
            lexicon = try LexiconLoader.load()
        } catch {
            return Loaded(corpus: Corpus(), problems: ["lexicon: \(error)"], fatal: true)
        }
        let result = CorpusLoader(lexicon: lexicon).load(paths: paths, isCancelled: isCancelled)
        if result.cancelled { return Loaded(corpus: result.corpus, problems: [], fatal: true, cancelled: true) }
        var problems = result.problems.map(\.description)
        let fatal = result.corpus.articles.isEmpty
        if fatal { problems.append("no articles could be read from \(paths.joined(separator: " "))") }
        return Loaded(corpus: result.corpus, problems: problems, fatal: fatal)
    }
}
