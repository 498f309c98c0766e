import Testing
@testable import DossierTeach

/// The answer files in Docs/lessons/sample-answers, graded against the shipped frameworks lesson:
/// one right, one partly right, one wrong (with an answer fitted to the visible articles), one malformed.
@Suite struct SampleAnswersTests {
    static let folder = Fixtures.lessonsFolder + "/sample-answers/"

    func gradebook() throws -> Gradebook {
        let lesson = try Lesson.read(Fixtures.lessonsFolder + "/frameworks.lesson")
        let checker = LessonChecker(lesson: lesson, corpora: try LessonCorpora.load(for: lesson))
        return Grader(checker: checker).grade(files: ["right.dq", "partly-right.dq", "wrong.dq", "malformed.dq"].map { Self.folder + $0 })
    }

    @Test func gradesEachKindOfSubmission() throws {
        let book = try gradebook()
        #expect(book.hasProblems)
        #expect(book.maximum == 14)

        let right = book.students[0]
        #expect(right.name == "Amina Sadykova")
        #expect(right.grades.allSatisfy { $0.passed })
        #expect(right.total == 14)

        let partly = book.students[1]
        #expect(partly.grades.map(\.passed) == [true, false, false, false, false, false, false])
        #expect(partly.grades[0].points == 1)
        #expect(partly.grades[1].message.hasPrefix("Those are the right counts in the wrong direction"))
        #expect(partly.grades[1].points == 0, "no partial credit where the lesson does not allow it")
        #expect(partly.grades[2].message.hasPrefix("`has` matches text inside the sponsors' names"))
        let top = partly.grades[3]
        #expect(top.points > 0 && top.points < 1, "three of the sponsors earn a small share of 2 points")
        #expect(top.message.contains("expected rows are missing, for example: "))
        #expect(partly.grades[4].points > 1 && partly.grades[4].points < 2)
        #expect(partly.grades[5].message == "no answer")
        #expect(partly.total == LessonChecker.rounded(partly.grades.reduce(0) { $0 + $1.points }))

        let wrong = book.students[2]
        #expect(wrong.total == 0)
        #expect(wrong.grades.allSatisfy { $0.points == 0 })
        #expect(wrong.grades[2].message.hasPrefix("You wrote out the names you saw."))
        #expect(wrong.grades[2].message.contains("not for another set of articles it is also checked against"))
        #expect(wrong.grades[3].message.contains("missing column `sponsor`; column `name` not asked for"))

        let malformed = book.students[3]
        #expect(malformed.problem?.hasPrefix(Self.folder + "malformed.dq:1:1: error: text before the first `## EXERCISE-ID` heading") == true)
    }

    @Test func gradebookTableHasARowPerExerciseAndATotal() throws {
        let table = GradebookTable(try gradebook())
        #expect(table.rowCount == 3 * 8 + 1)
        #expect(table.cell(row: 7, column: 2) == .text("total"))
        #expect(table.cell(row: 7, column: 4) == .number(14))
        #expect(table.cell(row: 24, column: 2) == .text("(submission)"))
    }
}
