import DossierModel

// Attributions framed by other words than a reporting verb: "according to X", "For X,", "In X's view", "X's
// warning", "as X put it".
extension ClaimFinder {
    static let objectPronounsForViews: WordSet = ["him", "her", "them"]

    /// "According to her": the person last mentioned whom the pronoun can mean, or for "them" the group that spoke last.
    private func pronounReferent(
        _ index: Int, _ resolver: SpeakerResolver, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState
    ) -> SpeakerResolver.Speaker? {
        let word = sentence.word(index)
        let referent: ArticleState.Mentioned?
        switch word {
        case "him": referent = state.person(answering: .male) { resolver.gender(of: $0, registry, state) }
        case "her": referent = state.person(answering: .female) { resolver.gender(of: $0, registry, state) }
        case "them": referent = state.lastGroup
        default: return nil
        }
        return referent.map { SpeakerResolver.Speaker(id: $0.id, text: word, range: index..<index + 1) }
    }

    func framedClaims(_ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState) -> [ClaimDraft] {
        var drafts: [ClaimDraft] = []
        let count = sentence.count
        for index in 0..<count {
            let id = sentence.ids[index]
            if words.according.contains(id), index + 2 < count, sentence.ids[index + 1] == words.to,
               !words.relatives.contains(sentence.ids[index + 2]) {
                var speaker = pronounReferent(index + 2, resolver, registry, state) ?? resolver.phrase(startingAt: index + 2, registry: &registry, state: state)
                if speaker?.id == nil, let compiler = compiledBy(after: index + 2) { speaker = compiler }
                if speaker?.id == nil, let government = readoutOwner(at: index + 2, registry) { speaker = government }
                if speaker?.id == nil, let owner = documentOwner(at: index + 2, resolver, &registry, state) { speaker = owner }
                drafts.append(ClaimDraft(speaker: speaker, cue: "according to", rule: "according-to", quote: quotes.first, allowsUnknownSpeaker: true))
            } else if words.possessivePronouns.contains(id), index >= 1, words.inWord.contains(sentence.ids[index - 1]), index + 1 < count,
                      words.viewNouns.contains(sentence.ids[index + 1]) {
                // "In her view": the person (or, for "their", the group) last mentioned.
                let wanted = resolver.pronounGender(id)
                let referent = sentence.word(index) == "their"
                    ? state.lastGroup : state.person(answering: wanted) { resolver.gender(of: $0, registry, state) }
                guard let referent else { continue }
                drafts.append(ClaimDraft(speaker: SpeakerResolver.Speaker(id: referent.id, text: sentence.word(index), range: index..<index + 1),
                                         cue: sentence.word(index + 1), rule: "in-x-view", quote: quotes.first))
            } else if index + 1 < count, words.possessivePronounsAnyCase.contains(id), words.possessiveSpeechNouns.contains(sentence.ids[index + 1]),
                      index == 0 || !words.inWord.contains(sentence.ids[index - 1]) {
                // "His warning that …", "Her argument is that …": the person (or, for "their", the group) last mentioned.
                let word = sentence.word(index).lowercased()
                let wanted = resolver.pronounGender(id)
                let referent = word == "their" ? state.lastGroup : state.person(answering: wanted) { resolver.gender(of: $0, registry, state) }
                guard let referent, thatFollows(index + 2) else { continue }
                drafts.append(ClaimDraft(speaker: SpeakerResolver.Speaker(id: referent.id, text: sentence.word(index), range: index..<index + 1),
                                         cue: sentence.word(index + 1), rule: "x-warning", quote: quotes.first))
            } else if id == words.possessive, let noun = positionNoun(after: index), thatFollows(noun + 1) {
                // "Jakarta's settled position is that …": a stated position, a state's too; not a place ("Russia's position
                // in Central Asia").
                guard let speaker = resolver.phrase(endingAt: index, registry: &registry, state: state, depth: 0), speaker.id != nil else { continue }
                drafts.append(ClaimDraft(speaker: speaker, cue: sentence.word(noun), rule: "x-warning", quote: quotes.first))
            } else if index + 1 < count, isSpeechNoun(index + 1), id == words.possessive || sentence.isPluralApostrophe(index) {
                let isView = index >= 1 && startsWithIn(before: index)
                guard let speaker = resolver.phrase(endingAt: index, registry: &registry, state: state, depth: 0),
                      canHoldAView(speaker, registry) else { continue }
                drafts.append(ClaimDraft(speaker: speaker, cue: sentence.word(index + 1), rule: isView ? "in-x-view" : "x-warning", quote: quotes.first))
            } else if isSpeechNoun(index), index + 2 < count, ["of", "from", "by"].contains(sentence.word(index + 1)),
                      index == 0 || sentence.ids[index - 1] != words.possessive {
                var start = index + 2
                if sentence.isLowercaseWord(start), start + 1 < count, matches.entity(startingAt: start + 1) != nil { start += 1 }
                // "made a point of noting that Xi …": a verb after "of" says what was done, and who did it comes before.
                guard !(sentence.isLowercaseWord(start) && sentence.endsWith(start, "ing") && matches.role(startingAt: start) == nil),
                      let speaker = resolver.phrase(startingAt: start, registry: &registry, state: state),
                      canHoldAView(speaker, registry) else { continue }
                let isView = words.viewNouns.contains(sentence.ids[index]) && index >= 2 && words.inWord.contains(sentence.ids[index - 2])
                drafts.append(ClaimDraft(speaker: speaker, cue: sentence.word(index), rule: isView ? "in-x-view" : "x-warning", quote: quotes.first))
            }
        }
        if let putIt = asXPutIt(resolver, &registry, state) { drafts.append(putIt) }
        if count > 3, sentence.ids[0] == words.forWord, sentence.ids[2] == words.comma, Self.objectPronounsForViews.contains(sentence.word(1)) {
            // "For her, the real test is …": the person (or, for "them", the group) last mentioned.
            let referent = sentence.word(1) == "them" ? state.lastGroup
                : state.person(answering: sentence.word(1) == "her" ? .female : .male) { resolver.gender(of: $0, registry, state) }
            if let referent {
                drafts.append(ClaimDraft(speaker: SpeakerResolver.Speaker(id: referent.id, text: sentence.word(1), range: 1..<2),
                                         cue: "For", rule: "for-x", quote: quotes.first))
            }
        }
        // "For weeks demonstrators gathered …": a stretch of time opens no view.
        if count > 2, sentence.ids[0] == words.forWord, !Self.spansOfTime.contains(sentence.word(1)),
           let comma = (1..<min(count, 18)).first(where: { sentence.ids[$0] == words.comma }),
           let speaker = viewHolder(endingAt: comma, resolver, &registry, state),
           // "For Tehran, …", "For Kazakhstan, …": what a state stands to gain is the author's reading, not its claim.
           isPersonOrGroup(speaker, registry),
           // "For years Dhaka has courted a Chinese plan, …" is a clause, not a view.
           !(1..<max(1, speaker.range.lowerBound)).contains(where: { words.auxiliaries.contains(sentence.ids[$0]) || matches.owners[$0].verb >= 0 }),
           // "For Déby, she added, …": the view is the one the inserted cue's speaker gives of X.
           !cueInsertedAfter(comma) {
            drafts.append(ClaimDraft(speaker: speaker, cue: "For", rule: "for-x", quote: quotes.first))
        }
        return drafts
    }

