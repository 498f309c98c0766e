#if canImport(Glibc)
import Glibc
#endif
@testable import DossierShell
import Testing

/// An article full of terminal escapes, C1 controls and bidi overrides, in its title, its names, its
/// quotes and even its file name, run through the real binary: nothing it prints, in any format, on
/// standard output or standard error, may carry one of those characters raw.
@Suite struct HostileOutputTests {
    /// OSC retitling, CSI colour and screen clearing, a raw 8-bit CSI (U+009B), NEL and ST (C1), a BEL,
    /// right-to-left and isolate overrides: what a hostile page could carry.
    static let article = """
        Corridor \u{1B}]0;pwned\u{7} Notes

        Kazakhstan and China signed the \u{1B}[31mBelt and Road Initiative\u{1B}[0m deal on 3 May 2023. \
        \u{201C}We will \u{202E}never\u{202C} leave,\u{201D} said Aigerim \u{9B}31mBekova.

        According to officials in Astana\u{1B}[2J, the corridor is \u{85}open\u{9C} to \u{2067}all\u{2069} traffic.

        """

    /// Every character that must never reach a terminal raw; `\n` and `\t` are layout.
    static func rawControls(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A, 0x09: false
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    static func folder() -> TemporaryFolder {
        let folder = TemporaryFolder()
        folder.write(article, to: "hostile.txt")
        folder.write(article, to: "named \u{1B}[31mred\u{1B}[0m.txt")
        folder.write("\u{0}binary", to: "bin\u{1B}]0;x\u{7}.txt")
        return folder
    }

    @Test(arguments: ["table", "json", "jsonl", "csv", "tsv", "markdown", "chart"])
    func queryResultsInEveryFormat(format: String) {
        let folder = Self.folder()
        for query in [
            "sentences | select text", "articles | select title, path", "claims",
            "actors | select name, aliases, role", "claims | why", "actors | group by name aggregate n = count()",
        ] {
            let run = BinaryRun(["-c", query, "--format", format, "."], in: folder)
            #expect(run.status == 0, "\(query) as \(format): \(run.errors)")
            #expect(Self.rawControls(in: run.output) == [], "\(query) as \(format)")
            #expect(Self.rawControls(in: run.errors) == [], "\(query) as \(format)")
        }
    }

    @Test func theTextIsShownEscapedNotDropped() {
        let folder = Self.folder()
        let table = BinaryRun(["-c", "sentences | select text", "hostile.txt"], in: folder)
        #expect(table.output.contains("\\e[31mBelt and Road Initiative\\e[0m"))
        #expect(table.output.contains("\\u{202E}never\\u{202C}"))
        #expect(table.output.contains("\\u{9B}31mBekova"))
        let json = BinaryRun(["-c", "articles | select title", "--format", "json", "hostile.txt"], in: folder)
        #expect(json.output.contains(#"Corridor \u001b]0;pwned\u0007 Notes"#))
    }

    @Test func loadProblemsAndErrorsNameHostileFilesSafely() {
        let folder = Self.folder()
        let load = BinaryRun(["-c", "articles | count", "."], in: folder)
        #expect(load.errors.contains("bin\\e]0;x\\u{7}.txt: binary file (NUL byte at byte 0)"))
        #expect(Self.rawControls(in: load.errors) == [])
        // Run the article as if it were a script: the error quotes its first line, escaped.
        let script = BinaryRun(["run", "named \u{1B}[31mred\u{1B}[0m.txt"], in: folder)
        #expect(script.status == 3)
        #expect(script.errors.hasPrefix("named \\e[31mred\\e[0m.txt:1:10: error: "))
        #expect(Self.rawControls(in: script.errors) == [])
        let lexicon = BinaryRun(["export", "--lexicon", "bin\u{1B}]0;x\u{7}.txt", "hostile.txt"], in: folder)
        #expect(lexicon.status == 2)
        #expect(Self.rawControls(in: lexicon.errors) == [])
    }

    @Test(arguments: [
        ["export", "hostile.txt"], ["export", "--compact", "."], ["graph", "hostile.txt"], ["graph", "--format", "dot", "hostile.txt"],
        ["graph", "--format", "graphml", "hostile.txt"], ["timeline", "hostile.txt"],
    ])
    func picturesAndExportsOnStandardOutput(arguments: [String]) {
        let run = BinaryRun(arguments, in: Self.folder())
        #expect(run.output.count > 100)
        #expect(Self.rawControls(in: run.output) == [], "\(arguments)")
        #expect(Self.rawControls(in: run.errors) == [], "\(arguments)")
    }
}

/// Tab completion inserts names from articles into the line being edited, which the line editor echoes
/// as they are: a name carrying control characters is never offered.
@Suite struct HostileCompletionTests {
    @Test func namesWithControlCharactersAreNeverInserted() {
        let hostile = CompletionCandidate("Chi\u{1B}[31mmera")
        let bidi = CompletionCandidate("Chi\u{202E}na")
        #expect(CompletionEdit.decide(word: "Chi", candidates: [hostile]) == .beep)
        #expect(CompletionEdit.decide(word: "Chi", candidates: [hostile, bidi, CompletionCandidate("China")]) == .replace(with: "China "))
        #expect(CompletionEdit.decide(word: "C", candidates: [hostile, CompletionCandidate("China"), CompletionCandidate("Chile")]) == .replace(with: "Chi"))
    }
}
