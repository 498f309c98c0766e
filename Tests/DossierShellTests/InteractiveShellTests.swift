import Testing

/// The real binary on a pseudo-terminal, keys typed as a user would type them.
@Suite(.serialized) struct InteractiveShellTests {
    private func launch(_ folder: TemporaryFolder, arguments: [String] = ["--no-init"], extra: [String: String] = [:]) throws -> PseudoTerminalProcess {
        let shell = try PseudoTerminalProcess(
            executable: DossierBinary.path, arguments: arguments,
            environment: DossierBinary.environment(in: folder, extra: extra)
        )
        try shell.waitFor("dossier> ")
        return shell
    }

    @Test func ctrlDOnAnEmptyLineExitsWithZero() throws {
        let folder = TemporaryFolder()
        let shell = try launch(folder)
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func ctrlCAbandonsTheLineAndKeepsTheShell() throws {
        let folder = TemporaryFolder()
        let shell = try launch(folder)
        try shell.type(".timer of")
        // Ctrl-C flushes the terminal's unread output, so let the echo arrive first, as it does for a person.
        try shell.waitFor(".timer of")
        try shell.type("\u{3}")
        try shell.waitFor("dossier> ")
        try shell.type(".pager off\r")
        try shell.waitFor("dossier> ")
        try shell.type(".history\r")
        let listing = try shell.waitFor("dossier> ")
        #expect(listing.contains("1  .pager off"))
        #expect(!listing.contains(".timer of"))
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    /// A Ctrl-C can land while the line editor is still echoing a key rather than waiting for the next
    /// one; it must abandon the line then too. Many rounds make that moment likely to come up.
    @Test func ctrlCRightAfterAKeyAlwaysAbandonsTheLine() throws {
        let folder = TemporaryFolder()
        let shell = try launch(folder)
        for _ in 0..<20 {
            try shell.type("abc")
            try shell.waitFor("abc", timeout: 5)
            shell.typeNow("\u{3}")
            try shell.waitFor("dossier> ", timeout: 5)
        }
        try shell.type(".history\r")
        let listing = try shell.waitFor("dossier> ")
        #expect(!listing.contains("abc"))
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    /// The shell reads keys itself (for Ctrl-C, above); characters of several bytes must arrive whole.
    @Test func typedAccentsAndSymbolsReachTheQuery() throws {
        let folder = TemporaryFolder()
        let shell = try launch(folder)
        try shell.type("let tag = \"Türkiye — 中国 ✓\"\r")
        try shell.waitFor("dossier> ")
        try shell.type("tag\r")
        let answer = try shell.waitFor("dossier> ")
        #expect(answer.contains("Türkiye — 中国 ✓"))
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func upRecallsHistoryFromAnEarlierSession() throws {
        let folder = TemporaryFolder()
        let first = try launch(folder)
        try first.type(".pager off\r")
        try first.waitFor("dossier> ")
        try first.type("\u{4}")
        #expect(try first.waitForExit() == 0)

        let second = try launch(folder)
        try second.type("\u{1B}[A")
        try second.waitFor(".pager off")
        try second.type("\r")
        try second.waitFor("dossier> ")
        try second.type(".history\r")
        let listing = try second.waitFor("dossier> ")
        // Recalling and re-running the same statement does not store it twice.
        #expect(listing.contains("1  .pager off"))
        #expect(!listing.contains("2  .pager off"))
        try second.type("\u{4}")
        #expect(try second.waitForExit() == 0)
    }

    @Test func ctrlRFindsAnOlderStatement() throws {
        let folder = TemporaryFolder()
        let shell = try launch(folder)
        try shell.type(".timer on\r")
        try shell.waitFor("dossier> ")
        try shell.type(".pager off\r")
        try shell.waitFor("dossier> ")
        try shell.type("\u{12}tim")
        try shell.waitFor(".timer on")
        try shell.type("\r")
        try shell.waitFor("dossier> ")
        try shell.type(".history\r")
        let listing = try shell.waitFor("dossier> ")
        #expect(listing.contains("3  .timer on"))
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func tabCompletesADotCommand() throws {
        let folder = TemporaryFolder()
        let shell = try launch(folder)
        try shell.type(".hist\t5\r")
        let listing = try shell.waitFor("dossier> ")
        #expect(listing.contains(".history 5"))
        #expect(listing.contains("1  .history 5"))
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func tabListsSeveralCandidates() throws {
        let folder = TemporaryFolder()
        let shell = try launch(folder)
        try shell.type(".pager \t")
        let listing = try shell.waitFor("dossier> .pager ")
        #expect(listing.contains("on"))
        #expect(listing.contains("off"))
        #expect(listing.contains("auto"))
        try shell.type("\u{15}\u{4}")
        #expect(try shell.waitForExit() == 0)
    }
}

/// Editing that involves the query language: multi-line statements, completion, cancelling.
@Suite(.serialized) struct InteractiveQueryTests {
    @Test func aMultiLineStatementRunsAndIsRecalledAsOneEntry() throws {
        let folder = TemporaryFolder()
        let shell = try PseudoTerminalProcess(
            executable: DossierBinary.path, arguments: ["--no-init", "--pager", "off"],
            environment: DossierBinary.environment(in: folder))
        try shell.waitFor("dossier> ")
        try shell.type("articles |\r")
        try shell.waitFor("...> ")
        try shell.type("  count\r")
        try shell.waitFor("4")
        try shell.waitFor("dossier> ")
        try shell.type("\u{1B}[A")
        try shell.waitFor("articles |   count")
        try shell.type("\u{15}\u{4}")
        #expect(try shell.waitForExit() == 0)
        #expect(folder.read("state/dossier/history") == "articles |   count\n")
    }

    @Test func tabCompletesAStageNameAfterAPipe() throws {
        let folder = TemporaryFolder()
        let shell = try PseudoTerminalProcess(
            executable: DossierBinary.path, arguments: ["--no-init", "--pager", "off"],
            environment: DossierBinary.environment(in: folder))
        try shell.waitFor("dossier> ")
        try shell.type("articles | cou\t\r")
        try shell.waitFor("articles | count")
        try shell.waitFor("4")
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func ctrlCStopsALongQueryAndTheShellGoesOn() throws {
        let folder = TemporaryFolder()
        let samples = SampleArticles.paths
        try #require(!samples.isEmpty)
        // Ten copies of the samples make a cross join long enough to interrupt.
        for copy in 1...10 {
            for path in samples {
                let name = String(path.split(separator: "/").last!.dropLast(4))
                folder.write(SampleArticles.text(of: path), to: "\(name)-\(copy).txt")
            }
        }
        let shell = try PseudoTerminalProcess(
            executable: DossierBinary.path, arguments: ["--no-init", "--pager", "off", folder.path],
            environment: DossierBinary.environment(in: folder))
        try shell.waitFor("dossier> ", timeout: 60)
        try shell.type("mentions | join mentions as other on 1 == 1 | count\r")
        try shell.waitUntilLineEditorIsDone()
        shell.typeNow("\u{3}")
        try shell.waitFor("cancelled")
        try shell.waitFor("dossier> ")
        try shell.type("articles | count\r")
        try shell.waitFor("40")
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }
}
