#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Runs the real binary in batch mode: `-c`, `run`, scripts with includes, standard input, formats,
/// `--arg`, and the exit statuses Docs/batch.md promises.
@Suite struct BatchCommandLineTests {
    @Test func commandsRunInOrderOnTheSamples() {
        let run = BinaryRun(["-c", "articles | count", "-c", "frameworks | where kind == \"pipeline\" | count", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "count" && lines[2] == "count")
        #expect(Int(lines[1]) ?? 0 >= 4)
        #expect(Int(lines[3]) ?? 0 >= 1)
    }

    @Test func formatsRenderTheSameRows() {
        let query = "actors | where kind == \"state\" | sort name | take 3 | select name, mentions"
        let json = BinaryRun(["-c", query, "--format", "json"])
        #expect(json.status == 0)
        #expect(json.output.hasPrefix("[\n  {\"name\":"))
        let jsonl = BinaryRun(["-c", query, "--format", "jsonl"])
        #expect(jsonl.output.split(separator: "\n").count == 3)
        let tsv = BinaryRun(["-c", query, "--format", "tsv"])
        #expect(tsv.output.split(separator: "\n").first == "name\tmentions")
        let markdown = BinaryRun(["-c", query, "--format", "markdown"])
        #expect(markdown.output.split(separator: "\n").prefix(2) == ["| name | mentions |", "| --- | --- |"])
        let table = BinaryRun(["-c", query])
        #expect(table.output.hasPrefix("┌"))
        #expect(table.output.hasSuffix("3 rows\n"))
    }

    @Test func queryErrorsNameTheirPlaceAndExitOne() {
        let run = BinaryRun(["-c", "claims | wher speaker == \"Xi\""])
        #expect(run.status == 1)
        #expect(run.errors == """
            -c:1:10: error: unknown stage `wher`
             1 | claims | wher speaker == "Xi"
               |          ^^^^
            help: did you mean `where`?

            """)
        #expect(run.output.isEmpty)
    }

    @Test func laterCommandsAreNumbered() {
        let run = BinaryRun(["-c", "articles | count", "-c", "articlez"])
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("-c #2:1:1: error: unknown source or variable `articlez`"))
    }

    @Test func scriptsIncludeScriptsRelativeToThemselves() {
        let folder = TemporaryFolder()
        _ = system("mkdir -p '\(folder.path)/lib'")
        folder.write("#!/usr/bin/env -S dossier run\n# counts\ninclude \"lib/defs.dq\"\nstates\n  | count; by_kind(\"person\") | count\n", to: "main.dq")
        folder.write("include \"more.dq\"\nlet states = actors | where kind == \"state\"\n", to: "lib/defs.dq")
        folder.write("def by_kind(k) = actors | where kind == k\n", to: "lib/more.dq")
        let run = BinaryRun(["run", folder.file("main.dq"), "--format", "csv"])
        #expect(run.errors == "")
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(Int(lines[1]) ?? 0 > 0 && Int(lines[3]) ?? 0 > 0)
    }

    @Test func scriptErrorsAbortWithTheirFileAndExitThree() {
        let folder = TemporaryFolder()
        folder.write("articles | count\n\nactors\n  | where kindd == \"state\"\narticles | count\n", to: "bad.dq")
        let run = BinaryRun(["run", "bad.dq", "--format", "csv"], in: folder)
        #expect(run.status == 3)
        #expect(run.errors.hasPrefix("bad.dq:4:11: error: unknown field `kindd`\n 4 |   | where kindd == \"state\"\n   |           ^^^^^\nhelp: did you mean `kind`?"))
        #expect(run.output.split(separator: "\n").count == 2)
    }

    @Test func errorsInsideIncludesNameTheIncludedFile() {
        let folder = TemporaryFolder()
        folder.write("include \"inner.dq\"\n", to: "outer.dq")
        folder.write("\nclaims | take x\n", to: "inner.dq")
        let run = BinaryRun(["run", "outer.dq"], in: folder)
        #expect(run.status == 3)
        #expect(run.errors.hasPrefix("inner.dq:2:15: error: unknown field `x`"))
    }

    @Test func includeCyclesAndMissingFilesAreErrors() {
        let folder = TemporaryFolder()
        folder.write("include \"b.dq\"\n", to: "a.dq")
        folder.write("include \"a.dq\"\n", to: "b.dq")
        let cycle = BinaryRun(["run", "a.dq"], in: folder)
        #expect(cycle.status == 3)
        #expect(cycle.errors.hasPrefix("b.dq:1:1: error: \"a.dq\" is already being run; including it again would never end"))
        folder.write("include \"nowhere.dq\"\n", to: "c.dq")
        let missing = BinaryRun(["run", "c.dq"], in: folder)
        #expect(missing.status == 3)
        #expect(missing.errors.hasPrefix("c.dq:1:1: error: cannot read \""))
    }

    @Test func missingScriptsAndBadArgumentsAreUsageErrors() {
        #expect(BinaryRun(["run", "/nonexistent/script.dq"]).status == 2)
        #expect(BinaryRun(["-c", "articles", "--format", "yaml"]).status == 2)
        #expect(BinaryRun(["-c", "articles", "--arg", "novalue"]).status == 2)
        let noArticles = BinaryRun(["-c", "articles | count", "/nonexistent/folder"])
        #expect(noArticles.status == 2)
        #expect(noArticles.errors.contains("/nonexistent/folder"))
    }

    @Test func argumentsBindVariables() {
        let run = BinaryRun(["-c", "actors | where this == who | select name", "--arg", "who=PRC", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.output == "name\nChina\n")
    }

    @Test func statementsOnStandardInput() {
        let run = BinaryRun(["--format", "csv"], input: "let n = 2\nactors\n  | sort mentions desc\n  | take n\n  | select name\n")
        #expect(run.status == 0)
        #expect(run.output.split(separator: "\n").count == 3)
        let failing = BinaryRun([], input: "actors | take 1\nnope\n")
        #expect(failing.status == 1)
        #expect(failing.errors.hasPrefix("<stdin>:2:1: error: unknown source or variable `nope`"))
    }

    @Test func loadsGivenArticlesInsteadOfTheSamples() {
        let folder = TemporaryFolder()
        folder.write("""
            3 March 2024

            A Test Article About Steppe Trade

            By Ana Test

            China and Kazakhstan signed a new transit agreement in Astana. "Trade will double," said Kazakhstani analyst Aigerim Sadykova.

            """, to: "steppe.txt")
        let run = BinaryRun(["-c", "articles | select id", "-c", "actors | where this == \"Kazakhstan\" | count", "--format", "csv", folder.path])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("id\nsteppe\ncount\n1\n"))
    }

    @Test func untrustedTextNeverReachesTheTerminalRaw() {
        let folder = TemporaryFolder()
        folder.write("""
            3 March 2024

            Escapes \u{1B}]0;owned\u{7} In Titles

            By Ana Test

            China said the \u{1B}[2Jscreen was calm. Russia agreed with China.

            """, to: "hostile.txt")
        for format in ["table", "csv", "tsv", "markdown", "json", "jsonl"] {
            let run = BinaryRun(["-c", "articles | select title", "-c", "sentences | select text", "--format", format, folder.path])
            #expect(run.status == 0)
            #expect(!run.output.contains("\u{1B}"), "raw escape in \(format) output")
            #expect(!run.output.contains("\u{7}"), "raw bell in \(format) output")
        }
        let error = BinaryRun(["-c", "actors | where name == \"\u{1B}[31m\" and nope", folder.path])
        #expect(error.status == 1)
        #expect(!error.errors.contains("\u{1B}"))
        #expect(error.errors.contains("\\e[31m"))
    }

    @Test func timingsAreReportedPerStatement() {
        let run = BinaryRun(["--timings", "-c", "articles | count", "-c", "actors | count; claims | count"])
        #expect(run.status == 0)
        let timings = run.errors.split(separator: "\n").filter { $0.hasPrefix("timing: ") && $0.hasSuffix(" ms") }
        #expect(timings.count == 4)
        #expect(timings.first?.hasPrefix("timing: load ") == true)
    }
}
