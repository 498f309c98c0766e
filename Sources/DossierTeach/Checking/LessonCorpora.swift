import DossierExtract
import DossierModel

/// The articles of a lesson, read once: the corpus the exercises are about, and the check corpus.
public struct LessonCorpora: Sendable {
    public var main: Corpus
    public var check: Corpus?

    public init(main: Corpus, check: Corpus?) {
        self.main = main
        self.check = check
    }

    /// Reads both corpora with the shipped lexicons only, so a lesson means the same on every machine.
    /// Any file that cannot be read makes the lesson unusable, and is reported.
    public static func load(for lesson: Lesson) throws(LessonLoadError) -> LessonCorpora {
        let main = try load(lesson.corpus, role: "corpus")
        let check = try lesson.checkCorpus.map { choice throws(LessonLoadError) in try load(choice, role: "check corpus") }
        return LessonCorpora(main: main, check: check)
    }

    static func load(_ choice: CorpusChoice, role: String) throws(LessonLoadError) -> Corpus {
        let result: LoadResult
        switch choice {
        case .sample: result = SampleCorpus.load(lexicon: LexiconLoader.shipped)
        case .paths(let paths): result = CorpusLoader(lexicon: LexiconLoader.shipped).load(paths: paths)
        }
        if let problem = result.problems.first {
            throw LessonLoadError("the lesson's \(role) cannot be read: \(problem.description)")
        }
        if result.corpus.articles.isEmpty { throw LessonLoadError("the lesson's \(role) has no articles") }
        return result.corpus
    }
}

/// A lesson that cannot be used: unreadable, malformed, or its articles missing.
public struct LessonLoadError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}
