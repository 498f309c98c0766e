import Testing
@testable import DossierTeach

@Suite struct LessonParserTests {
    static let complete = """
        # A comment
        title: Sample lesson
        corpus: articles/one.txt
        corpus: articles/two.txt
        check-corpus: /data/check
        intro:
            Welcome.

            Second paragraph.

        exercise: first
        title: First
        points: 2.5
        prompt:
            List the actors.
        answer:
            actors
              | select name   # a query comment stays
        compare: ordered by name, kind
        columns: by position
        partial-credit: yes
        show-missing: no
        reveal-answer: yes
        hint: one
        hint:
            two,
            on two lines
        wrong: actors | select kind
        feedback: Not the kind.
        wrong-rows:
            | name | kind |
            |------|------|
            | China \\| PRC | state |
        feedback:
            Not that row.
        explanation: Because.

        exercise: second
        requires: first
        prompt: Anything.
        expected:
            name
            China
        accept: actors | select name | take 1
        """

    @Test func readsEveryKey() throws {
        let lesson = try LessonParser.parse(Self.complete, path: "/lessons/sample.lesson")
        #expect(lesson.title == "Sample lesson")
        #expect(lesson.introduction == "Welcome.\n\nSecond paragraph.")
        #expect(lesson.corpus == .paths(["/lessons/articles/one.txt", "/lessons/articles/two.txt"]))
        #expect(lesson.checkCorpus == .paths(["/data/check"]))
        #expect(lesson.exercises.map(\.id) == ["first", "second"])
        let first = lesson.exercises[0]
        #expect(first.points == 2.5)
        #expect(first.prompt == "List the actors.")
        #expect(first.referenceQuery == "actors\n  | select name   # a query comment stays")
        #expect(first.comparison == Comparison(order: .orderedBy(["name", "kind"]), columns: .byPosition))
        #expect(first.allowsPartialCredit && first.revealsAnswer && !first.showsMissingExample)
        #expect(first.hints == ["one", "two,\non two lines"])
        #expect(first.mistakes.count == 2)
        #expect(first.mistakes[0] == KnownMistake(answer: .query("actors | select kind"), message: "Not the kind.", line: 28))
        #expect(first.mistakes[1].answer == .rows(RowTable(columns: ["name", "kind"], rows: [["China | PRC", "state"]])))
        #expect(first.explanation == "Because.")
        let second = lesson.exercises[1]
        #expect(second.prerequisites == ["first"])
        #expect(second.expected == .rows(RowTable(columns: ["name"], rows: [["China"]])))
        #expect(second.alternatives == ["actors | select name | take 1"])
        #expect(second.comparison == Comparison())
        #expect(second.points == 1)
        #expect(lesson.maximumPoints == 3.5)
    }

    @Test func sampleIsTheDefaultCorpus() throws {
        let lesson = try LessonParser.parse("title: T\nexercise: a\nprompt: p\nanswer: actors\n", path: "x.lesson")
        #expect(lesson.corpus == .sample)
        #expect(lesson.checkCorpus == nil)
    }

    static let mistakes: [(String, String)] = [
        ("title: T\nexercise: a\nprompt: p\nanwser: actors\n", "x.lesson:4:1: error: unknown key `anwser`; did you mean `answer`?"),
        ("title: T\nhint: too early\n", "x.lesson:2:1: error: `hint` belongs to an exercise; start one first with `exercise: ID`"),
        ("title: T\nexercise: a\nprompt: p\nanswer: actors\nwrong: claims\nhint: h\n",
         "x.lesson:6:1: error: the wrong answer at line 5 needs a `feedback:` line right after it"),
        ("title: T\nexercise: a\nprompt: p\nanswer: actors\nwrong: claims\n", "x.lesson:5:1: error: this wrong answer needs a `feedback:` line right after it"),
        ("title: T\nexercise: a\nprompt: p\nanswer: actors\nfeedback: f\n",
         "x.lesson:5:1: error: `feedback` explains a wrong answer; put a `wrong:` or `wrong-rows:` just before it"),
        ("title: T\nexercise: a\nprompt: p\nanswer: actors\npoints: lots\n",
         "x.lesson:5:9: error: `points` is a number of 0 or more, e.g. `points: 2`"),
        ("title: T\nexercise: b\nprompt: p\nanswer: actors\nexercise: a\nprompt: p\nanswer: actors\nrequires: b, zed\n",
         "x.lesson:8:14: error: exercise `a` requires `zed`, but the lesson has no exercise with that id"),
        ("title: T\nexercise: a\nrequires: b\nprompt: p\nanswer: actors\nexercise: b\nrequires: a\nprompt: p\nanswer: actors\n",
         "x.lesson:2:1: error: exercise `a` requires itself through its prerequisites, so it could never open"),
        ("title: T\nexercise: a\nprompt: p\nexpected:\n  name | kind\n  China\n",
         "x.lesson:6:1: error: this row has 1 cell but the header names 2 columns"),
        ("title: T\nexercise: a\nprompt: p\n", "x.lesson:2:1: error: exercise `a` needs an `answer:` (a reference query) or `expected:` rows"),
        ("title: T\nexercise: a\nanswer: actors\n", "x.lesson:2:1: error: exercise `a` has no `prompt:`"),
        ("title: T\nexercise: a\nprompt: p\nanswer: actors\nexercise: a\n", "x.lesson:5:11: error: exercise `a` is already defined at line 2"),
        ("exercise: a\nprompt: p\nanswer: actors\n", "x.lesson:1:1: error: the lesson needs a `title:` line before its first exercise"),
        ("title: T\n", "x.lesson:1:1: error: the lesson has no exercises; start one with `exercise: ID`"),
        ("  indented\n", "x.lesson:1:1: error: an indented line must follow a `key:` line it belongs to"),
        ("title: T\nexercise: a\nprompt: p\nanswer: actors\ncompare: sideways\n",
         "x.lesson:5:10: error: `compare` is `unordered`, `set`, `ordered` or `ordered by COLUMN, …`"),
        ("title: T\nexercise: a\nprompt: p\nanswer: actors\ncorpus: sample\n",
         "x.lesson:5:1: error: `corpus` belongs to the lesson; put it before the first `exercise:`"),
        ("title: T\njust words\n", "x.lesson:2:1: error: expected `key: value` (or an indented line continuing the key above)"),
        ("title: T\nexercise: a\nprompt:\nanswer: actors\n",
         "x.lesson:3:8: error: `prompt` needs a value, on the same line or indented on the lines below"),
    ]

    @Test(arguments: mistakes)
    func reportsMistakesWhereTheyAre(text: String, expected: String) {
        #expect(throws: LessonError.self) { try LessonParser.parse(text, path: "x.lesson") }
        do {
            _ = try LessonParser.parse(text, path: "x.lesson")
        } catch {
            #expect(error.description.split(separator: "\n").first.map(String.init) == expected)
        }
    }

    @Test func errorShowsTheLineWithACaret() {
        do {
            _ = try LessonParser.parse("title: T\nexercise: a\nprompt: p\nanswer: actors\npoints: -1\n", path: "x.lesson")
            Issue.record("a negative score was accepted")
        } catch {
            #expect(error.description == "x.lesson:5:9: error: `points` is a number of 0 or more, e.g. `points: 2`\n 5 | points: -1\n   |         ^")
        }
    }
}
