import Testing

@testable import DossierExtract

@Suite struct WordSetTests {
    static let long = "internationalisation-of-everything-and-more"
    let words: WordSet = ["said", "Summit", "", "Erdoğan", long]

    @Test func findsEveryMember() {
        for word in ["said", "Summit", "", "Erdoğan", Self.long] { #expect(words.contains(word)) }
    }

    @Test func turnsAwayWordsOfAMembersShape() {
        // Same length and first byte as a member, or a long word sharing the last length slot.
        for word in ["sand", "Sunmit", "Erdogan", "internationalisation-of-everything-and-less", "says", "summit"] {
            #expect(!words.contains(word))
        }
    }

    @Test func unionAndSubtractionKeepTheShapes() {
        let more = words.union(["Treaty"]).subtracting(["said"])
        #expect(more.contains("Treaty"))
        #expect(!more.contains("said"))
        #expect(more.contains("Summit"))
    }

    @Test func mapsWordsToValues() {
        let kinds: WordMap<Int> = ["Treaty": 1, "Pact": 2]
        #expect(kinds["Treaty"] == 1)
        #expect(kinds["Pact"] == 2)
        #expect(kinds["Peace"] == nil)
        #expect(kinds["treaty"] == nil)
    }
}
