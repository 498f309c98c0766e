import Testing

/// Two shells open at once on the same history file, as when a user works in two terminals: every
/// statement either typed is kept, whichever shell quits first.
@Suite(.serialized) struct RobustnessHistoryTests {
    @Test func twoShellsAtOnceKeepBothHistories() throws {
        let folder = TemporaryFolder()
        func launch() throws -> PseudoTerminalProcess {
            let shell = try PseudoTerminalProcess(
                executable: DossierBinary.path, arguments: ["--no-init"], environment: DossierBinary.environment(in: folder))
            try shell.waitFor("dossier> ")
            return shell
        }
        let left = try launch()
        let right = try launch()
        for round in 0..<3 {
            try left.type("articles | take \(round + 1) | count\r")
            try right.type("actors | take \(round + 1) | count\r")
            try left.waitFor("dossier> ")
            try right.waitFor("dossier> ")
        }
        try right.type("\u{4}")
        #expect(try right.waitForExit() == 0)
        try left.type("claims | count\r")
        try left.waitFor("dossier> ")
        try left.type("\u{4}")
        #expect(try left.waitForExit() == 0)
        let entries = (folder.read("state/dossier/history") ?? "").split(separator: "\n").map(String.init)
        #expect(entries.count == 7)
        #expect(Set(entries) == Set((1...3).flatMap { ["articles | take \($0) | count", "actors | take \($0) | count"] } + ["claims | count"]))
        #expect(entries.last == "claims | count")
    }
}