    /// ", she added,", ", Lopez said,": a speaker and a cue set off by commas right after `comma`.
    private func cueInsertedAfter(_ comma: Int) -> Bool {
        var index = comma + 1
        guard index < sentence.count else { return false }
        if let speaker = matches.entity(startingAt: index) {
            index = speaker.range.upperBound
        } else if words.pronounsSingular.contains(sentence.ids[index]) || words.pronounsPlural.contains(sentence.ids[index]) {
            index += 1
        } else {
            return false
        }
        guard let verb = matches.verbs.first(where: { $0.range.lowerBound == index }) else { return false }
        return verb.range.upperBound < sentence.count && sentence.ids[verb.range.upperBound] == words.comma
    }

    /// Who a "For …," frame gives the view of: the phrase before the comma, or a person before "of" or "at" when that
    /// phrase is where they work ("For Katrin Vollmer of the Berlin-based Centre for European Neighbourhood Studies, …").
    private func viewHolder(
        endingAt comma: Int, _ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) -> SpeakerResolver.Speaker? {
        let last = resolver.phrase(endingAt: comma, registry: &registry, state: state, depth: 0)
        if let last, isPersonOrGroup(last, registry) { return last }
        // "For Western diplomats in Jakarta, …": the group before where it serves.
        if let source = resolver.subject(before: comma, registry: &registry, state: state), isPersonOrGroup(source, registry) { return source }
        guard let person = matches.entity(startingAt: 1), case .actor(let id) = person.ref, registry.kind(ofActor: id) == .person,
              person.range.upperBound < comma, ["of", "at", "from"].contains(sentence.word(person.range.upperBound)) else { return last }
        return SpeakerResolver.Speaker(id: id, text: sentence.text(person.range), range: person.range)
    }

    /// "As Keiko Morimoto put it, …", "…, as one diplomat put it.": the phrase between "as" and "put it" speaks.
    func asXPutIt(_ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState) -> ClaimDraft? {
        guard sentence.ids.contains(words.put), let put = (2..<max(2, sentence.count - 1)).first(where: { sentence.ids[$0] == words.put && sentence.ids[$0 + 1] == words.it }),
              let asIndex = (max(0, put - 20)..<put).last(where: { words.asWord.contains(sentence.ids[$0]) }), asIndex + 1 < put,
              let speaker = resolver.phrase(endingAt: put, registry: &registry, state: state, depth: 0), speaker.range.lowerBound == asIndex + 1
                  // "as the orientalist Gleb Sarantsev put it": an article and a descriptor may stand before the name.
                  || (asIndex + 1..<speaker.range.lowerBound).allSatisfy({ words.determiners.contains(sentence.ids[$0])
                      || sentence.isLowercaseWord($0) && matches.owners[$0].verb < 0 && !words.groupBoundaries.contains(sentence.ids[$0]) })
        else { return nil }
        return ClaimDraft(speaker: speaker, cue: "put it", rule: "as-x-put-it", quote: quotes.first)
    }

