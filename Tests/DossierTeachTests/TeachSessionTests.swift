import DossierShell
import Testing
@testable import DossierTeach

@Suite struct TeachSessionTests {
    static let lessonText = """
        title: Guided test
        check-corpus: check
        intro: Welcome to the test lesson.

        exercise: pipelines
        title: Pipelines
        points: 2
        prompt: The names of the pipelines, in a column `name`.
        answer: frameworks | where kind == "pipeline" | select name
        hint: Filter on `kind`.
        hint: `where kind == "pipeline"`.
        wrong: frameworks | where kind == "corridor" | select name
        feedback: Those are corridors.
        explanation: Filters keep rows.

        exercise: kinds
        requires: pipelines
        prompt: Frameworks per kind, most first.
        answer: frameworks | group by kind | sort count desc
        compare: ordered by count
        reveal-answer: yes

        exercise: china
        prompt: What China sponsors, in a column `name`.
        answer: frameworks | where "China" in sponsors | select name
        """

    let folder = TemporaryFolder()

    struct Run {
        var output: String
        var errors: String
        var prompts: [String]
    }

    func run(_ lines: [String], progressFile: String? = nil, showsPrompt: Bool = true) throws -> Run {
        let lesson = try LessonParser.parse(Self.lessonText, path: Fixtures.lessonsFolder + "/guided.lesson")
        let store = ProgressStore(path: progressFile ?? folder.file("progress"))
        let progress = try store.load(exerciseIDs: Set(lesson.exercises.map(\.id)))
        let reader = ScriptedReader(lines)
        let output = TextBuffer()
        let errors = TextBuffer()
        let session = TeachSession(
            checker: Fixtures.checker(for: lesson), progress: progress, store: store, reader: reader, output: output, errors: errors,
            showsPrompt: showsPrompt)
        #expect(session.run() == 0)
        return Run(output: output.text, errors: errors.text, prompts: reader.prompts)
    }

    @Test func rightAnswerScoresAndMovesOn() throws {
        let result = try run(["frameworks | where kind == \"pipeline\" | select name", ".submit"])
        #expect(result.output.contains("Welcome to the test lesson."))
        #expect(result.output.contains("Exercise 1 of 3: Pipelines [pipelines, 2 points]"))
        #expect(result.output.contains("Right! +2 points.\nFilters keep rows.\nScore: 2 of 4."))
        #expect(result.output.contains("Exercise 2 of 3: kinds [kinds, 1 point]"))
        #expect(result.prompts.prefix(3) == ["pipelines> ", "pipelines> ", "kinds> "])
        #expect(result.errors == "")
    }

    @Test func wrongAnswerIsExplainedWithTheTargetedMessage() throws {
        let result = try run([".answer frameworks | where kind == \"corridor\" | select name"])
        #expect(result.output.contains("Not yet.\nThose are corridors.\n"))
        #expect(result.output.contains("expected rows are missing, for example: "))
        #expect(result.output.contains("(`.hint` gives a hint: 2 left.)"))
        #expect(!result.output.contains("Right!"))
    }

    @Test func answerFittedToTheVisibleArticlesFails() throws {
        let names = try AnswerRunner.run("frameworks | where \"China\" in sponsors | select name", on: Fixtures.sample).get().rows
            .map { "\"\($0[0])\"" }.joined(separator: ", ")
        let result = try run([".goto china", ".answer frameworks | where name in [\(names)] | select name"])
        #expect(result.output.contains("Not yet.\nYour answer gives the right rows for these articles, but not for another set"))
    }

    @Test func hintsComeOneAtATimeAndTheReferenceStaysHidden() throws {
        let result = try run([".hint", ".hint", ".hint", ".reveal", ".skip"])
        #expect(result.output.contains("Hint 1 of 2: Filter on `kind`."))
        #expect(result.output.contains("Hint 2 of 2: `where kind == \"pipeline\"`."))
        #expect(result.output.contains("That was the last hint."))
        #expect(result.errors.contains("error: this lesson does not show the answer to `pipelines`"))
        #expect(!result.output.contains("frameworks | where kind == \"pipeline\" | select name"))
        #expect(result.output.contains("Skipped `pipelines`"))
        // `kinds` needs `pipelines`, so the next open exercise is `china`.
        #expect(result.output.contains("Exercise 3 of 3: china"))
    }

    @Test func revealAfterSolvingWhenTheLessonAllowsIt() throws {
        let result = try run([
            ".answer frameworks | where kind == \"pipeline\" | select name",
            "frameworks | group by kind",
            ".submit",
            ".answer frameworks | group by kind | sort count desc",
        ])
        #expect(result.output.contains("The rows are right but the order is wrong: row 1 should have count "))
        #expect(result.output.contains("The rows are expected in order of count."))
        #expect(result.output.contains("The lesson's answer:\n    frameworks | group by kind | sort count desc"))
    }

    @Test func navigationAndStatus() throws {
        let result = try run([".goto kinds", ".goto nowhere", ".goto china", ".back", ".status", ".submit", ".frobnicate", ".hnt"])
        #expect(result.errors.contains("error: `kinds` opens once you have solved `pipelines`"))
        #expect(result.errors.contains("error: the lesson has no exercise `nowhere`; it has pipelines, kinds, china"))
        #expect(result.output.contains("▶ 1. pipelines: Pipelines — open"))
        #expect(result.output.contains("  2. kinds:  — locked until pipelines is solved"))
        #expect(result.output.contains("Score: 0 of 4; 0 of 3 solved."))
        #expect(result.errors.contains("error: nothing to submit yet"))
        #expect(result.errors.contains("error: unknown command `.frobnicate`; `.help` lists the commands"))
        #expect(result.errors.contains("error: unknown command `.hnt`; did you mean `.hint`?"))
    }

