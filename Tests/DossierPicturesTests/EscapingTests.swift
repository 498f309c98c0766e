import Testing
@testable import DossierPictures

@Suite struct EscapingTests {
    @Test func markupCharactersAreEscapedInText() {
        #expect(MarkupEscaping.text("a < b & c > d \"q\"") == "a &lt; b &amp; c &gt; d \"q\"")
    }

    @Test func attributesEscapeQuotesAndKeepNewlines() {
        #expect(MarkupEscaping.attribute("say \"hi\" & 'bye'\nnext") == "say &quot;hi&quot; &amp; &#39;bye&#39;&#10;next")
    }

    @Test func controlCharactersBecomeVisible() {
        #expect(MarkupEscaping.text("red\u{1B}[31m\u{0}\u{202E}x") == "red\\e[31m\\u{0}\\u{202E}x")
    }

    @Test func plainAndNonLatinTextIsUnchanged() {
        let text = "Хүрэлсүх — 習近平 — Satpayev’s"
        #expect(MarkupEscaping.text(text) == text)
        #expect(MarkupEscaping.attribute(text) == text)
    }

    @Test func dotStringsEscapeQuotesBackslashesAndNewlines() {
        #expect(DotEscaping.quoted("a \"b\" \\N\nc") == "\"a \\\"b\\\" \\\\N\\nc\"")
        #expect(!DotEscaping.quoted("x\u{1B}y").contains("\u{1B}"))
    }
}
