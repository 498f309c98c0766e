import Foundation
import Testing
@testable import DossierTeach

/// The complete example in Docs/teaching.md must be a lesson that passes its own check.
@Suite struct DocsExampleTests {
    @Test func completeExampleIsASoundLesson() throws {
        let guide = try String(contentsOfFile: Fixtures.repository + "/Docs/teaching.md", encoding: .utf8)
        let heading = try #require(guide.range(of: "### A complete example"))
        let fence = try #require(guide.range(of: "```\n", range: heading.upperBound..<guide.endIndex))
        let end = try #require(guide.range(of: "```", range: fence.upperBound..<guide.endIndex))
        // Placed beside the shipped lessons so `check-corpus: check-corpus` resolves.
        let lesson = try LessonParser.parse(String(guide[fence.upperBound..<end.lowerBound]), path: Fixtures.lessonsFolder + "/example.lesson")
        #expect(lesson.exercises.map(\.id) == ["pipelines", "kinds", "written-out"])
        let report = LessonValidator(checker: Fixtures.checker(for: lesson)).validate()
        #expect(report.errorCount == 0)
        #expect(report.warningCount == 0)
    }
}
