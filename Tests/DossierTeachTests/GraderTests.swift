import Testing
@testable import DossierTeach
import DossierShell

@Suite struct GraderTests {
    static let lessonText = """
        title: Grading test
        exercise: pipelines
        prompt: The names of the pipelines.
        answer: frameworks | where kind == "pipeline" | select name
        partial-credit: yes
        points: 4
        wrong: frameworks | where kind == "corridor" | select name
        feedback: Those are corridors, not pipelines.

        exercise: kinds
        prompt: Frameworks per kind, most first.
        answer: frameworks | group by kind | sort count desc
        compare: ordered by count
        points: 2
        """

    let folder = TemporaryFolder()

    func grade(_ submissions: [(String, String)]) throws -> Gradebook {
        let lesson = try LessonParser.parse(Self.lessonText, path: folder.write(Self.lessonText, to: "grading.lesson"))
        let files = submissions.map { folder.write($0.1, to: $0.0) }
        return Grader(checker: Fixtures.checker(for: lesson)).grade(files: files)
    }

    @Test func gradesRightWrongPartlyRightAndMalformedFiles() throws {
        let gradebook = try grade([
            ("right.dq", """
                # student: Ada
                ## pipelines
                # a comment inside the answer is part of the query
                frameworks | where kind == "pipeline"
                  | select name

                ## kinds
                frameworks | group by kind | sort count desc
                """),
            ("wrong.dq", "# student: Ben\n## pipelines\nframeworks | where kind == \"corridor\" | select name\n## kinds\nframeworks | group by kind | sort count\n"),
            ("partly.dq", "# student: Cy\n## pipelines\nframeworks | where kind == \"pipeline\" | select name | take 2\n"),
            ("malformed.dq", "## pipelines\nframeworks\n"),
            ("broken-query.dq", "# student: Di\n\n## kinds\nframeworks | group by knd\n"),
        ])
        #expect(gradebook.hasProblems)
        #expect(gradebook.students.map(\.name) == ["Ada", "Ben", "Cy", "?", "Di"])
        let ada = gradebook.students[0]
        #expect(ada.grades.map(\.passed) == [true, true])
        #expect(ada.total == 6)

        let ben = gradebook.students[1]
        #expect(ben.grades.map(\.passed) == [false, false])
        #expect(ben.grades[0].message.hasPrefix("Those are corridors, not pipelines."))
        #expect(ben.grades[0].points == 0)
        #expect(ben.grades[1].message.contains("order is wrong"))
        #expect(ben.total == 0)

        let cy = gradebook.students[2]
        let pipelines = try #require(Fixtures.checker(for: try LessonParser.parse(Self.lessonText, path: "x")).expected(
            try LessonParser.parse(Self.lessonText, path: "x").exercises[0]))
        let expectedCount = try pipelines.get().rows.count
        #expect(cy.grades[0].points == LessonChecker.rounded(4 * 2 / Double(expectedCount)))
        #expect(cy.grades[0].points > 0 && cy.grades[0].points < 4)
        #expect(cy.grades[1].answered == false)
        #expect(cy.grades[1].message == "no answer")

        let malformed = gradebook.students[3]
        #expect(malformed.problem?.hasPrefix(folder.file("malformed.dq") + ":1:1: error: the file must start with `# student: NAME`") == true)
        #expect(malformed.grades.isEmpty)

        let di = gradebook.students[4]
        #expect(di.grades[1].message.hasPrefix("Your query did not run: \(folder.file("broken-query.dq")):4:"))
        #expect(di.grades[1].points == 0)
    }

    @Test func gradebookRendersAsCSVAndJSON() throws {
        let gradebook = try grade([("a.dq", "# student: Ada, Jr.\n## kinds\nframeworks | group by kind | sort count desc\n")])
        let csv = GradebookTable.render(gradebook, as: .csv, width: 200)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "student,file,exercise,passed,points,max_points,message")
        #expect(lines[1].hasPrefix("\"Ada, Jr.\",\(folder.file("a.dq")),pipelines,false,0,4,no answer"))
        #expect(lines[2].hasPrefix("\"Ada, Jr.\",\(folder.file("a.dq")),kinds,true,2,2,Right!"))
        #expect(lines[3].hasPrefix("\"Ada, Jr.\",\(folder.file("a.dq")),total,false,2,6,1 of 2 exercises passed"))
        let json = GradebookTable.render(gradebook, as: .json, width: 200)
        #expect(json.contains("\"exercise\":\"kinds\",\"passed\":true,\"points\":2"))
    }

    @Test(arguments: [
        ("# student: A\n## nope\nactors\n", ":2:4: error: the lesson has no exercise `nope`; it has kinds, pipelines"),
        ("# student: A\n## kinds\nactors\n## kinds\nactors\n", ":4:4: error: exercise `kinds` is answered twice (first at line 2)"),
        ("# student: A\nactors\n", ":2:1: error: text before the first `## EXERCISE-ID` heading"),
        ("# student: A\n# student: B\n", ":2:1: error: the student is named twice (first at line 1)"),
        ("# student:\n", ":1:11: error: `# student:` needs the student's name"),
        ("", ":1:1: error: the file does not name its student; start it with `# student: NAME`"),
    ])
    func malformedSubmissionsSayWhere(text: String, expected: String) {
        do {
            _ = try SubmissionParser.parse(text, path: "s.dq", exerciseIDs: ["kinds", "pipelines"])
            Issue.record("accepted a malformed submission")
        } catch {
            #expect(error.description.hasPrefix("s.dq" + expected))
        }
    }

    @Test func unreadableFileIsReportedAndOthersAreGraded() throws {
        let lesson = try LessonParser.parse(Self.lessonText, path: "grading.lesson")
        let good = folder.write("# student: Ada\n## kinds\nframeworks | group by kind | sort count desc\n", to: "good.dq")
        folder.write("", to: "binary.dq")
        try Data([0x23, 0x00, 0xFF]).write(to: URL(fileURLWithPath: folder.file("binary.dq")))
        let gradebook = Grader(checker: Fixtures.checker(for: lesson)).grade(files: [folder.file("missing.dq"), folder.file("binary.dq"), good])
        #expect(gradebook.students[0].problem?.contains("missing.dq") == true)
        #expect(gradebook.students[1].problem?.contains("not a UTF-8 text file") == true)
        #expect(gradebook.students[2].total == 2)
    }
}

import Foundation
