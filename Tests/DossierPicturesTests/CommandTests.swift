import Foundation
import Testing

/// The picture commands, run as the user runs them, on the sample corpus and on hostile files.
@Suite(.enabled(if: DossierRun.isBuilt, "the dossier binary is not built"))
struct CommandTests {
    @Test func graphWritesGraphMLThatParses() throws {
        let result = try DossierRun.run(["graph", "--format", "graphml"])
        #expect(result.status == 0, "\(result.errors)")
        let xml = try #require(XMLCheck.parse(result.output))
        #expect(xml.elements(named: "node").count > 10)
        #expect(xml.elements(named: "edge").count > 10)
    }

    @Test func graphSVGIsTheSameOnEveryRun() throws {
        let first = try DossierRun.run(["graph", "--format", "svg", "--seed", "3"])
        let second = try DossierRun.run(["graph", "--format", "svg", "--seed", "3"])
        #expect(first.status == 0)
        #expect(first.output == second.output)
        #expect(XMLCheck.parse(first.output) != nil)
    }

    @Test(.enabled(if: Graphviz.isInstalled, "Graphviz's dot is not installed (Scripts/check-pictures installs it)"))
    func graphvizAcceptsTheSampleCorpusDot() throws {
        let result = try DossierRun.run(["graph", "--format", "dot"])
        #expect(result.status == 0)
        let rendered = try Graphviz.render(result.output)
        #expect(rendered.status == 0 && rendered.errors.isEmpty, "\(rendered.errors)")
    }

    @Test func aQueryNarrowsTheGraph() throws {
        let all = try DossierRun.run(["graph", "--format", "graphml"])
        let some = try DossierRun.run(["graph", "--format", "graphml", "-q", "claims | where kind == \"direct\""])
        #expect(some.status == 0, "\(some.errors)")
        let allNodes = try #require(XMLCheck.parse(all.output)).elements(named: "node").count
        let someNodes = try #require(XMLCheck.parse(some.output)).elements(named: "node").count
        #expect(someNodes > 0 && someNodes < allNodes)
    }

    @Test func aBadQueryIsAnErrorWithACaret() throws {
        let result = try DossierRun.run(["graph", "-q", "claims | whre kind == 1"])
        #expect(result.status == 1)
        #expect(result.errors.contains("-q:1:"))
        #expect(result.errors.contains("^"))
        #expect(result.output.isEmpty)
    }

    @Test func timelineFitsTheWidthAsked() throws {
        let result = try DossierRun.run(["timeline", "--width", "60"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count > 5)
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(lines.first?.contains("dated event") == true)
    }

    @Test func reportIsWrittenAtomicallyAndParses() throws {
        let folder = try DossierRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierRun.run(["report", "-o", "out/briefing.html"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let path = folder.appendingPathComponent("out/briefing.html").path
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(XMLCheck.parse(html) != nil, "\(XMLCheck.problem(html) ?? "")")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        #expect(leftovers == ["briefing.html"], "temporary files left behind")
    }

    @Test func hostileArticlesCannotInjectIntoTheReportOrTheTerminal() throws {
        let folder = try DossierRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = """
            12 March 2024
            <script>alert("title")</script> and the Kremlin
            By <b>Nobody</b>

            On 4 May 2023, Kazakhstan said "<img src=x onerror=alert(1)>" while Russia \u{1B}[2J\u{1B}]0;pwned\u{7} watched.

            China's officials noted in 2022 that ]]> & <!-- comments --> mean nothing.

            """
        try article.write(to: folder.appendingPathComponent("evil.txt"), atomically: true, encoding: .utf8)
        let report = try DossierRun.run(["report", "evil.txt", "-o", "evil.html"], in: folder)
        #expect(report.status == 0, "\(report.errors)")
        let html = try String(contentsOf: folder.appendingPathComponent("evil.html"), encoding: .utf8)
        let xml = try #require(XMLCheck.parse(html), "\(XMLCheck.problem(html) ?? "")")
        #expect(xml.elements(named: "script").count == 1)
        #expect(xml.elements(named: "img").isEmpty)
        #expect(!html.contains("\u{1B}") && !html.contains("\u{7}"))

        let timeline = try DossierRun.run(["timeline", "evil.txt", "--width", "200"], in: folder)
        #expect(!timeline.output.contains("\u{1B}") && !timeline.output.contains("\u{7}"))
        for format in ["dot", "graphml", "svg"] {
            let graph = try DossierRun.run(["graph", "evil.txt", "--format", format], in: folder)
            #expect(graph.status == 0)
            #expect(!graph.output.contains("\u{1B}"))
        }
    }

    @Test func chartFormatDrawsBarsForAGroupedCount() throws {
        let query = "claims | group by kind aggregate n = count() | sort n desc"
        let chart = try DossierRun.run(["-c", query, "--format", "chart"])
        let table = try DossierRun.run(["-c", query, "--format", "csv"])
        #expect(chart.status == 0, "\(chart.errors)")
        let lines = chart.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "kind by n")
        let rows = table.output.split(separator: "\n").dropFirst()
        #expect(lines.count == rows.count + 1)
        // The first (largest) bar fills the bar area; every line is as wide as the default width.
        #expect(lines[1].contains("█"))
        #expect(lines.dropFirst().allSatisfy { $0.count == 80 })
    }

    @Test func chartFormatExplainsWhenThereIsNothingToMeasure() throws {
        let result = try DossierRun.run(["-c", "claims | select kind, cue | take 2", "--format", "chart"])
        #expect(result.status == 0)
        #expect(result.output.contains("note: no chart drawn: a chart needs a column of numbers"))
    }

    @Test func aFolderAsOutputIsAClearError() throws {
        let folder = try DossierRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierRun.run(["report", "-o", folder.path])
        #expect(result.status == 2)
        #expect(result.errors.contains("it is a folder"))
    }

    @Test func unreadableFilesAreReportedAndTheRestIsDrawn() throws {
        let result = try DossierRun.run(["graph", "--format", "graphml", "/nonexistent/article.txt"])
        #expect(result.status == 2)
        #expect(result.errors.contains("/nonexistent/article.txt"))
        #expect(XMLCheck.parse(result.output) != nil)
    }
}
