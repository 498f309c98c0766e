import Foundation
import Testing
@testable import DossierTeach

/// The lessons in Docs/lessons must stay sound as the extractor and the language change.
@Suite struct ShippedLessonsTests {
    static let lessons = ["who-speaks.lesson", "frameworks.lesson"]

    @Test(arguments: lessons)
    func lessonPassesItsOwnCheck(name: String) throws {
        let lesson = try Lesson.read(Fixtures.lessonsFolder + "/" + name)
        #expect(lesson.exercises.count >= 6)
        #expect(lesson.corpus == .sample)
        #expect(lesson.checkCorpus == .paths([Fixtures.lessonsFolder + "/check-corpus"]))
        let checker = LessonChecker(lesson: lesson, corpora: try LessonCorpora.load(for: lesson))
        let report = LessonValidator(checker: checker).validate()
        let problems = report.exercises.flatMap { exercise in exercise.findings.map { "\(exercise.id): \($0.message)" } }
        #expect(problems == [])
        #expect(lesson.exercises.allSatisfy { !$0.hints.isEmpty && !$0.mistakes.isEmpty && $0.explanation != nil })
    }

    @Test func checkArticlesAreShortOriginalArticles() throws {
        let folder = Fixtures.lessonsFolder + "/check-corpus"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        #expect(names.count == 2)
        for name in names {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            let words = text.split(whereSeparator: \.isWhitespace).count
            #expect((300...500).contains(words), "\(name) has \(words) words")
        }
    }
}
