import DossierModel
import Testing
@testable import DossierPictures

@Suite struct NetworkTests {
    let corpus = FixtureCorpus.corpus()

    private func weight(_ network: ActorNetwork, _ source: String, _ target: String, _ relation: ActorNetwork.Relation) -> Int? {
        network.edges.first { $0.source == source && $0.target == target && $0.relation == relation }?.weight
    }

    @Test func coOccurrenceCountsSentencesSharedByAPair() {
        let network = ActorNetwork(corpus: corpus)
        #expect(weight(network, "china", "russia", .cooccurs) == 1)
        #expect(weight(network, "china", "kazakhstan", .cooccurs) == 1)
        #expect(weight(network, "kazakhstan", "russia", .cooccurs) == 1)
        #expect(weight(network, "belt-and-road-initiative", "xi-jinping", .cooccurs) == 1)
        // Xi Jinping and China never share a sentence.
        #expect(weight(network, "china", "xi-jinping", .cooccurs) == nil)
    }

    @Test func claimsLinkSpeakersToWhatTheyMention() {
        let network = ActorNetwork(corpus: corpus)
        #expect(weight(network, "xi-jinping", "belt-and-road-initiative", .claims) == 1)
        #expect(weight(network, "dosym-satpayev", "russia", .claims) == 1)
        #expect(weight(network, "dosym-satpayev", "kazakhstan", .claims) == 1)
    }

    @Test func sponsorsComeFromStancesAndFromTheModelsSponsorList() {
        let network = ActorNetwork(corpus: corpus)
        #expect(weight(network, "russia", "power-of-siberia-2", .sponsors) == 1)
        #expect(weight(network, "china", "belt-and-road-initiative", .sponsors) == 1)
    }

    @Test func nodesAreOrderedByMentionsThenName() {
        let network = ActorNetwork(corpus: corpus)
        #expect(network.nodes.first?.id == "russia")
        #expect(network.nodes.first?.mentions == 3)
        let counts = network.nodes.map(\.mentions)
        #expect(counts == counts.sorted(by: >))
        #expect(network.nodes.count == 7)
    }

    @Test func scopeToClaimsKeepsOnlyWhatThoseClaimsConnect() {
        let scope = CorpusScope(claims: ["pipelines-c2"])
        let network = ActorNetwork(corpus: corpus, scope: scope)
        #expect(Set(network.nodes.map(\.id)) == ["dosym-satpayev", "kazakhstan", "russia"])
        #expect(network.edges.allSatisfy { $0.relation != .sponsors })
        #expect(weight(network, "dosym-satpayev", "russia", .claims) == 1)
        #expect(network.nodes.first { $0.id == "russia" }?.mentions == 1)
    }

    @Test func scopeToEntitiesDropsEveryOtherNode() {
        let network = ActorNetwork(corpus: corpus, scope: CorpusScope(entities: ["china", "russia"]))
        #expect(network.nodes.map(\.id) == ["russia", "china"])
        #expect(network.edges.count == 1)
    }

    @Test func keepingTheMostMentionedDropsEdgesToRemovedNodes() {
        let network = ActorNetwork(corpus: corpus).keepingMostMentioned(2)
        #expect(network.nodes.count == 2)
        let ids = Set(network.nodes.map(\.id))
        #expect(network.edges.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
    }

    @Test func speakersMissingFromTheCorpusLeaveNoDanglingEdge() {
        var claims = corpus.claims
        claims[0].speaker = "nobody-known"
        let broken = Corpus(articles: corpus.articles, actors: corpus.actors, frameworks: corpus.frameworks,
                            claims: claims, events: corpus.events)
        let network = ActorNetwork(corpus: broken)
        let ids = Set(network.nodes.map(\.id))
        #expect(network.edges.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
    }
}