    /// "according to Armenian readouts", "according to the Chinese readout": a state's account of a meeting is the state's.
    private func readoutOwner(at start: Int, _ registry: borrowing EntityRegistry) -> SpeakerResolver.Speaker? {
        let demonymStart = start < sentence.count && words.the.contains(sentence.ids[start]) ? start + 1 : start
        guard let demonym = matches.entity(startingAt: demonymStart), demonym.rule == "demonym", let id = demonym.ref.actorID,
              registry.kind(ofActor: id) == .state, demonym.range.upperBound < sentence.count,
              ["readout", "readouts"].contains(sentence.word(demonym.range.upperBound)) else { return nil }
        return SpeakerResolver.Speaker(id: id, text: sentence.text(demonym.range.lowerBound..<demonym.range.upperBound + 1),
                                       range: demonym.range.lowerBound..<demonym.range.upperBound + 1)
    }

    /// "according to Tajik media reports", "according to Chinese customs figures": the source whose document it is. The
    /// source with the document's noun is how the text names it, so a group learns that name too.
    private func documentOwner(
        at start: Int, _ resolver: SpeakerResolver, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) -> SpeakerResolver.Speaker? {
        var end = start
        while end < sentence.count, end - start < 8, sentence.tokens[end].isWord || sentence.ids[end] == words.possessive { end += 1 }
        let noun = end - 1
        guard noun > start, Self.documentNouns.contains(sentence.word(noun)),
              let owner = resolver.phrase(endingAt: noun, registry: &registry, state: state, depth: 0), let id = owner.id,
              owner.range.lowerBound >= start,
              // "according to official figures": a role alone before the noun describes the figures.
              registry.kind(ofActor: id) != .group || owner.range.count >= 2 else { return nil }
        if registry.kind(ofActor: id) == .group { registry.learn(registry.actor(id).name + " " + sentence.word(noun), for: .actor(id)) }
        return SpeakerResolver.Speaker(id: id, text: sentence.text(start..<end), range: start..<end)
    }

    private static let spansOfTime: WordSet = [
        "weeks", "months", "years", "decades", "days", "hours", "centuries", "generations", "now", "once",
    ]

    private static let documentNouns: WordSet = [
        "reports", "report", "figures", "data", "estimates", "statement", "statements", "accounts", "statistics", "tallies",
    ]

    /// "according to official tallies compiled by Reuters": the source that compiled or published the figures.
    private func compiledBy(after start: Int) -> SpeakerResolver.Speaker? {
        var index = start
        while index + 2 < sentence.count, index - start < 5, sentence.isLowercaseWord(index) {
            if sentence.endsWith(index, "ed", longerThan: 3), sentence.ids[index + 1] == words.by, let source = matches.entity(startingAt: index + 2),
               let id = source.ref.actorID {
                return SpeakerResolver.Speaker(id: id, text: sentence.text(source.range), range: source.range)
            }
            index += 1
        }
        return nil
    }

    /// Where "position" or "stance" stands right after a possessive, perhaps past a modifier ("'s settled position",
    /// "'s long-held position").
    private func positionNoun(after possessive: Int) -> Int? {
        for noun in possessive + 1..<min(possessive + 5, sentence.count) {
            if words.positionNouns.contains(sentence.ids[noun]) { return noun }
            guard sentence.isLowercaseWord(noun) || sentence.ids[noun] == words.hyphen else { return nil }
        }
        return nil
    }

    /// "that" right after a speech noun, or after "is" or "was": "His warning that …", "Her argument was that …".
    func thatFollows(_ index: Int) -> Bool {
        guard index < sentence.count else { return false }
        if sentence.ids[index] == words.that { return true }
        return index + 1 < sentence.count && ["is", "was"].contains(sentence.word(index)) && sentence.ids[index + 1] == words.that
    }

    func isSpeechNoun(_ index: Int) -> Bool {
        words.possessiveSpeechNouns.contains(sentence.ids[index]) || words.viewNouns.contains(sentence.ids[index])
    }

    func startsWithIn(before possessive: Int) -> Bool {
        var index = possessive - 1
        while index >= 0, possessive - index <= 5 {
            if words.inWord.contains(sentence.ids[index]) { return true }
            index -= 1
        }
        return false
    }

    func isPersonOrGroup(_ speaker: SpeakerResolver.Speaker, _ registry: borrowing EntityRegistry) -> Bool {
        guard let id = speaker.id else { return false }
        let kind = registry.kind(ofActor: id)
        return kind == .person || kind == .group
    }

    /// People, groups and bodies have warnings and arguments of their own ("the IMF's warning that …"); a state's
    /// is usually the author's shorthand.
    func canHoldAView(_ speaker: SpeakerResolver.Speaker, _ registry: borrowing EntityRegistry) -> Bool {
        guard let id = speaker.id else { return false }
        let kind = registry.kind(ofActor: id)
        return kind == .person || kind == .group || kind == .organization
    }
}