    @Test func queryErrorsShowTheCaretAndDoNotBecomeTheAnswer() throws {
        let result = try run(["frameworks | select nme", ".submit"])
        #expect(result.errors.contains("input:1:21: error:"))
        #expect(result.errors.contains("^^^"))
        #expect(result.errors.contains("nothing to submit yet"))
    }

    @Test func variablesCanBeUsedInAnswers() throws {
        let result = try run(["let pipes = frameworks | where kind == \"pipeline\"", "pipes | select name", ".submit"])
        #expect(result.output.contains("Right! +2 points."))
    }

    @Test func progressIsSavedAndResumed() throws {
        let file = folder.file("state/progress/guided.progress")
        _ = try run([".answer frameworks | where kind == \"pipeline\" | select name", ".hint"], progressFile: file)
        let saved = try #require(folder.read("state/progress/guided.progress"))
        #expect(saved == "# dossier lesson progress, version 1\ncurrent kinds\nsolved pipelines 2\n")
        let resumed = try run([".status"], progressFile: file)
        #expect(resumed.output.contains("Welcome back: 1 of 3 exercises solved, 2 of 4 points."))
        #expect(!resumed.output.contains("Welcome to the test lesson."))
        #expect(resumed.output.contains("Exercise 2 of 3: kinds"))
        #expect(resumed.output.contains("  1. pipelines: Pipelines — solved, 2 of 2"))
    }

    @Test func withoutATerminalNoPromptIsShown() throws {
        let result = try run(["articles | count"], showsPrompt: false)
        #expect(result.prompts.allSatisfy { $0.isEmpty })
    }

    @Test func completionOffersCommandsExerciseIdsAndQueryWords() throws {
        let lesson = try LessonParser.parse(Self.lessonText, path: Fixtures.lessonsFolder + "/guided.lesson")
        let session = TeachSession(
            checker: Fixtures.checker(for: lesson), progress: Progress(), store: nil, reader: ScriptedReader([]),
            output: TextBuffer(), errors: TextBuffer(), showsPrompt: true)
        #expect(session.completions(in: ".h", at: 2).candidates.map(\.text) == ["help", "hint"])
        #expect(session.completions(in: ".goto k", at: 7) == Completion(replacing: 6..<7, candidates: [CompletionCandidate("kinds")]))
        let inAnswer = session.completions(in: ".answer frameworks | whe", at: 24)
        #expect(inAnswer.replacing == 21..<24)
        #expect(inAnswer.candidates.map(\.text) == ["where"])
        #expect(session.completions(in: "claims | sel", at: 12).candidates.map(\.text) == ["select"])
    }
}

/// What the guided prompt must never print: the hidden reference query, raw escape sequences.
@Suite struct TeachSessionSafetyTests {
    func run(_ lessonText: String, _ lines: [String]) throws -> (output: String, errors: String) {
        let lesson = try LessonParser.parse(lessonText, path: Fixtures.lessonsFolder + "/safety.lesson")
        let output = TextBuffer()
        let errors = TextBuffer()
        let session = TeachSession(
            checker: Fixtures.checker(for: lesson), progress: Progress(), store: nil, reader: ScriptedReader(lines),
            output: output, errors: errors, showsPrompt: false)
        _ = session.run()
        return (output.text, errors.text)
    }

    @Test func aBrokenReferenceIsNotShownToTheStudent() throws {
        let result = try run("title: T\nexercise: a\nprompt: p\nanswer: frameworks | select secret_nme\n", [".answer actors | select name"])
        #expect(result.output.contains("Exercise `a` cannot be checked: the lesson's reference query fails"))
        #expect(!(result.output + result.errors).contains("secret_nme"))
    }

    @Test func lessonTextCannotDriveTheTerminal() throws {
        let result = try run("title: Evil \u{1B}]0;owned\u{7}\nexercise: a\nprompt: Look \u{1B}[2J here\nanswer: actors | select name\nhint: \u{9B}31m red\n", [".hint"])
        #expect(!result.output.contains("\u{1B}"))
        #expect(!result.output.contains("\u{9B}"))
        #expect(result.output.contains("Look \\e[2J here"))
        #expect(result.output.contains("Hint 1 of 1: \\u{9B}31m red"))
    }
}

@Suite struct TeachSessionHistoryTests {
    @Test func aMultiLineQueryIsRememberedAsOneLine() throws {
        let lesson = try LessonParser.parse(TeachSessionTests.lessonText, path: Fixtures.lessonsFolder + "/guided.lesson")
        let reader = ScriptedReader(["frameworks |", "  count", ".hint"])
        let output = TextBuffer()
        let session = TeachSession(
            checker: Fixtures.checker(for: lesson), progress: Progress(), store: nil, reader: reader, output: output,
            errors: TextBuffer(), showsPrompt: true)
        session.history = ShellHistory(file: nil, reader: reader, warn: { _ in })
        #expect(session.run() == 0)
        #expect(reader.remembered == ["frameworks |   count", ".hint"])
        #expect(reader.prompts.contains("   ...> "))
        #expect(output.text.contains("1 row"))
    }
}
