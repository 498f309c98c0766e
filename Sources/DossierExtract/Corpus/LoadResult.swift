import DossierModel

/// What loading produced: the corpus of every readable article, and a problem for every file skipped.
public struct LoadResult: Sendable {
    public var corpus: Corpus
    public var problems: [LoadProblem]

    public init(corpus: Corpus, problems: [LoadProblem]) {
        self.corpus = corpus
        self.problems = problems
    }
}
