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

@Suite struct EscapingAgreementTests {
    /// A plain, scalar-by-scalar statement of the rules, to check the byte-level escaper against.
    static func reference(_ text: String, attribute: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: result += "&amp;"
            case 0x3C: result += "&lt;"
            case 0x3E: result += "&gt;"
            case 0x22 where attribute: result += "&quot;"
            case 0x27 where attribute: result += "&#39;"
            case 0x0A: result += attribute ? "&#10;" : "\n"
            case 0x09: result += attribute ? "&#9;" : "\t"
            case 0x1B: result += "\\e"
            case 0x0D: result += "\\r"
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func byteLevelEscapingAgreesWithTheRules(seed: UInt64) {
        // Characters around every boundary the escaper looks at.
        let pool: [Unicode.Scalar] = [
            "a", "Z", " ", "&", "<", ">", "\"", "'", "\n", "\t", "\r", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}",
            "\u{A0}", "é", "’", "“", "—", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2029}", "\u{202A}", "\u{202E}",
            "\u{202F}", "\u{2065}", "\u{2066}", "\u{2069}", "\u{206A}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "習", "😀",
        ]
        var random = SeededRandom(seed: seed)
        for _ in 0..<300 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int(random.next() % 24) { text.append(pool[Int(random.next() % UInt64(pool.count))]) }
            let string = String(text)
            #expect(MarkupEscaping.text(string) == Self.reference(string, attribute: false))
            #expect(MarkupEscaping.attribute(string) == Self.reference(string, attribute: true))
        }
    }
}
