@testable import DossierShell
import Testing

/// The REPL over a scripted reader: what it prints for what is typed.
@Suite struct ShellTests {
    @Test func theBannerSaysWhatIsLoadedAndTheShellEndsAtEndOfInput() {
        let (shell, reader, output, _) = ShellFixture.shell(lines: [])
        #expect(shell.run() == 0)
        #expect(output.text.contains("Dossier \(DossierVersion.current)"))
        #expect(output.text.contains("Loaded 1 article from the test fixture: 4 actors, 1 framework, 1 claim, 0 events."))
        #expect(output.text.contains(".help"))
        #expect(reader.prompts == ["dossier> "])
    }

    @Test func aQueryPrintsItsRowsAndAMultiLineQueryUsesTheContinuationPrompt() {
        let (shell, reader, output, errors) = ShellFixture.shell(lines: ["actors |", "  where kind == \"state\" |", "  select name"])
        _ = shell.run()
        #expect(errors.text == "")
        #expect(output.text.contains("Kazakhstan"))
        #expect(output.text.contains("China"))
        #expect(!output.text.contains("Aigerim Bekova"))
        #expect(reader.prompts == ["dossier> ", "   ...> ", "   ...> ", "dossier> "])
    }

    @Test func aQueryErrorNamesLineAndColumnWithACaret() {
        let (shell, _, _, errors) = ShellFixture.shell(lines: ["actors | sort nmae"])
        _ = shell.run()
        #expect(errors.text.contains(":1:15: error:"))
        #expect(errors.text.contains("^"))
        #expect(shell.failures == 1)
    }

    @Test func articleTextIsEscapedEverywhereTheShellPrintsIt() {
        let (shell, _, output, errors) = ShellFixture.shell(lines: [".articles", "actors | where kind == \"group\"", "actors | where name == \"Chi\u{1B}[31mmera\" | why"])
        _ = shell.run()
        #expect(!output.text.contains("\u{1B}"))
        #expect(!errors.text.contains("\u{1B}"))
        #expect(!output.text.contains("\u{7}"))
        #expect(output.text.contains("Corridor \\e]0;pwned\\u{7}Notes"))
    }

    @Test func unknownCommandsSuggestTheNearestOne() {
        let (shell, _, _, errors) = ShellFixture.shell(lines: [".hist", ".frobnicate"])
        _ = shell.run()
        #expect(errors.text.contains("unknown command `.hist`"))
        #expect(errors.text.contains("did you mean `.history`?"))
        #expect(errors.text.contains("unknown command `.frobnicate`"))
        #expect(errors.text.contains("`.help` lists the commands"))
    }

    @Test func quitStopsReadingAndCtrlCDropsTheLine() {
        let reader = [LineInput.line("claims |"), .interrupted, .line(".quit"), .line("actors")]
        let (shell, scripted, _, errors) = ShellFixture.shell(lines: [])
        _ = scripted
        let custom = ScriptedLineReader(reader)
        let replaced = Shell(configuration: shell.configuration, session: shell.session,
                             corpusOrigin: "fixture", reader: custom, output: TextBuffer(), errorOutput: errors)
        #expect(replaced.run() == 0)
        #expect(custom.prompts == ["dossier> ", "   ...> ", "dossier> "])
        #expect(errors.text == "")
    }

    @Test func modeChangesTheFormat() {
        let (shell, _, output, errors) = ShellFixture.shell(lines: [".mode csv", "frameworks | select name, kind", ".mode", ".mode yaml"])
        _ = shell.run()
        #expect(output.text.contains("name,kind\nMiddle Corridor,corridor\n"))
        #expect(output.text.contains("results are shown as csv"))
        #expect(errors.text.contains("`.mode` takes one of `table`, `json`"))
    }

    @Test func timerReportsTheTimeOfEachQuery() {
        let (shell, _, output, _) = ShellFixture.shell(lines: [".timer on", "claims | count", ".timer off", "claims | count"])
        _ = shell.run()
        #expect(output.text.components(separatedBy: "time: ").count == 2)
    }

    @Test func definitionsAreListed() {
        let (shell, _, output, _) = ShellFixture.shell(lines: [
            ".defs", "let states = actors | where kind == \"state\"", "def by_kind(k) = actors | where kind == k", ".defs",
        ])
        _ = shell.run()
        #expect(output.text.contains("nothing defined yet"))
        #expect(output.text.contains("let states = 2 rows"))
        #expect(output.text.contains("def by_kind(k) = actors | where kind == k"))
    }

    @Test func whyShowsTheSentenceBehindARow() {
        let (shell, _, output, errors) = ShellFixture.shell(lines: [".why 1", "claims | select speaker, quote", ".why 1", ".why 9"])
        _ = shell.run()
        #expect(errors.text.contains("there is no result yet"))
        #expect(output.text.contains("corridor-notes"))
        #expect(output.text.contains("«The corridor is a"))
        #expect(output.text.contains("│    52 │  99 │"))
        #expect(errors.text.contains("there is no row 9"))
    }

    @Test func explainCountsRowsAfterEachStage() {
        let (shell, _, output, _) = ShellFixture.shell(lines: [".explain actors | where kind == \"person\" | where role == \"nobody\""])
        _ = shell.run()
        #expect(output.text.contains("4 rows"))
        #expect(output.text.contains("1 row"))
        #expect(output.text.contains("no rows left after this stage"))
    }

    @Test func helpListsCommandsAndTopics() {
        let (shell, _, output, errors) = ShellFixture.shell(lines: [".help", ".help load", ".help keys", ".help nothing-here"])
        _ = shell.run()
        for command in DotCommandTable.all { #expect(output.text.contains(command.usage)) }
        #expect(output.text.contains("Ctrl-R"))
        #expect(output.text.contains("files, folders or globs"))
        #expect(errors.text.contains("no help on `nothing-here`"))
    }

    @Test func schemaListsSourcesAndFields() {
        let (shell, _, output, errors) = ShellFixture.shell(lines: [".schema", ".schema claims", ".schema claim"])
        _ = shell.run()
        #expect(output.text.contains("actors"))
        #expect(output.text.contains("speaker_text"))
        #expect(errors.text.contains("unknown source `claim`"))
    }
}
