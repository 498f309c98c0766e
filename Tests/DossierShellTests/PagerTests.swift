import DossierShell
import Testing

@Suite struct PagerTests {
    @Test func theCommandComesFromDossierPagerThenPagerThenLess() {
        #expect(Pager(environment: ["DOSSIER_PAGER": "more", "PAGER": "most"]).command == "more")
        #expect(Pager(environment: ["DOSSIER_PAGER": "", "PAGER": "most"]).command == "most")
        #expect(Pager(environment: [:]).command == "less -FRX")
    }

    @Test func onlyTallOutputOnATerminalIsPaged() {
        let terminal = TerminalSize(rows: 5, columns: 80)
        let tall = String(repeating: "row\n", count: 10)
        #expect(Pager.shouldPage(tall, mode: .auto, outputIsTerminal: true, terminal: terminal))
        #expect(!Pager.shouldPage("one\ntwo\n", mode: .auto, outputIsTerminal: true, terminal: terminal))
        #expect(!Pager.shouldPage(tall, mode: .auto, outputIsTerminal: false, terminal: terminal))
        #expect(!Pager.shouldPage(tall, mode: .off, outputIsTerminal: true, terminal: terminal))
        #expect(Pager.shouldPage("one\n", mode: .on, outputIsTerminal: true, terminal: terminal))
        #expect(!Pager.shouldPage("one\n", mode: .on, outputIsTerminal: false, terminal: terminal))
    }

    @Test func thePagerReceivesTheText() {
        let folder = TemporaryFolder()
        let pager = Pager(environment: ["DOSSIER_PAGER": "cat > '\(folder.file("paged"))'"])
        #expect(pager.show("first\nsecond\n"))
        #expect(folder.read("paged") == "first\nsecond\n")
    }

    @Test func aMissingPagerIsReportedSoTheCallerPrints() {
        #expect(!Pager(environment: ["DOSSIER_PAGER": "no-such-pager-anywhere"]).show("text\n"))
    }
}
