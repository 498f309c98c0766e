import DossierModel
import Testing

@Suite struct CorpusTests {
    @Test func looksUpItemsById() {
        let china = Actor(id: "china", name: "China", kind: .state, aliases: ["PRC"])
        let bri = Framework(id: "belt-and-road-initiative", name: "Belt and Road Initiative", acronym: "BRI", kind: .initiative)
        let corpus = Corpus(actors: [china], frameworks: [bri])
        #expect(corpus.actor("china")?.name == "China")
        #expect(corpus.framework("belt-and-road-initiative")?.acronym == "BRI")
        #expect(corpus.actor("russia") == nil)
    }

    @Test func spansCompareAndOverlap() {
        let a = Span(start: 0, end: 5)
        let b = Span(start: 4, end: 9)
        #expect(a.overlaps(b))
        #expect(!a.overlaps(Span(start: 5, end: 6)))
        #expect(Span(start: 0, end: 10).contains(b))
        #expect(a < b)
    }
}
