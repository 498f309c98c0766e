import DossierModel

/// What loading produced: the corpus of every readable article, and a problem for every file skipped.
public struct LoadResult: Sendable {
    public var corpus: Corpus
    public var problems: [LoadProblem]
    /// Loading was stopped before every file was read; `corpus` holds those read until then.
    public var cancelled: Bool

    public init(corpus: Corpus, problems: [LoadProblem], cancelled: Bool = false) {
        self.corpus = corpus
        self.problems = problems
        self.cancelled = cancelled
    }
}
