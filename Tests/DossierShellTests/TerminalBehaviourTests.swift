#if canImport(Glibc)
import Glibc
#endif
import Testing

/// What the shell does to and with the terminal: colour, clearing, vi keys, paging, several shells
/// sharing one history, and a shell that dies.
@Suite(.serialized) struct TerminalBehaviourTests {
    private func launch(_ folder: TemporaryFolder, _ arguments: [String] = ["--no-init"], extra: [String: String] = [:], rows: UInt16 = 24) throws -> PseudoTerminalProcess {
        let shell = try PseudoTerminalProcess(
            executable: DossierBinary.path, arguments: arguments,
            environment: DossierBinary.environment(in: folder, extra: extra), rows: rows)
        try shell.waitFor("dossier> ")
        return shell
    }

    private func quit(_ shell: PseudoTerminalProcess) throws {
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func thePromptIsColouredOnlyWhenAllowed() throws {
        let folder = TemporaryFolder()
        let plain = try launch(folder)
        #expect(!plain.rawTranscript.contains("\u{1B}[1;32m"))
        try quit(plain)
        let forced = try launch(folder, ["--no-init", "--color", "always"])
        #expect(forced.rawTranscript.contains("\u{1B}[1;32mdossier>"))
        try quit(forced)
        let dumb = try launch(folder, extra: ["NO_COLOR": "", "TERM": "dumb"])
        #expect(!dumb.rawTranscript.contains("\u{1B}[1;32m"))
        try quit(dumb)
        let auto = try launch(folder, extra: ["NO_COLOR": ""])
        #expect(auto.rawTranscript.contains("\u{1B}[1;32mdossier>"))
        try quit(auto)
    }

    @Test func ctrlLClearsTheScreen() throws {
        let folder = TemporaryFolder()
        let shell = try launch(folder)
        let before = shell.rawTranscript.utf8.count
        try shell.type("\u{C}")
        try shell.waitFor("dossier> ")
        #expect(String(shell.rawTranscript.utf8.dropFirst(before))?.contains("\u{1B}[2J") == true)
        try quit(shell)
    }

    @Test func viBindingsEditInCommandMode() throws {
        let folder = TemporaryFolder()
        let shell = try launch(folder, ["--no-init", "--vi"])
        // Escape to command mode, `x` deletes the stray character under the cursor.
        try shell.type(".pager offZ")
        try shell.waitFor("offZ")
        try shell.type("\u{1B}")
        usleep(100_000)
        try shell.type("x\r")
        try shell.waitFor("dossier> ")
        try shell.type(".history\r")
        let listing = try shell.waitFor("dossier> ")
        #expect(listing.contains("1  .pager off\n"))
        try quit(shell)
    }

    @Test func tallResultsGoThroughThePager() throws {
        let folder = TemporaryFolder()
        let marker = folder.file("paged")
        let shell = try launch(folder, ["--no-init"], extra: ["DOSSIER_PAGER": "cat > '\(marker)'"], rows: 10)
        try shell.type("actors | select name\r")
        try shell.waitFor("dossier> ")
        try shell.type("articles | count\r")
        try shell.waitFor("dossier> ")
        try quit(shell)
        let paged = folder.read("paged") ?? ""
        #expect(paged.contains("rows"))
        #expect(!paged.contains("\n4\n"))
    }

    @Test func twoShellsAtOnceKeepEveryEntry() throws {
        let folder = TemporaryFolder()
        let first = try launch(folder)
        let second = try launch(folder)
        for (shell, statement) in [(first, ".timer on"), (second, ".pager off"), (first, ".timer off"), (second, ".pager on")] {
            try shell.type(statement + "\r")
            try shell.waitFor("dossier> ")
        }
        try quit(first)
        try quit(second)
        #expect(folder.read("state/dossier/history") == ".timer on\n.pager off\n.timer off\n.pager on\n")
    }

    @Test func aKilledShellLosesNoHistory() throws {
        let folder = TemporaryFolder()
        let shell = try launch(folder)
        try shell.type(".timer on\r")
        try shell.waitFor("dossier> ")
        try shell.type("articles | count\r")
        try shell.waitFor("dossier> ")
        try shell.type("half-typed")
        kill(shell.pid, SIGKILL)
        #expect(try shell.waitForExit() == 128 + SIGKILL)
        #expect(folder.read("state/dossier/history") == ".timer on\narticles | count\n")
    }

    @Test func pipedStatementsRunWithoutPromptBannerOrColour() throws {
        let folder = TemporaryFolder()
        let result = try PipedProcess.run(
            DossierBinary.path, arguments: ["--color", "always"], input: "articles |\n  count\nlen(\"four\") * 10\n",
            environment: DossierBinary.environment(in: folder, extra: ["NO_COLOR": ""]))
        #expect(result.status == 0)
        #expect(!result.output.contains("dossier>"))
        #expect(!result.output.contains("Dossier 0"))
        #expect(!result.output.contains("\u{1B}"))
        #expect(result.output.contains("│     4 │"))
        #expect(result.output.hasSuffix("\n40\n"))
        #expect(folder.read("state/dossier/history") == nil)
    }
}
