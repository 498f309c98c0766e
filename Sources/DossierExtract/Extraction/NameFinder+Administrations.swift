import DossierModel

// Governments named after their leader: "the Trump administration", "the Dissanayake administration".
extension NameFinder {
    /// A person's name before a lower-case "administration" names the government that person leads: an organisation of
    /// its own, which speaks and is spoken of, affiliated with the leader's state. The words do not name the person, so a
    /// text that mentions Trump only there is about his government, not about him.
    func findLeadersAdministrations(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for leader in matches.entities where leader.range.upperBound < sentence.count && sentence.ids[leader.range.upperBound] == words.administration {
            guard case .actor(let person) = leader.ref, registry.kind(ofActor: person) == .person else { continue }
            let range = leader.range.lowerBound..<leader.range.upperBound + 1
            let state = registry.affiliation(ofActor: person).flatMap { registry.key(ofActor: $0) }
            let government = registry.discoverActor(name: sentence.text(range), kind: .organization, affiliation: state)
            matches.remove(leader)
            matches.add(FoundEntity(range: range, ref: .actor(government), rule: "leaders-administration"))
        }
    }
}
