import Testing
@testable import DossierTeach

@Suite struct ProgressTests {
    @Test func roundTripsThroughText() throws {
        var progress = Progress()
        progress.current = "b"
        progress.solved = ["a": 2, "c": 0.5]
        progress.skipped = ["b"]
        progress.hintsTaken = ["b": 3]
        let text = progress.encoded
        #expect(text == "# dossier lesson progress, version 1\ncurrent b\nsolved a 2\nsolved c 0.5\nskipped b\nhints b 3\n")
        #expect(try Progress.decode(text, path: "p", exerciseIDs: ["a", "b", "c"]) == progress)
    }

    @Test func exercisesTheLessonNoLongerHasAreDropped() throws {
        let progress = try Progress.decode("solved gone 2\nsolved a 1\ncurrent gone\n", path: "p", exerciseIDs: ["a"])
        #expect(progress.solved == ["a": 1])
        #expect(progress.current == nil)
    }

    @Test func aDamagedFileSaysWhere() {
        do {
            _ = try Progress.decode("solved a 1\nsolved a lots\n", path: "p", exerciseIDs: ["a"])
            Issue.record("a damaged progress file was accepted")
        } catch {
            #expect(error == LessonError(path: "p", line: 2, column: 1, message: "not a line of a progress file", lineText: "solved a lots"))
        }
    }

    @Test func defaultPlaceFollowsXDG() {
        #expect(ProgressStore.defaultPath(forLesson: "Docs/lessons/who-speaks.lesson", environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
            == "/s/dossier/progress/who-speaks.progress")
        #expect(ProgressStore.defaultPath(forLesson: "x.lesson", environment: ["XDG_STATE_HOME": "relative", "HOME": "/h/"])
            == "/h/.local/state/dossier/progress/x.progress")
        #expect(ProgressStore.defaultPath(forLesson: "x.lesson", environment: [:]) == nil)
    }

    @Test func routeOpensExercisesWhenTheirPrerequisitesAreSolved() throws {
        let lesson = try LessonParser.parse("""
            title: T
            exercise: a
            prompt: p
            answer: actors
            exercise: b
            requires: a
            prompt: p
            answer: actors
            exercise: c
            prompt: p
            answer: actors
            """, path: "t.lesson")
        let route = ExerciseRoute(lesson: lesson)
        var progress = Progress()
        #expect(route.next(after: nil, in: progress)?.id == "a")
        #expect(route.next(after: "a", in: progress)?.id == "c")
        progress.skipped = ["a"]
        #expect(route.next(after: "c", in: progress)?.id == "a")
        #expect(route.next(after: "a", in: progress)?.id == "c")
        progress.skipped = ["a", "c"]
        #expect(route.next(after: "c", in: progress)?.id == "a")
        progress.skipped = []
        progress.solved = ["c": 1]
        #expect(route.next(after: "a", in: progress)?.id == "a")
        progress.solved = ["a": 1]
        #expect(route.next(after: "a", in: progress)?.id == "b")
        progress.solved = ["a": 1, "b": 1, "c": 1]
        #expect(route.next(after: "c", in: progress) == nil)
    }
}
