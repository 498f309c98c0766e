import DossierModel

// Names listed together: one person in a list makes people of the names beside it.
extension NameFinder {
    /// "Wang Wentao, Yoji Muto and Ahn Duk-geun met": a name shaped like a person's, with a word no lexicon knows, listed
    /// beside a person is a person too; the list is walked until no more names are settled.
    func namePeopleInLists(
        _ unnamed: [Range<Int>], _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState
    ) {
        var waiting = unnamed.filter { run in
            (2...3).contains(nameWordCount(run, sentence)) && hasOnlyNameWords(run, sentence)
                && run.contains { sentence.ids[$0] == TokenInterner.unknown } && !followsAPlacePreposition(run, sentence)
                && !Self.placeNouns.contains(sentence.word(run.upperBound - 1)) && !Self.placeOpeners.contains(sentence.word(run.lowerBound))
        }
        var settled = true
        while settled, !waiting.isEmpty {
            settled = false
            for (position, run) in waiting.enumerated().reversed() {
                let listRole = pluralRoleBefore(run, sentence, matches)
                guard listRole != nil || listedBesidePerson(run, sentence, matches, registry) else { continue }
                let affiliation = listRole.flatMap { affiliationBefore($0.range.lowerBound, sentence, matches) }
                let ref = person(run, sentence.text(run), role: listRole, affiliation: affiliation, sentence, &registry, &state)
                matches.add(FoundEntity(range: run, ref: ref, rule: "listed-name"))
                waiting.remove(at: position)
                settled = true
            }
        }
    }

    /// "two Cambodian officials, Chea Dara and Mao Sophan,", "opposition politicians including Nika Gvaramia and Nika Melia":
    /// a plural role and a comma or "including" right before the list's first name.
    private func pluralRoleBefore(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> RoleMatch? {
        guard run.lowerBound >= 2, sentence.ids[run.lowerBound - 1] == words.comma || sentence.word(run.lowerBound - 1) == "including",
              let role = matches.role(endingAt: run.lowerBound - 2), role.isPlural else { return nil }
        return role
    }

    /// Whether a person stands right before or after the run across a comma or "and".
    private func listedBesidePerson(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> Bool {
        func isPerson(_ entity: FoundEntity?) -> Bool { entity?.ref.actorID.map { registry.kind(ofActor: $0) == .person } ?? false }
        func isJoint(_ index: Int) -> Bool { sentence.ids[index] == words.comma || sentence.ids[index] == words.and }
        var before = run.lowerBound - 1
        if before >= 1, sentence.ids[before] == words.and, sentence.ids[before - 1] == words.comma { before -= 1 }
        if before >= 1, isJoint(before), isPerson(matches.entity(endingAt: before - 1)) { return true }
        var after = run.upperBound
        if after + 1 < sentence.count, sentence.ids[after] == words.comma, sentence.ids[after + 1] == words.and { after += 1 }
        return after + 1 < sentence.count && isJoint(after) && isPerson(matches.entity(startingAt: after + 1))
    }
}
