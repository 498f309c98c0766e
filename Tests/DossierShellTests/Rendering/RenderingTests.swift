import DossierModel
import DossierPictures
import DossierQuery
import Testing
@testable import DossierShell

/// A hand-made result, so rendering is tested apart from any query.
private struct FixedResult: QueryResultView {
    var columns: [String]
    var rows: [[Cell]]
    var rowCount: Int { rows.count }
    func cell(row: Int, column: Int) -> Cell { rows[row][column] }
}

@Suite struct RenderingTests {
    private let sample = FixedResult(columns: ["name", "n", "when"], rows: [
        [.reference(source: .actors, id: "china", label: "China"), .int(3), .date(PartialDate(year: 2023, month: 3))],
        [.text("Kazakhstan"), .int(12), .null],
    ])

    @Test func tableAlignsTextLeftAndNumbersRight() {
        #expect(OutputFormat.table.render(sample) == """
            ┌────────────┬────┬─────────┐
            │ name       │ n  │ when    │
            ├────────────┼────┼─────────┤
            │ China      │  3 │ 2023-03 │
            │ Kazakhstan │ 12 │         │
            └────────────┴────┴─────────┘
            2 rows

            """)
    }

    @Test func wideCharactersTakeTwoColumns() {
        let result = FixedResult(columns: ["name", "x"], rows: [[.text("习近平"), .int(1)], [.text("Xi"), .int(2)]])
        let lines = OutputFormat.table.render(result).split(separator: "\n")
        #expect(lines[3] == "│ 习近平 │ 1 │")
        #expect(lines[4] == "│ Xi     │ 2 │")
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func longCellsWrapThenAreCutWithANote() {
        let long = String(repeating: "word ", count: 60)
        let result = FixedResult(columns: ["text"], rows: [[.text(long)], [.text("short")]])
        let text = TableRenderer(maximumWidth: 30).render(result)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 30 || $0.hasPrefix("2 rows") })
        #expect(lines.contains { $0.contains("…") })
        #expect(lines.last == "2 rows (long cells cut at …; use --format json or .mode json for the full text)")
        let fits = TableRenderer(maximumWidth: 400).render(result)
        #expect(fits.split(separator: "\n").last == "2 rows")
    }

    @Test func controlCharactersAreShownEscaped() {
        let hostile = FixedResult(columns: ["t\u{1B}"], rows: [[.text("a\u{1B}[2Jb\u{202E}c\nd")]])
        for format in OutputFormat.allCases {
            let text = format.render(hostile)
            #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "\(format)")
        }
        #expect(OutputFormat.csv.render(hostile) == "t\\e\na\\e[2Jb\\u{202E}c\\nd\n")
        #expect(OutputFormat.json.render(hostile) == "[\n  {\"t\\u001b\":\"a\\u001b[2Jb\\u202ec\\nd\"}\n]\n")
    }

    @Test func machineFormats() {
        #expect(OutputFormat.json.render(sample) == """
            [
              {"name":"China","n":3,"when":"2023-03"},
              {"name":"Kazakhstan","n":12,"when":null}
            ]

            """)
        #expect(OutputFormat.jsonl.render(sample) == "{\"name\":\"China\",\"n\":3,\"when\":\"2023-03\"}\n{\"name\":\"Kazakhstan\",\"n\":12,\"when\":null}\n")
        let quoted = FixedResult(columns: ["a", "b"], rows: [[.text("x, \"y\""), .list([.int(1), .number(2.5)])]])
        #expect(OutputFormat.csv.render(quoted) == "a,b\n\"x, \"\"y\"\"\",\"1, 2.5\"\n")
        #expect(OutputFormat.tsv.render(quoted) == "a\tb\nx, \"y\"\t1, 2.5\n")
        #expect(OutputFormat.markdown.render(FixedResult(columns: ["a|b"], rows: [[.text("c|d")]])) == "| a\\|b |\n| --- |\n| c\\|d |\n")
        #expect(OutputFormat.json.render(FixedResult(columns: ["a"], rows: [])) == "[]\n")
    }

    @Test func outcomesGoToTheRightStream() {
        let text = OutcomeText(format: .csv)
        #expect(text.text(for: .value(.int(4))) == ("4\n", ""))
        let warning = QueryError("no actor is called \"X\"", at: nil, kind: .name)
        #expect(text.text(for: .warning(warning)).errors == "query: warning: no actor is called \"X\"\n")
        #expect(text.text(for: .assigned(name: "a", summary: "3 rows")) == ("", ""))
        #expect(OutcomeText(format: .table, reportsDefinitions: true).text(for: .assigned(name: "a", summary: "3 rows")).output == "a = 3 rows\n")
    }
}
