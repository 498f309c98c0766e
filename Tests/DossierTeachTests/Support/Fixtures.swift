import DossierExtract
import DossierModel
@testable import DossierTeach

/// Shared test material: the repository's folders and the corpora lessons run on.
enum Fixtures {
    /// The repository root, found from this file's place in `Tests/DossierTeachTests/Support`.
    static let repository: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)
        return parts.joined(separator: "/")
    }()

    static let lessonsFolder = repository + "/Docs/lessons"

    static let sample: Corpus = SampleCorpus.load(lexicon: LexiconLoader.shipped).corpus

    static let checkCorpus: Corpus = CorpusLoader(lexicon: LexiconLoader.shipped).load(paths: [lessonsFolder + "/check-corpus"]).corpus

    /// A lesson on the sample corpus with one exercise built from `body` (the keys after `exercise:`).
    static func lesson(_ body: String, checkCorpus: Bool = false) throws -> Lesson {
        try LessonParser.parse("title: Test\n" + (checkCorpus ? "check-corpus: check\n" : "") + body, path: lessonsFolder + "/test.lesson")
    }

    static func checker(for lesson: Lesson) -> LessonChecker {
        LessonChecker(lesson: lesson, corpora: LessonCorpora(main: sample, check: lesson.checkCorpus == nil ? nil : checkCorpus))
    }
}
