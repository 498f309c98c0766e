import DossierModel

/// Finds actors' stances on frameworks: "Putin backs the Power of Siberia 2 pipeline", "Y, proposed by X",
/// "X's Y initiative", "Russia resisted …".
struct StanceFinder {
    struct Found {
        var actor: EntityKey
        var framework: EntityKey
        var kind: Stance.Kind
        var verb: String
    }

    let lexicon: Lexicon
    let sentence: SentenceTokens
    let matches: SentenceMatches
    var words: RuleWords { lexicon.words }

    func find(registry: inout EntityRegistry, state: borrowing ArticleState) -> [Found] {
        var found: [Found] = []
        var resolver = SpeakerResolver(lexicon: lexicon, sentence: sentence, matches: matches)
        resolver.createsGroups = false
        for verb in matches.verbs {
            let entry = lexicon.entries.verbs[verb.entry]
            guard entry.kind == .support || entry.kind == .opposition else { continue }
            let kind = stanceKind(entry)
            let form = sentence.text(verb.range)
            let after = verb.range.upperBound
            if after + 1 < sentence.count, sentence.ids[after] == words.by {
                // Passive: "The Greater Eurasian Partnership was proposed by Russia", "Y, proposed by X".
                guard let framework = framework(before: verb.range.lowerBound) else { continue }
                for actor in coordinatedActors(from: after + 1) {
                    found.append(Found(actor: actor, framework: framework, kind: kind, verb: form))
                }
                continue
            }
            guard let actor = resolver.subject(before: verb.range.lowerBound, registry: &registry, state: state)?.id,
                  let framework = framework(after: after) else { continue }
            for partner in matches.actorsListed(endingBefore: verb.range.lowerBound, last: actor, sentence, words) {
                found.append(Found(actor: partner, framework: framework, kind: kind, verb: form))
            }
        }
        // "X's Y": a possessive actor directly before a framework ("Russia's own Eurasian Economic Union").
        for entity in matches.entities {
            guard let frameworkID = entity.ref.frameworkID else { continue }
            var index = entity.range.lowerBound - 1
            if index >= 0, sentence.word(index) == "own" { index -= 1 }
            guard index >= 1, sentence.ids[index] == words.possessive,
                  let owner = matches.entity(endingAt: index - 1)?.ref.actorID else { continue }
            found.append(Found(actor: owner, framework: frameworkID, kind: .backs, verb: "'s"))
        }
        return found
    }

    /// "by Azerbaijan and Kazakhstan", "by Russia, Iran and India": every actor in the list.
    private func coordinatedActors(from start: Int) -> [EntityKey] {
        var actors: [EntityKey] = []
        var index = start
        while let entity = matches.entity(startingAt: index), let actor = entity.ref.actorID {
            actors.append(actor)
            index = entity.range.upperBound
            guard index < sentence.count, sentence.ids[index] == words.comma || sentence.word(index) == "and" else { break }
            index += 1
            if index < sentence.count, sentence.word(index) == "and" { index += 1 }
        }
        return actors
    }

    private func stanceKind(_ entry: VerbEntry) -> Stance.Kind {
        if entry.kind == .opposition { return .resisted }
        switch entry.lemma {
        case "propose", "initiate", "unveil", "champion", "spearhead": return .proposed
        case "launch": return .launched
        default: return .backs
        }
    }

    private func framework(after start: Int) -> EntityKey? {
        var index = start
        while index < sentence.count, index - start < 10 {
            let id = sentence.ids[index]
            if id == words.period || id == words.comma && index > start + 1 { return nil }
            if let entity = matches.entity(startingAt: index) {
                if let framework = entity.ref.frameworkID { return framework }
                index = entity.range.upperBound
                continue
            }
            index += 1
        }
        return nil
    }

    private func framework(before end: Int) -> EntityKey? {
        var index = end - 1
        while index >= 0, end - index < 10 {
            if let entity = matches.entity(endingAt: index), let framework = entity.ref.frameworkID { return framework }
            index -= 1
        }
        return nil
    }
}
