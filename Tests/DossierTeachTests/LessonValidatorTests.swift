import Testing
@testable import DossierTeach

@Suite struct LessonValidatorTests {
    func findings(_ body: String) throws -> [ValidationReport.Finding] {
        let lesson = try Fixtures.lesson(body, checkCorpus: true)
        return LessonValidator(checker: Fixtures.checker(for: lesson)).validate().exercises.flatMap(\.findings)
    }

    @Test func soundExerciseHasNoFindings() throws {
        let result = try findings("""
            exercise: china
            prompt: What does China sponsor?
            answer: frameworks | where "China" in sponsors | select name
            hint: Use `in`.
            wrong: frameworks | where sponsors has "China" | select name
            feedback: `has` matches text inside names.
            """)
        #expect(result == [])
    }

    @Test func brokenReferenceIsAnError() throws {
        let result = try findings("exercise: a\nprompt: p\nanswer: frameworks | select nme\nhint: h\n")
        #expect(result.count == 1)
        #expect(result[0].isError)
        #expect(result[0].message.hasPrefix("the reference query fails on the lesson's articles: Your query did not run: reference:1:"))
    }

    @Test func answerFittedToVisibleDataFailsOnTheCheckCorpus() throws {
        let reference = "frameworks | where \"China\" in sponsors | select name"
        let names = try AnswerRunner.run(reference, on: Fixtures.sample).get().rows.map { "\"\($0[0])\"" }
        let fitted = "frameworks | where name in [\(names.joined(separator: ", "))] | select name"
        #expect(AnswerRunner.run(fitted, on: Fixtures.sample) == AnswerRunner.run(reference, on: Fixtures.sample))
        let result = try findings("exercise: china\nprompt: p\nanswer: \(reference)\naccept: \(fitted)\nhint: h\n")
        #expect(result.count == 1)
        #expect(result[0].isError)
        #expect(result[0].message.hasPrefix("accepted answer 1 does not pass: Your answer gives the right rows for these articles, but not for another set"))

        // Without a check corpus nothing could have told.
        let lesson = try Fixtures.lesson("exercise: china\nprompt: p\nanswer: \(reference)\naccept: \(fitted)\nhint: h\n")
        #expect(LessonValidator(checker: Fixtures.checker(for: lesson)).validate().errorCount == 0)
    }

    /// Line numbers count the two lines `Fixtures.lesson` puts first.
    @Test func wrongAnswersMustFailWithTheirOwnMessage() throws {
        let result = try findings("""
            exercise: a
            prompt: p
            answer: frameworks | where kind == "pipeline" | select name
            hint: h
            wrong: frameworks | where kind == "pipeline" | select name | sort name
            feedback: This is in fact right.
            wrong: frameworks | select name
            feedback: All of them.
            wrong: frameworks | where true | select name
            feedback: Also all of them.
            wrong: frameworks | select nonsense
            feedback: Does not run.
            """)
        #expect(result.count == 3)
        #expect(result.first?.message == "the wrong answer at line 7 is accepted as right")
        #expect(result.dropFirst().first?.message == "the wrong answer at line 11 fails, but with the message of the wrong answer at line 9")
        #expect(result.last?.message.hasPrefix("the wrong answer at line 13 does not run: Your query did not run: reference:1:") == true)
    }

    @Test func promisedHintsMustExist() throws {
        let result = try findings("exercise: a\nprompt: Stuck? Type .hint.\nanswer: actors | select name\n")
        #expect(result == [ValidationReport.Finding(isError: true, message: "the prompt mentions `.hint`, but the exercise has no `hint:`")])
        let promisedByIntro = try findings("intro: Type `.hint` when stuck.\nexercise: a\nprompt: p\nanswer: actors | select name\n")
        #expect(promisedByIntro == [ValidationReport.Finding(
            isError: true, message: "the lesson's intro promises hints (`.hint`), but the exercise has no `hint:`")])
        let quiet = try findings("exercise: a\nprompt: p\nanswer: actors | select name\n")
        #expect(quiet == [ValidationReport.Finding(isError: false, message: "the exercise has no hints")])
    }

    @Test func orderedByAColumnTheReferenceLacks() throws {
        let result = try findings("exercise: a\nprompt: p\nanswer: actors | select name\ncompare: ordered by mentions\nhint: h\n")
        #expect(result.contains(ValidationReport.Finding(
            isError: true, message: "it is compared `ordered by mentions`, but the expected rows have no column `mentions`")))
    }
}
