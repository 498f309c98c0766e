import DossierShell
import Testing

@Suite struct StatementReaderTests {
    private func reader(_ inputs: [LineInput]) -> (StatementReader, ScriptedLineReader) {
        let lines = ScriptedLineReader(inputs)
        return (StatementReader(reader: lines, isComplete: { !$0.hasSuffix("|") }), lines)
    }

    @Test func continuationLinesAreJoinedWithNewlines() {
        let (statements, lines) = reader([.line("claims |"), .line("  take 2")])
        #expect(statements.next(prompt: "> ", continuationPrompt: "… ") == .statement("claims |\n  take 2"))
        #expect(lines.prompts == ["> ", "… "])
    }

    @Test func dotCommandsAreOneLineAndBlankLinesAreSkipped() {
        let (statements, _) = reader([.line("   "), .line(".load a|")])
        #expect(statements.next(prompt: "> ", continuationPrompt: "… ") == .statement(".load a|"))
    }

    @Test func ctrlCDropsAPartialStatement() {
        let (statements, _) = reader([.line("claims |"), .interrupted, .line("actors")])
        #expect(statements.next(prompt: "> ", continuationPrompt: "… ") == .interrupted)
        #expect(statements.next(prompt: "> ", continuationPrompt: "… ") == .statement("actors"))
        #expect(statements.next(prompt: "> ", continuationPrompt: "… ") == .endOfInput)
    }

    @Test(arguments: [(".load x", true), ("  .help", true), (".5 * 2", false), ("actors", false), (".", false)])
    func dotCommandLines(line: String, isDotCommand: Bool) {
        #expect(DotCommandLine.isDotCommand(line) == isDotCommand)
    }
}
