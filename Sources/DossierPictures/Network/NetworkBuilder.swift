import DossierModel

extension ActorNetwork {
    /// Builds the network of the part of `corpus` that `scope` selects.
    ///
    /// - Co-occurrence: every pair of entities mentioned in one sentence, weighted by sentences.
    /// - Claims: the speaker of each claim to every actor and framework the claim mentions.
    /// - Sponsors: each supportive stance (proposed, launched, backs) from the actor to the framework;
    ///   sponsors the model records without a stance count once, when the whole corpus is drawn.
    ///
    /// When the scope selects claims or events (a query over `claims` or `events`), everything is
    /// counted only in their sentences, so the picture shows what the selection connects.
    public init(corpus: Corpus, scope: CorpusScope = .everything) {
        var mentions: [EntityID: Int] = [:]
        var sentenceEntities: [SentenceKey: [EntityID]] = [:]
        let selectedSentences = scope.selectedSentences(in: corpus)
        func counts(_ location: Location) -> Bool {
            scope.includes(location) && (selectedSentences?.contains(SentenceKey(location)) ?? true)
        }
        func includes(_ claim: Claim) -> Bool {
            scope.claims != nil ? scope.includes(claim) : counts(claim.location)
        }
        func record(_ id: EntityID, _ entityMentions: [Mention]) {
            guard scope.includes(entity: id) else { return }
            for mention in entityMentions where counts(mention.location) {
                mentions[id, default: 0] += 1
                let key = SentenceKey(mention.location)
                if sentenceEntities[key]?.contains(id) != true { sentenceEntities[key, default: []].append(id) }
            }
        }
        for actor in corpus.actors { record(actor.id, actor.mentions) }
        for framework in corpus.frameworks { record(framework.id, framework.mentions) }

        var weights: [EdgeKey: Int] = [:]
        for entities in sentenceEntities.values where entities.count > 1 {
            let sorted = entities.sorted()
            for first in sorted.indices {
                for second in sorted.index(after: first)..<sorted.endIndex {
                    weights[EdgeKey(source: sorted[first], target: sorted[second], relation: .cooccurs), default: 0] += 1
                }
            }
        }
        for claim in corpus.claims where includes(claim) {
            guard let speaker = claim.speaker, scope.includes(entity: speaker) else { continue }
            var targets = Set(claim.actors + claim.frameworks)
            targets.remove(speaker)
            for target in targets where scope.includes(entity: target) {
                weights[EdgeKey(source: speaker, target: target, relation: .claims), default: 0] += 1
            }
        }
        for framework in corpus.frameworks where scope.includes(entity: framework.id) {
            var stated = Set<EntityID>()
            for stance in framework.stances where stance.isSupport && scope.includes(entity: stance.actor) {
                stated.insert(stance.actor)
                guard counts(stance.location) else { continue }
                weights[EdgeKey(source: stance.actor, target: framework.id, relation: .sponsors), default: 0] += 1
            }
            guard !scope.restrictsText else { continue }
            for sponsor in framework.sponsors where !stated.contains(sponsor) && scope.includes(entity: sponsor) {
                weights[EdgeKey(source: sponsor, target: framework.id, relation: .sponsors), default: 0] += 1
            }
        }

        var nodes: [Node] = []
        var known = Set<EntityID>()
        let linked = Set(weights.keys.flatMap { [$0.source, $0.target] })
        for actor in corpus.actors where mentions[actor.id] != nil || linked.contains(actor.id) {
            if known.insert(actor.id).inserted {
                nodes.append(Node(id: actor.id, name: actor.name, kind: .actor(actor.kind), mentions: mentions[actor.id] ?? 0))
            }
        }
        for framework in corpus.frameworks where mentions[framework.id] != nil || linked.contains(framework.id) {
            if known.insert(framework.id).inserted {
                nodes.append(Node(
                    id: framework.id, name: framework.name, kind: .framework(framework.kind),
                    mentions: mentions[framework.id] ?? 0))
            }
        }
        nodes.sort { ($1.mentions, $0.name, $0.id) < ($0.mentions, $1.name, $1.id) }

        // A speaker or sponsor id the corpus has no actor for cannot be drawn; its edges go.
        let edges = weights
            .filter { known.contains($0.key.source) && known.contains($0.key.target) }
            .map { Edge(source: $0.key.source, target: $0.key.target, relation: $0.key.relation, weight: $0.value) }
            .sorted { ($0.source, $0.target, $0.relation) < ($1.source, $1.target, $1.relation) }
        self.init(nodes: nodes, edges: edges)
    }
}

private struct EdgeKey: Hashable {
    var source: EntityID
    var target: EntityID
    var relation: ActorNetwork.Relation
}
