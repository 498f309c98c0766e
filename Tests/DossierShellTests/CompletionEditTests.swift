@testable import DossierShell
import Testing

@Suite struct CompletionEditTests {
    @Test func nothingToOfferBeeps() {
        #expect(CompletionEdit.decide(word: "zz", candidates: []) == .beep)
    }

    @Test func aSingleCandidateIsInsertedWithItsTerminator() {
        #expect(CompletionEdit.decide(word: ".lo", candidates: [CompletionCandidate(".load")]) == .replace(with: ".load "))
        #expect(CompletionEdit.decide(word: "Doc", candidates: [CompletionCandidate("Docs/", terminator: "")]) == .replace(with: "Docs/"))
    }

    @Test func aLongerCommonPrefixIsInserted() {
        let candidates = [CompletionCandidate("Shanghai Cooperation Organisation"), CompletionCandidate("Shanghai Five")]
        #expect(CompletionEdit.decide(word: "sha", candidates: candidates) == .replace(with: "Shanghai "))
    }

    @Test func withNothingMoreToInsertTheCandidatesAreListed() {
        let candidates = [CompletionCandidate("select"), CompletionCandidate("sort")]
        #expect(CompletionEdit.decide(word: "s", candidates: candidates) == .list(["select", "sort"]))
    }

    @Test func candidatesAreLaidOutInColumnsAndMadeSafe() {
        let listing = CandidateList.layout(["alpha", "beta", "gamma", "delta\u{1B}[2J"], width: 30)
        #expect(!listing.contains("\u{1B}"))
        #expect(listing.split(separator: "\n").count == 2)
        #expect(listing.hasPrefix("alpha"))
    }
}

@Suite struct PromptEscapesTests {
    @Test func colourSequencesAreFencedForLibedit() {
        let prompt = "\u{1B}[1;32mdossier>\u{1B}[0m "
        #expect(PromptEscapes.fence(prompt) == "\u{1}\u{1B}[1;32m\u{1}dossier>\u{1}\u{1B}[0m\u{1} ")
        #expect(PromptEscapes.fence("dossier> ") == "dossier> ")
    }
}
