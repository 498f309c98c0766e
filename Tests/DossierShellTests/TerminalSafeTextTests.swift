import DossierShell
import Testing

@Suite struct TerminalSafeTextTests {
    @Test func plainTextPassesUnchanged() {
        #expect(TerminalSafeText.escape("Satpayev’s view — “balance”") == "Satpayev’s view — “balance”")
    }

    @Test func escapeSequencesAreShownNotSent() {
        let hostile = "Putin\u{1B}]0;owned\u{07}\u{1B}[2J said"
        let safe = TerminalSafeText.escape(hostile)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 })
        #expect(safe == "Putin\\e]0;owned\\u{7}\\e[2J said")
    }

    @Test func c1ControlsAndBidiOverridesAreEscaped() {
        #expect(TerminalSafeText.escape("a\u{9B}31mb") == "a\\u{9B}31mb")
        #expect(TerminalSafeText.escape("x\u{202E}y") == "x\\u{202E}y")
    }

    @Test func layoutCharactersAreKeptOnlyWhenAsked() {
        #expect(TerminalSafeText.escape("a\nb\tc") == "a\\nb\\tc")
        #expect(TerminalSafeText.escape("a\nb\tc", keepingLayout: true) == "a\nb\tc")
        #expect(TerminalSafeText.escape("a\r\nb", keepingLayout: true) == "a\\r\nb")
    }
}
