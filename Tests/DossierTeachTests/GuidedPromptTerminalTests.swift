import Testing
@testable import DossierTeach

/// `dossier teach` on a real pseudo-terminal: libedit, the prompt, Tab completion and history.
@Suite struct GuidedPromptTerminalTests {
    @Test func studentSolvesAnExerciseWithCompletionAndHistory() throws {
        let folder = TemporaryFolder()
        let lesson = Fixtures.lessonsFolder + "/frameworks.lesson"
        let prompt = try PseudoTerminalProcess(
            executable: DossierBinary.path, arguments: ["teach", lesson],
            environment: DossierBinary.environment(in: folder))
        try prompt.waitFor("Exercise 1 of 7: Pipelines")
        try prompt.waitFor("pipelines> ")
        // Tab completes the stage keyword, as in the shell.
        try prompt.type("frameworks | whe\t")
        try prompt.waitFor("frameworks | where")
        try prompt.type("kind == \"corridor\" | select name\r")
        try prompt.waitFor("rows")
        try prompt.type(".sub\t\r")
        try prompt.waitFor("Not yet.")
        // Up recalls the last query to edit it.
        try prompt.type("\u{1B}[A\u{1B}[A")
        try prompt.waitFor("select name")
        try prompt.type("\u{15}frameworks | where kind == \"pipeline\" | select name\r")
        try prompt.waitFor("rows")
        try prompt.type(".submit\r")
        try prompt.waitFor("Right! +1 point.")
        try prompt.waitFor("kinds> ")
        try prompt.type("\u{4}")
        #expect(try prompt.waitForExit() == 0)
        #expect(folder.read("state/dossier/progress/frameworks.progress")?.contains("solved pipelines 1") == true)
    }
}
