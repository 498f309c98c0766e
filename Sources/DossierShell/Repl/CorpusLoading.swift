import DossierExtract
import DossierModel

/// Reads articles for the shell: the user's lexicons over the shipped ones, then the given paths, or
/// the built-in samples when there are none.
struct CorpusLoading {
    /// The corpus, the files that could not be read, and a phrase saying where the articles came from.
    struct Loaded {
        var corpus: Corpus
        var problems: [LoadProblem]
        var origin: String
    }

    let lexicon: Lexicon
    /// Set when the user's lexicons could not be read and only the shipped one is in use.
    let lexiconProblem: String?

    init(environment: [String: String]) {
        do {
            lexicon = try LexiconLoader.load(environment: environment)
            lexiconProblem = nil
        } catch {
            lexicon = LexiconLoader.shipped
            lexiconProblem = "\(error) (using the shipped lexicon only)"
        }
    }

    func load(_ paths: [String]) -> Loaded {
        if paths.isEmpty {
            let result = SampleCorpus.load(lexicon: lexicon)
            return Loaded(corpus: result.corpus, problems: result.problems, origin: "the built-in samples")
        }
        let result = CorpusLoader(lexicon: lexicon).load(paths: paths)
        return Loaded(corpus: result.corpus, problems: result.problems, origin: paths.joined(separator: " "))
    }
}

extension Corpus {
    /// "4 articles: 61 actors, 23 frameworks, 40 claims, 52 events".
    var summary: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return count(articles.count, "article") + ": " + [
            count(actors.count, "actor"), count(frameworks.count, "framework"),
            count(claims.count, "claim"), count(events.count, "event"),
        ].joined(separator: ", ")
    }
}
