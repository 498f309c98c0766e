@testable import DossierShell
import Testing

@Suite struct CompletionContextTests {
    private func complete(_ line: String, in shell: Shell? = nil) -> (word: String, candidates: [String]) {
        let shell = shell ?? ShellFixture.shell(lines: []).0
        let completion = shell.completions(in: line, at: line.utf8.count)
        let bytes = Array(line.utf8)
        return (String(decoding: bytes[completion.replacing], as: UTF8.self), completion.candidates.map(\.text))
    }

    @Test func dotCommandNames() {
        #expect(complete(".hi").candidates == [".history"])
        #expect(complete(".").candidates.count == DotCommandTable.all.count)
        #expect(complete("  .sa").word == ".sa")
    }

    @Test func dotCommandArguments() {
        #expect(complete(".mode j").candidates == ["json", "jsonl"])
        #expect(complete(".timer o").candidates == ["on", "off"])
        #expect(complete(".schema cl").candidates == ["claims"])
        #expect(complete(".help ke").candidates == ["keys"])
        #expect(complete(".quit ").candidates == [])
    }

    @Test func filePathsAfterLoadAndRead() {
        let folder = TemporaryFolder()
        folder.write("x", to: "alpha.txt")
        folder.write("x", to: "alps.md")
        folder.write("x", to: ".hidden")
        let (word, candidates) = complete(".load \(folder.path)/al")
        #expect(word == "\(folder.path)/al")
        #expect(candidates == ["\(folder.path)/alpha.txt", "\(folder.path)/alps.md"])
        #expect(complete(".read \"\(folder.path)/alph").candidates == ["\(folder.path)/alpha.txt"])
        let folderCompletion = ShellFixture.shell(lines: []).0.completions(in: ".load /tm", at: 9)
        #expect(folderCompletion.candidates == [CompletionCandidate("/tmp/", terminator: "")])
    }

    @Test func stagesAfterAPipeAndFieldsOfTheSource() {
        #expect(complete("claims | so").candidates == ["sort"])
        #expect(complete("claims | where spea").candidates.contains("speaker"))
        #expect(complete("claims | where spea").candidates.contains("speaker_text"))
        #expect(!complete("actors | where spea").candidates.contains("speaker"))
    }

    @Test func variablesAndFunctionsOfTheSession() {
        let (shell, _, _, _) = ShellFixture.shell(lines: [])
        #expect(shell.execute("let corridor_states = actors | where kind == \"state\"", source: "test"))
        #expect(shell.execute("def by_kind(k) = actors | where kind == k", source: "test"))
        #expect(complete("corridor_", in: shell).candidates == ["corridor_states"])
        #expect(complete("by_k", in: shell).candidates == ["by_kind"])
    }

    @Test func entityNamesInsideQuotesAreEscapedWhenListed() {
        let (word, candidates) = complete("claims | where speaker == \"Chi")
        #expect(word == "Chi")
        #expect(candidates.contains("China"))
        #expect(candidates.contains("Chi\u{1B}[31mmera"))
        #expect(!CandidateList.layout(candidates, width: 80).contains("\u{1B}"))
    }
}

@Suite struct HistoryEntryTests {
    @Test func multiLineStatementsBecomeOneLine() {
        #expect(HistoryEntry.form(of: "claims |\n  where kind == \"direct\"  \n  | take 3") == "claims |   where kind == \"direct\"   | take 3")
        #expect(HistoryEntry.form(of: "claims | # direct only\n  take 3") == "claims | # direct only\n  take 3")
        #expect(HistoryEntry.form(of: "actors") == "actors")
    }
}
