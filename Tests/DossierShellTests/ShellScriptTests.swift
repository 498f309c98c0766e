@testable import DossierShell
import Testing

@Suite struct ShellScriptTests {
    @Test func queryLinesBetweenDotCommandsFormChunksThatKeepTheirLineNumbers() {
        let text = "# setup\n.mode csv\nactors\n  | take 1\n.timer on\nclaims |\n.not-a-command-here\n"
        let script = ShellScript(text) { !$0.hasSuffix("|") }
        #expect(script.parts == [
            .dotCommand(".mode csv", line: 2),
            .queries("actors\n  | take 1", line: 3),
            .dotCommand(".timer on", line: 5),
            .queries("claims |\n.not-a-command-here\n", line: 6),
        ])
        #expect(script.parts[1].textAlignedToFile == "\n\nactors\n  | take 1")
    }

    @Test func saveWritesTheSuccessfulQueriesAndReadReplaysThem() {
        let folder = TemporaryFolder()
        let path = folder.file("session.dq")
        let (first, _, firstOutput, _) = ShellFixture.shell(lines: [
            "let states = actors | where kind == \"state\"", "states | sort name", "actors | sort nmae", ".timer on", ".save \(path)",
        ])
        _ = first.run()
        #expect(firstOutput.text.contains("saved 2 statements to \(path)"))
        let saved = folder.read("session.dq") ?? ""
        #expect(saved.contains("let states = actors | where kind == \"state\"\nstates | sort name\n"))
        #expect(!saved.contains("nmae"))
        #expect(!saved.contains(".timer"))

        let (second, _, secondOutput, secondErrors) = ShellFixture.shell(lines: [".read \(path)", ".defs"])
        _ = second.run()
        #expect(secondErrors.text == "")
        #expect(secondOutput.text.contains("let states = 2 rows"))
        #expect(secondOutput.text.contains("China"))
    }

    @Test func aFailingScriptStopsAndNamesFileLineAndColumn() {
        let folder = TemporaryFolder()
        folder.write(".mode csv\n# a comment\n\nactors | take 1\nactors | whre kind == \"state\"\nclaims | count\n", to: "broken.dq")
        let (shell, _, output, errors) = ShellFixture.shell(lines: [".read \(folder.file("broken.dq"))", "frameworks | select name"])
        _ = shell.run()
        #expect(errors.text.contains("broken.dq:5:10: error:"))
        #expect(errors.text.contains("stopped at the error above"))
        // The dot-command before the error ran; the chunk with the error ran nothing, as in `dossier run`.
        #expect(output.text.contains("name\nMiddle Corridor\n"))
        #expect(!output.text.contains("Kazakhstan"))
    }

    @Test func aDotCommandErrorInAScriptNamesItsLine() {
        let folder = TemporaryFolder()
        folder.write("actors | take 1\n.timer sometimes\n", to: "settings.dq")
        let (shell, _, _, errors) = ShellFixture.shell(lines: [".read \(folder.file("settings.dq"))"])
        _ = shell.run()
        #expect(errors.text.contains("settings.dq:2: error: `.timer` takes one of `on`, `off`"))
    }

    @Test func includePathsAreRelativeToTheIncludingScript() {
        let folder = TemporaryFolder()
        folder.write("let kinds = actors | distinct kind\n", to: "lib.dq")
        folder.write("include \"lib.dq\"\nkinds | count\n", to: "main.dq")
        let (shell, _, output, errors) = ShellFixture.shell(lines: [".read \(folder.file("main.dq"))"])
        _ = shell.run()
        #expect(errors.text == "")
        #expect(output.text.contains("3"))
    }

    @Test func theStartupFileRunsBeforeThePrompt() {
        let folder = TemporaryFolder()
        folder.write(".mode csv\nlet n = 41 + 1\n", to: "init.dq")
        let (shell, _, output, _) = ShellFixture.shell(lines: ["n"], startupFile: folder.file("init.dq"))
        _ = shell.run()
        #expect(output.text.contains("42"))
        let (csv, _, csvOutput, _) = ShellFixture.shell(lines: ["frameworks | select name"], startupFile: folder.file("init.dq"))
        _ = csv.run()
        #expect(csvOutput.text.contains("name\nMiddle Corridor"))
    }

    @Test func aMissingDefaultStartupFileIsQuietButAMissingNamedOneIsAnError() {
        let folder = TemporaryFolder()
        let (quiet, _, _, quietErrors) = ShellFixture.shell(lines: [], startupFile: folder.file("none.dq"))
        _ = quiet.run()
        #expect(quietErrors.text == "")
        let (loud, _, _, loudErrors) = ShellFixture.shell(lines: [], startupFile: folder.file("none.dq"), explicitStartup: true)
        _ = loud.run()
        #expect(loudErrors.text.contains("none.dq"))
    }

    @Test func loadReplacesTheArticlesAndReportsFilesItSkipped() {
        let folder = TemporaryFolder()
        folder.write("""
        3 March 2024

        A Short Note on Corridors

        By Test Writer

        Kazakhstan and Azerbaijan signed a transit agreement in Baku on 3 March 2024. “The route is open,” said Aigerim Bekova.

        """, to: "note.txt")
        folder.write("", to: "empty.txt")
        let (shell, _, output, errors) = ShellFixture.shell(lines: [
            ".load \(folder.file("note.txt")) \(folder.file("empty.txt"))", "articles | select title", ".load \(folder.file("nothing-*.txt"))",
        ])
        _ = shell.run()
        #expect(output.text.contains("loaded 1 article:"))
        #expect(output.text.contains("A Short Note on Corridors"))
        #expect(errors.text.contains(folder.file("empty.txt")))
        #expect(errors.text.contains("the loaded articles are unchanged"))
        #expect(shell.session.index.corpus.articles.count == 1)
    }
}
