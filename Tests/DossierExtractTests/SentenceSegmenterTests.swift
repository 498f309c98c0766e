import Testing

@testable import DossierExtract

@Suite struct SentenceSegmenterTests {
    static func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            SentenceSegmenter.split(buffer, 0..<buffer.count).map { Bytes.string(buffer, $0) }
        }
    }

    @Test(arguments: [
        ("Mr. Xi met Dr. Putin. They talked.", ["Mr. Xi met Dr. Putin.", "They talked."]),
        ("The U.S. and the EU agreed. Then they left.", ["The U.S. and the EU agreed.", "Then they left."]),
        ("Sanctions hit the U.S. The talks stalled.", ["Sanctions hit the U.S.", "The talks stalled."]),
        ("Trade grew 3.5 percent, e.g. in grain. Exports fell.", ["Trade grew 3.5 percent, e.g. in grain.", "Exports fell."]),
        ("It opened on Jan. 5 in Baku. No. 3 was next.", ["It opened on Jan. 5 in Baku.", "No. 3 was next."]),
        ("J. R. Smith wrote it. Was it true? Yes! It was.", ["J. R. Smith wrote it.", "Was it true?", "Yes!", "It was."]),
        ("He said “it works.” Others disagreed.", ["He said “it works.”", "Others disagreed."]),
        ("She warned “the risk is real”. Nobody listened.", ["She warned “the risk is real”.", "Nobody listened."]),
        ("He left in May. In June he returned.", ["He left in May.", "In June he returned."]),
        ("Prices rose (sharply.) Then fell.", ["Prices rose (sharply.)", "Then fell."]),
        // Each kind of short word before a period, and words the tables cannot hold (non-ASCII, long, dotted).
        ("PROF. Li and St. Petersburg agreed. Art. 5 applies.", ["PROF. Li and St. Petersburg agreed.", "Art. 5 applies."]),
        ("Gazprom Inc. The deal held. Ivanov Jr. Signed it.", ["Gazprom Inc.", "The deal held.", "Ivanov Jr. Signed it."]),
        ("Talks ended in Sept. Sept. 9 was next.", ["Talks ended in Sept.", "Sept. 9 was next."]),
        ("He met Erdoğan. Then he left. Ph.D.s The end.", ["He met Erdoğan.", "Then he left.", "Ph.D.s The end."]),
        // A web address or a decimal ends a sentence; dotted abbreviations, also after a hyphen, do not.
        ("It ran on Kun.uz. Officials agreed.", ["It ran on Kun.uz.", "Officials agreed."]),
        ("Growth was 2.5. Officials agreed.", ["Growth was 2.5.", "Officials agreed."]),
        ("The Mekong-U.S. Partnership met. Officials agreed.", ["The Mekong-U.S. Partnership met.", "Officials agreed."]),
    ])
    func splitsSentences(text: String, expected: [String]) {
        #expect(Self.split(text) == expected)
    }
}
