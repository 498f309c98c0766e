import Testing
@testable import DossierTeach

/// The real `dossier` binary: exit statuses of `grade` and `lesson check`, and `teach` through a pipe.
@Suite struct CommandLineTests {
    let folder = TemporaryFolder()
    static let lessons = Fixtures.lessonsFolder

    @Test func lessonCheckPassesTheShippedLessons() {
        let run = BinaryRun(["lesson", "check", Self.lessons + "/who-speaks.lesson", Self.lessons + "/frameworks.lesson"])
        #expect(run.status == 0)
        #expect(run.output.contains("8 exercises, 0 errors, 0 warnings"))
        #expect(run.output.contains("7 exercises, 0 errors, 0 warnings"))
    }

    @Test func lessonCheckExitStatuses() {
        let broken = folder.write("title: T\nexercise: a\nprompt: p\nanswer: actors | select nme\nhint: h\n", to: "broken.lesson")
        let run = BinaryRun(["lesson", "check", broken])
        #expect(run.status == 1)
        #expect(run.output.contains("broken.lesson:2:1: error: exercise `a`: the reference query fails on the lesson's articles"))
        let malformed = folder.write("title: T\nexercise: a\nprompt: p\nanwser: actors\n", to: "malformed.lesson")
        let parse = BinaryRun(["lesson", "check", malformed])
        #expect(parse.status == 2)
        #expect(parse.errors.contains("malformed.lesson:4:1: error: unknown key `anwser`; did you mean `answer`?"))
        let missingCorpus = folder.write("title: T\ncorpus: nowhere\nexercise: a\nprompt: p\nanswer: actors\n", to: "lost.lesson")
        #expect(BinaryRun(["lesson", "check", missingCorpus]).status == 2)
    }

    @Test func gradeExitStatusesAndFormats() {
        let lesson = Self.lessons + "/frameworks.lesson"
        let good = folder.write("# student: Ada\n## pipelines\nframeworks | where kind == \"pipeline\" | select name\n", to: "ada.dq")
        let bad = folder.write("## pipelines\nframeworks\n", to: "bad.dq")
        let csv = BinaryRun(["grade", lesson, good, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.output.hasPrefix("student,file,exercise,passed,points,max_points,message\n"))
        #expect(csv.output.contains("Ada,\(good),pipelines,true,1,1,Right!"))
        #expect(csv.output.contains("Ada,\(good),total,false,1,14,1 of 7 exercises passed"))
        let mixed = BinaryRun(["grade", lesson, bad, good, "--format", "json"])
        #expect(mixed.status == 1)
        #expect(mixed.output.contains("\"exercise\":\"(submission)\""))
        #expect(mixed.output.contains("\"student\":\"Ada\""))
        #expect(mixed.errors.contains("not graded: \(bad):1:1: error: the file must start with `# student: NAME`"))
        #expect(BinaryRun(["grade", folder.file("none.lesson"), good]).status == 2)
        #expect(BinaryRun(["grade", lesson, good, "--format", "yaml"]).status == 2)
    }

    @Test func teachThroughAPipeResumesFromTheProgressFile() {
        let lesson = Self.lessons + "/frameworks.lesson"
        let progress = folder.file("progress.txt")
        let first = BinaryRun(
            ["teach", lesson, "--progress", progress],
            input: "frameworks | where kind == \"pipeline\" | select name\n.submit\n.hint\n")
        #expect(first.status == 0)
        #expect(first.output.contains("Right! +1 point."))
        #expect(first.output.contains("Hint 1 of 2: `group by kind` counts the rows of each kind."))
        #expect(!first.output.contains("pipelines> "))
        let second = BinaryRun(["teach", lesson, "--progress", progress], input: ".status\n")
        #expect(second.output.contains("Welcome back: 1 of 7 exercises solved, 1 of 14 points."))
        #expect(second.output.contains("Exercise 2 of 7: How many of each kind?"))
        let restarted = BinaryRun(["teach", lesson, "--progress", progress, "--restart"], input: ".status\n")
        #expect(restarted.output.contains("Score: 0 of 14; 0 of 7 solved."))
    }

    @Test func teachDefaultsToTheXDGStateFolder() {
        let run = BinaryRun(
            ["teach", Self.lessons + "/frameworks.lesson"], input: ".skip\n", environment: ["XDG_STATE_HOME": folder.file("state")])
        #expect(run.status == 0)
        #expect(folder.read("state/dossier/progress/frameworks.progress")?.contains("skipped pipelines") == true)
    }

    @Test func teachRefusesADamagedProgressFile() {
        let progress = folder.write("solved pipelines many\n", to: "damaged.progress")
        let run = BinaryRun(["teach", Self.lessons + "/frameworks.lesson", "--progress", progress], input: "")
        #expect(run.status == 2)
        #expect(run.errors.contains("damaged.progress:1:1: error: not a line of a progress file"))
        #expect(run.errors.contains("help: start over with --restart"))
    }
}
