import DossierModel

// Unnamed sources and groups: "a senior EU official in Brussels", "Chinese scholars", and the sentences that
// introduce them before they speak.
extension SpeakerResolver {
    /// Where a source serves or comes from: "Captain Ibrahim Traoré of Burkina Faso", "an official in Brussels".
    static let postPrepositions: WordSet = ["of", "in", "at", "from", "near"]

    /// "A former Canadian ambassador to Beijing": an envoy is sent "to" where they serve.
    private func sendsEnvoy(_ preposition: Int) -> Bool {
        preposition >= 1 && sentence.ids[preposition] == words.to && Self.envoyNouns.contains(sentence.word(preposition - 1))
    }

    private static let envoyNouns: WordSet = ["ambassador", "envoy", "representative", "emissary", "consul"]

    /// "Captain Ibrahim Traoré of Burkina Faso has said", "A NATO official in Brussels described": a place after a
    /// person, or after an unnamed official of some state or body, says where they serve; they are the speaker.
    /// Returns where the speaker's phrase ends.
    func sourceBeforePlace(_ end: Int, _ registry: borrowing EntityRegistry) -> Int? {
        guard let placeStart = placeStart(endingAt: end - 1, registry) else { return nil }
        var preposition = placeStart - 1
        // "at Japan's Ministry of Foreign Affairs": the body's owner stands before it.
        if preposition >= 1, sentence.ids[preposition] == words.possessive, let owner = matches.entity(endingAt: preposition - 1) {
            preposition = owner.range.lowerBound - 1
        }
        // "of the Mumbai-based Gateway Institute": where the body is based stands before it.
        if preposition >= 3, let place = matches.placeBasedStart(endingAt: preposition, sentence) { preposition = place - 1 }
        // "of the opposition Congress party", "of the ruling Georgian Dream", "at the state railway agency
        // Türkmendemirýollary": a modifier or three before the body.
        while preposition >= 1, placeStart - preposition <= 3, sentence.isLowercaseWord(preposition),
              matches.owners[preposition].verb < 0 || words.the.contains(sentence.ids[preposition - 1]),  // "the state railway agency"
              !words.the.contains(sentence.ids[preposition]), !Self.postPrepositions.contains(sentence.word(preposition)),
              !sendsEnvoy(preposition) {
            preposition -= 1
        }
        if preposition >= 0, words.the.contains(sentence.ids[preposition]) { preposition -= 1 }
        guard preposition >= 1, sentence.isLowercaseWord(preposition), Self.postPrepositions.contains(sentence.word(preposition)) || sendsEnvoy(preposition)
        else { return nil }
        // "a senior Western diplomat based in Nairobi": a participle of posting before the preposition says the same.
        if preposition >= 2, Self.postingParticiples.contains(sentence.word(preposition - 1)) { preposition -= 1 }
        let before = preposition - 1
        if let entity = matches.entity(endingAt: before), let person = entity.ref.actorID, registry.kind(ofActor: person) == .person {
            return preposition
        }
        // "Farah Nadiah Ismail of the Centre for Straits and Security Studies in Kuala Lumpur noted": the place says where
        // the body is, and the body where the person works.
        if let entity = matches.entity(endingAt: before), let body = entity.ref.actorID, registry.kind(ofActor: body) == .organization,
           let inner = sourceBeforePlace(entity.range.upperBound, registry) {
            return inner
        }
        // "Jairam Ramesh of the opposition Congress party": two capitalised words no rule has claimed, a name the speaker
        // phrase will make a person of.
        if before >= 1, (before - 1...before).allSatisfy({ matches.owners[$0].entity == -1 && sentence.tokens[$0].isCapitalised
                && sentence.tokens[$0].isWord && !words.capitalisedFunctionWords.contains(sentence.ids[$0]) }),
           before == 1 || !sentence.tokens[before - 2].isCapitalised {
            return preposition
        }
        // "A NATO official in Brussels", "A senior official in the European External Action Service", "An EU trade
        // diplomat in Jakarta", "Some observers in Singapore": a role opened by a name or a determiner, perhaps past a
        // modifier or two.
        if let role = matches.role(endingAt: before) {
            var opening = role.range.lowerBound - 1
            while opening > 0, role.range.lowerBound - opening <= 2, sentence.isLowercaseWord(opening),
                  !words.groupBoundaries.contains(sentence.ids[opening]), !words.determiners.contains(sentence.ids[opening]) {
                opening -= 1
            }
            // A plural role opening the sentence or a clause needs nothing before it ("Bankers in Tashkent say …", "…, and
            // officials in Pristina say …"), unless it serves at a body, which gold files read as the body speaking
            // ("Officials at the Ministry of Mining said").
            let atBody = matches.entity(startingAt: placeStart)?.ref.actorID.map { registry.kind(ofActor: $0) == .organization } ?? false
            let opensClause = role.range.lowerBound == 0 || opening >= 0 && opening == role.range.lowerBound - 1
                && (words.groupBoundaries.contains(sentence.ids[opening]) || sentence.ids[opening] == words.comma)
            // "Iran's ambassador in New Delhi": a role its state owns.
            let owned = opening >= 1 && sentence.ids[opening] == words.possessive && matches.entity(endingAt: opening - 1) != nil
            if opensClause && role.isPlural && !atBody || owned
                || opening >= 0 && (matches.entity(endingAt: opening) != nil || words.determiners.contains(sentence.ids[opening])) {
                return preposition
            }
        }
        return nil
    }

    private static let postingParticiples: WordSet = ["based", "stationed", "posted"]

    /// Bodies a text may name in lower case after "the": "the presidential administration", "the foreign ministry".
    private static let lowercaseBodyNouns: WordSet = [
        "administration", "ministry", "government", "presidency", "embassy", "parliament", "secretariat", "commission", "cabinet",
    ]

    /// Nouns for kinds of body that say where an unnamed source works without naming the body ("state-linked institutes",
    /// "a Shanghai university").
    static let bodiesOfAKind: WordSet = [
        "institutes", "universities", "tanks", "ministries", "agencies", "banks", "companies", "firms", "embassies", "academies",
        "institutions", "outlets", "newspapers", "centres", "centers", "institute", "university", "tank", "bank", "company", "firm",
    ]

    /// Where a place ending at `index` starts: a state, region or bloc, or a capitalised word no lexicon knows,
    /// since cities other than capitals are not in the lexicons ("A Taliban official in Herat declared").
    func placeStart(endingAt index: Int, _ registry: borrowing EntityRegistry) -> Int? {
        if let place = matches.entity(endingAt: index) {
            // A body counts as where someone serves too: "A senior official in the European External Action Service (EEAS)".
            guard let id = place.ref.actorID, [.state, .region, .bloc, .organization].contains(registry.kind(ofActor: id)) else { return nil }
            return place.range.lowerBound
        }
        // "in the Kazakh presidential administration": a state's institution in lower case that no rule named ("the Kazakh
        // defence ministry" is named) is where someone serves too.
        if index >= 1, sentence.isLowercaseWord(index), Self.institutions.contains(sentence.word(index)) {
            var start = index - 1
            while start >= 1, index - start <= 2, sentence.isLowercaseWord(start), matches.owners[start].verb < 0,
                  !words.determiners.contains(sentence.ids[start]), !words.groupBoundaries.contains(sentence.ids[start]) {
                start -= 1
            }
            guard let state = matches.entity(endingAt: start), let id = state.ref.actorID, registry.kind(ofActor: id) == .state else { return nil }
            return state.range.lowerBound
        }
        // "scholars at state-linked institutes", "analysts at Chinese universities": bodies of a kind, described by
        // lower-case modifiers, hyphens and a state's adjective.
        if index >= 1, sentence.isLowercaseWord(index), Self.bodiesOfAKind.contains(sentence.word(index)) {
            var start = index
            while start >= 1, index - start <= 4 {
                let before = start - 1
                if sentence.ids[before] == words.hyphen
                    || sentence.isLowercaseWord(before) && !Self.postPrepositions.contains(sentence.word(before)) && !words.the.contains(sentence.ids[before]) {
                    start = before
                } else if let state = matches.entity(endingAt: before), let id = state.ref.actorID, registry.kind(ofActor: id) == .state {
                    start = state.range.lowerBound
                } else {
                    break
                }
            }
            return start < index ? start : nil
        }
        guard index >= 1, sentence.tokens[index].isWord, !sentence.isLowercaseWord(index),
              !words.capitalisedFunctionWords.contains(sentence.ids[index]) else { return nil }
        // "in Mazar-i-Sharif": hyphens hold a town's name together.
        var start = index
        while start >= 2, sentence.ids[start - 1] == words.hyphen, sentence.touches(start - 2, start - 1), sentence.touches(start - 1, start) {
            start -= 2
        }
        return start
    }

    /// "A Russian official in Moscow was more cautious.": an unnamed source introduced by a sentence that
    /// quotes nothing yet, so that "he said" in the next sentence is theirs.
    func introducedSource(registry: inout EntityRegistry) -> Speaker? {
        guard sentence.count > 4, sentence.word(0) == "A" || sentence.word(0) == "An" else { return nil }
        for index in 1..<min(sentence.count - 1, 6) {
            guard let role = matches.role(startingAt: index) else { continue }
            var next = role.range.upperBound
            let place = sourcePlaceEnd(after: next)
            if let place { next = place }
            // Where the source is from, before the role or after it ("An opposition-leaning candidate in Osh, who …").
            guard !role.isPlural, place != nil || (1..<index).contains(where: { matches.entity(endingAt: $0) != nil }), next < sentence.count,
                  words.passiveAuxiliaries.contains(sentence.ids[next]) || Self.introducingVerbs.contains(sentence.word(next))
                      || sentence.ids[next] == words.comma  // "A Western diplomat in Yerevan, speaking …, urged"
                      || sentence.isLowercaseWord(next) && sentence.endsWith(next, "ed", longerThan: 3)  // "A Western diplomat summed up the mood."
                      // "A senior Tajik diplomat who attended the talks was candid", "A Maldivian official handling the debt file
                      // was blunter": who the source is, said before what they did.
                      || sentence.word(next) == "who" || sentence.isLowercaseWord(next) && sentence.endsWith(next, "ing", longerThan: 3)
            else { return nil }
            return group(role: role, registry: &registry)
        }
        return nil
    }

    /// Up to three lower-case words ending at `end` that an entity comes right before, none of them a determiner,
    /// auxiliary or verb: where those words start.
    func modifiersAfterEntity(endingAt end: Int) -> Int? {
        var index = end
        while index >= 1, end - index < 3, sentence.isLowercaseWord(index), !words.determiners.contains(sentence.ids[index]),
              !words.auxiliaries.contains(sentence.ids[index]), !words.groupBoundaries.contains(sentence.ids[index]), matches.owners[index].verb < 0 {
            if let entity = matches.entity(endingAt: index - 1) {
                // "the MEGOBARI Act targeting Georgian officials", "the OCC frustrated Western diplomats": a participle after
                // a name opens a clause of its own, where after a demonym it describes the group ("Chinese mining executives").
                let participle = (index...end).contains { sentence.endsWith($0, "ing", longerThan: 4) || sentence.endsWith($0, "ed", longerThan: 3) }
                return participle && !isGroupModifier(entity) ? nil : index
            }
            index -= 1
        }
        return nil
    }

    /// "Azerbaijani officials were pleased.": a group named at the start of a sentence that claims nothing, whom
    /// "they" may mean next. A group that never speaks has no mention and does not stay in the model.
    func introducedGroup(registry: inout EntityRegistry) -> Speaker? {
        var first = 0
        while first < sentence.count, words.determiners.contains(sentence.ids[first]) { first += 1 }
        for start in first + 1..<min(sentence.count, first + 5) {
            guard let role = matches.role(startingAt: start) else {
                guard matches.owners[start].entity >= 0 || sentence.isLowercaseWord(start) && matches.owners[start].verb < 0 else { return nil }
                continue
            }
            guard role.isPlural, (first..<start).contains(where: { matches.entity(endingAt: $0) != nil }) else { return nil }
            return group(role: role, registry: &registry)
        }
        return nil
    }

    /// What an unnamed source does when the text first brings them in: "A senior EU official spoke to me in Brussels."
    static let introducingVerbs: WordSet = ["spoke", "talked", "met", "agreed", "explained", "described", "put", "offered"]

    /// The end of "in Moscow", "of the Foreign Ministry" right after a source's role.
    func sourcePlaceEnd(after index: Int) -> Int? {
        guard index + 1 < sentence.count, sentence.isLowercaseWord(index), Self.postPrepositions.contains(sentence.word(index)) else { return nil }
        var start = index + 1
        if words.the.contains(sentence.ids[start]) { start += 1 }
        if let place = matches.entity(startingAt: start) { return place.range.upperBound }
        // "a candidate in Osh": a town no lexicon knows, capitalised and matched by nothing.
        var end = start
        while end < sentence.count, end - start < 3, sentence.tokens[end].isCapitalised, matches.owners[end].entity == -1 { end += 1 }
        return end > start ? end : nil
    }

    /// A group of unnamed speakers: "Chinese scholars", "a Kyrgyzstani official", "some PRC observers".
    /// `lastGroup` is the group spoken of last, which "one" and its role's singular may pick a member of.
    func group(role: RoleMatch, registry: inout EntityRegistry, homeState: EntityKey? = nil, lastGroup: ArticleState.Mentioned? = nil) -> Speaker? {
        let entry = lexicon.entries.roles[role.entry]
        // "people familiar with the talks", "a person close to the negotiations": people are a source only as what
        // they are close to singles them out ("few people in the region expect" reports no one).
        if entry.role == "person", role.range.upperBound >= sentence.count || !Self.closenessWords.contains(sentence.word(role.range.upperBound))
            || closenessEnd(after: role.range.upperBound) == nil {
            return nil
        }
        var speaker = group(head: role.range, lexiconRole: entry.role, registry: &registry, homeState: homeState, lastGroup: lastGroup)
        speaker?.standsForOnePerson = !role.isPlural
        return speaker
    }

    func group(
        head: Range<Int>, lexiconRole: String? = nil, registry: inout EntityRegistry, homeState: EntityKey? = nil,
        lastGroup: ArticleState.Mentioned? = nil
    ) -> Speaker? {
        var start = head.lowerBound
        var affiliation: EntityKey?
        while start > 0 {
            let previous = start - 1
            if let entity = matches.entity(endingAt: previous) {
                // The leftmost modifier is the group's state: "Kazakhstani China expert". An organisation the lexicon
                // keeps as a framework names a group too ("ECOWAS officials"), without being its affiliation.
                if let actorID = entity.ref.actorID { affiliation = actorID }
                start = entity.range.lowerBound
                continue
            }
            // Words after the state: "Chinese foreign-policy experts", "a Kyrgyz foreign ministry official".
            if let modifierStart = modifiersAfterEntity(endingAt: previous), !doneByPerson(modifierStart, registry) {
                start = modifierStart
                continue
            }
            // "Lee's supporters", "Bangladesh's water planners": whose they are is part of the group's name.
            var modifier = head.lowerBound
            while modifier > 0, head.lowerBound - modifier < 2, sentence.isLowercaseWord(modifier - 1),
                  !words.determiners.contains(sentence.ids[modifier - 1]), matches.owners[modifier - 1].verb < 0 {
                modifier -= 1
            }
            if start == head.lowerBound, modifier >= 2, sentence.ids[modifier - 1] == words.possessive,
               let owner = matches.entity(endingAt: modifier - 2), let ownerID = owner.ref.actorID {
                if registry.kind(ofActor: ownerID) != .person { affiliation = ownerID }
                start = owner.range.lowerBound
                break
            }
            // "Kyrgyz and Tajik officials": two states' demonyms share the role.
            if previous >= 1, sentence.ids[previous] == words.and, start < head.lowerBound,
               let first = matches.entity(endingAt: previous - 1), first.rule == "demonym", matches.entity(startingAt: start)?.rule == "demonym" {
                if let actorID = first.ref.actorID { affiliation = actorID }
                start = first.range.lowerBound
                continue
            }
            break
        }
        var coreStart = start
        while coreStart < head.lowerBound, words.determiners.contains(sentence.ids[coreStart]) { coreStart += 1 }
        // Descriptive words stay in the name ("senior EU official", "opposition politicians", "Island leaders");
        // the name without them is kept as an alias, so both ways of naming the group find it.
        var nameStart = bodyBefore(start) ?? start
        // "a gesture Western diplomats read as …": "a" before a plural group counts another noun, not the group.
        let last = sentence.tokens[head.upperBound - 1]
        let plural = sentence.bytes[last.end - 1] == UInt8(ascii: "s")
        while nameStart > 0, head.upperBound - nameStart < 6, !doneByPerson(nameStart - 1, registry) {
            if isDescriptor(nameStart - 1),
               !(plural && nameStart >= 2 && sentence.isLowercaseWord(nameStart - 1) && words.singularArticles.contains(sentence.ids[nameStart - 2])),
               !endsTheClauseBefore(nameStart, groupStart: start, head: head) {
                nameStart -= 1
            } else if nameStart >= 2, sentence.ids[nameStart - 1] == words.hyphen, sentence.touches(nameStart - 2, nameStart - 1),
                      sentence.touches(nameStart - 1, nameStart), isDescriptor(nameStart - 2) {
                nameStart -= 2  // "Open-source researchers", "pro-government commentators"
            } else {
                break
            }
        }
        while nameStart < coreStart, words.determiners.contains(sentence.ids[nameStart]), !words.descriptors.contains(sentence.ids[nameStart]) {
            nameStart += 1
        }
        // "a Nukus-based lawyer": the place joined to "based" belongs to the description, not "based" alone.
        if nameStart < head.lowerBound, let place = matches.placeBasedStart(endingAt: nameStart, sentence) {
            nameStart = place
        }
        var textStart = min(start, nameStart)
        while textStart > 0, words.determiners.contains(sentence.ids[textStart - 1]) { textStart -= 1 }
        var name = sentence.text(nameStart..<head.upperBound)
        // "officials in Ulaanbaatar", or bare "officials" in an article about Uzbekistan: officials with no state named
        // before them are those of the capital's state after them, else of the state the article names most.
        if affiliation == nil, nameStart == head.lowerBound, Self.homeRoles.contains(sentence.word(head.upperBound - 1).lowercased()),
           let home = capitalState(after: head.upperBound, registry) ?? homeState,
           let demonym = lexicon.stateAdjectives[registry.id(ofActor: home)] {
            affiliation = home
            name = demonym + " " + sentence.text(head).lowercased()
        }
        // "one Western diplomat in Baku" after "Western diplomats in Baku": one of the group already spoken of.
        if textStart > 0, words.one.contains(sentence.ids[textStart - 1]) || words.one.contains(sentence.ids[textStart]),
           let group = registry.key(ofActor: Slug.make(name + "s")) {
            return Speaker(id: group, text: sentence.text(textStart..<head.upperBound), range: textStart..<head.upperBound)
        }
        let role = sentence.text(head).lowercased()
        // "At the summit in Tashkent, leaders admitted Azerbaijan": leaders no one qualifies are those of the states at the
        // meeting, no group of their own.
        if affiliation == nil, nameStart == head.lowerBound, Self.summitRoles.contains(role) { return nil }
        // "Western diplomats in Belgrade … One diplomat put it bluntly": "one" right before the singular of the role that
        // ends the group spoken of last is one of that group.
        if head.lowerBound > 0, words.one.contains(sentence.ids[head.lowerBound - 1]), let lastGroup,
           lastGroup.text.lowercased().hasSuffix(" " + role + "s") {
            return Speaker(id: lastGroup.id, text: sentence.text(head.lowerBound - 1..<head.upperBound), range: head.lowerBound - 1..<head.upperBound)
        }
        // "people familiar with the talks": bare "people" names no one, so what they are close to is the group's name, and
        // their number is part of another ("two people familiar with the talks").
        let closeness = closenessEnd(after: head.upperBound)
        let namedByCloseness = lexiconRole == "person" ? closeness : nil
        if let namedByCloseness { name = sentence.text(nameStart..<namedByCloseness) }
        let id = registry.discoverActor(name: name, kind: .group, role: role, lexiconRole: lexiconRole, affiliation: affiliation)
        if let closeness = namedByCloseness, textStart < nameStart, sentence.tokens[textStart].isNumber || NumberWords.values[sentence.word(textStart).lowercased()] != nil {
            registry.learn(sentence.text(textStart..<closeness), for: .actor(id))
        }
        if nameStart < coreStart { registry.learn(sentence.text(coreStart..<head.upperBound), for: .actor(id)) }
        // "Western diplomats in Tbilisi", "a senior official at Japan's Ministry of Foreign Affairs", "officials familiar with
        // the talks": where the group serves, or what it is close to, is part of how the text names it, so that form is
        // another of its names.
        if let end = servingPlaceEnd(after: head.upperBound) ?? closeness {
            registry.learn(sentence.text(nameStart..<end), for: .actor(id))
        }
        return Speaker(id: id, text: sentence.text(textStart..<head.upperBound), range: textStart..<head.upperBound)
    }

    private static let summitRoles: WordSet = ["leaders", "presidents"]

    /// Roles held at home: officials in Astana are Kazakh; diplomats there mostly are not.
    private static let homeRoles: WordSet = ["officials"]

    /// The state whose capital follows "in": "officials in Ulaanbaatar".
    private func capitalState(after index: Int, _ registry: borrowing EntityRegistry) -> EntityKey? {
        guard index + 1 < sentence.count, sentence.word(index) == "in", let capital = matches.entity(startingAt: index + 1),
              capital.rule == "capital" else { return nil }
        return capital.ref.actorID
    }

    /// The end of "familiar with the talks", "close to the negotiations", "involved in the project", "on both sides", "in
    /// both capitals", "in the region": how reports single out unnamed sources.
    private func closenessEnd(after index: Int) -> Int? {
        guard index + 2 < sentence.count else { return nil }
        var next = index
        let first = sentence.word(next)
        if Self.closenessWords.contains(first) {
            next += 1
            guard Self.closenessPrepositions.contains(sentence.word(next)) else { return nil }
        } else if !(first == "on" || first == "in") {
            return nil
        }
        next += 1
        guard next < sentence.count, ["the", "both", "all"].contains(sentence.word(next)) else { return nil }
        next += 1
        guard next < sentence.count, sentence.isLowercaseWord(next) else { return nil }
        if !Self.closenessWords.contains(first), !Self.sidesNouns.contains(sentence.word(next)) { return nil }
        return next + 1
    }

    private static let closenessWords: WordSet = ["familiar", "close", "involved", "briefed", "privy"]
    private static let closenessPrepositions: WordSet = ["with", "to", "in", "on"]
    /// What "on both …" and "in the …" single out after a group: "officials on both sides", "analysts in both capitals".
    private static let sidesNouns: WordSet = ["sides", "capitals", "region", "delegations", "governments", "camps"]

    /// The end of "in Tbilisi", "at the Ministry of Public Works", "in Zambia's Ministry of Transport and Logistics",
    /// "at a Shanghai university" right after `index`: capitalised words joined by "of", "and" or a possessive; also
    /// where a group comes from ("residents of Kazarman", "fishermen from Masinloc").
    private func servingPlaceEnd(after index: Int) -> Int? {
        guard index + 1 < sentence.count else { return nil }
        let comesFrom = (sentence.ids[index] == words.of || sentence.ids[index] == words.from) && sentence.tokens[index + 1].isCapitalised
        guard comesFrom || words.placePrepositions.contains(sentence.ids[index]) else { return nil }
        var next = index + 1
        if words.lowercaseArticles.contains(sentence.ids[next]) { next += 1 }
        // "at the Kazakh defence ministry": a name found there reaches past its lower-case words.
        let named = matches.entity(startingAt: next).flatMap { $0.ref.actorID != nil && $0.range.upperBound - index <= 8 ? $0.range.upperBound : nil }
        // "farmers in southern Kazakhstan": a compass word may describe the place.
        if next + 1 < sentence.count, Self.regionAdjectives.contains(sentence.word(next)) { next += 1 }
        var end: Int?
        while next < sentence.count, next - index <= 8 {
            if sentence.tokens[next].isWord, sentence.tokens[next].isCapitalised {
                next += 1
                end = next
            } else if end != nil, sentence.ids[next] == words.possessive || sentence.ids[next] == words.of || sentence.ids[next] == words.and {
                next += 1
            } else {
                break
            }
        }
        // "a senior official in the presidential administration": a body written in lower case, after "the".
        if end == nil, named == nil, words.the.contains(sentence.ids[index + 1]),
           let body = (index + 2..<min(index + 5, sentence.count)).first(where: { Self.lowercaseBodyNouns.contains(sentence.word($0)) }),
           (index + 2...body).allSatisfy({ sentence.isLowercaseWord($0) }) {
            end = body + 1
        }
        guard let last = [end, named].compactMap({ $0 }).max() else { return nil }
        // "at Western banks": a state's or region's adjective before a kind of body.
        return last < sentence.count && Self.bodiesOfAKind.contains(sentence.word(last)) ? last + 1 : last
    }

    private static let regionAdjectives: WordSet = ["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"]

    /// Whether the lower-case word at `index` follows a person's name, and so says what they did: "Yunus met Russian
    /// officials", "Macron summoned European leaders".
    private func doneByPerson(_ index: Int, _ registry: borrowing EntityRegistry) -> Bool {
        guard index >= 1, sentence.isLowercaseWord(index), let actor = matches.entity(endingAt: index - 1)?.ref.actorID else { return false }
        return registry.kind(ofActor: actor) == .person
    }

    /// "A Finance Division official": capitalised words no rule has claimed, between an article and a role, name the body
    /// the source serves; where they start.
    private func bodyBefore(_ roleStart: Int) -> Int? {
        var index = roleStart - 1
        while index >= 1, roleStart - index <= 3, sentence.tokens[index].isWord, sentence.tokens[index].isCapitalised,
              matches.owners[index].entity == -1, !words.capitalisedFunctionWords.contains(sentence.ids[index]) {
            index -= 1
        }
        guard index < roleStart - 1, index >= 0, words.singularArticles.contains(sentence.ids[index]) || words.the.contains(sentence.ids[index])
        else { return nil }
        return index + 1
    }

    /// "every cabinet change invites Russian and Chinese negotiators", "the commemoration handed Mongolian officials", "the
    /// OCC frustrated Western diplomats": before a state's demonym one plain word may describe the group ("retired
    /// Chinese generals", "several hardline Iranian commentators") when it opens the phrase; a word after another, or one
    /// that reads as the clause's verb or noun ("invites", "talks", "drew"), belongs to the clause before it.
    private func endsTheClauseBefore(_ nameStart: Int, groupStart: Int, head: Range<Int>) -> Bool {
        let word = nameStart - 1
        guard groupStart < head.lowerBound, nameStart <= groupStart, !words.descriptors.contains(sentence.ids[word]),
              sentence.isLowercaseWord(word) else { return false }
        if nameStart < groupStart || sentence.word(word).hasSuffix("s") || ClaimFinder.irregularPasts.contains(sentence.word(word)) { return true }
        let before = word - 1
        return before >= 0 && sentence.tokens[before].isWord && !words.determiners.contains(sentence.ids[before])
            && !words.descriptors.contains(sentence.ids[before]) && !words.groupStandIns.contains(sentence.ids[before])
            && NumberWords.values[sentence.word(before).lowercased()] == nil
    }

    /// A word that describes a group rather than counting or introducing it: "senior", "opposition", "foreign",
    /// or a capitalised word no lexicon knows ("Island leaders", "Pacific diplomats").
    func isDescriptor(_ index: Int) -> Bool {
        let id = sentence.ids[index]
        if words.descriptors.contains(id) { return true }
        guard sentence.tokens[index].isWord, !words.determiners.contains(id), !words.auxiliaries.contains(id),
              !words.groupBoundaries.contains(id), !words.capitalisedFunctionWords.contains(id), matches.owners[index].verb < 0,
              !sentence.isAdverb(index), matches.entity(endingAt: index) == nil, matches.role(endingAt: index) == nil,
              matches.entity(startingAt: index) == nil else { return false }
        // A capitalised word inside a sentence is usually a name of its own; at the start it can only be a modifier, and
        // an institution's title before a role says whom the group serves ("Commission officials noted …"), as does a
        // party's or a force's code ("a former HDP lawmaker").
        return sentence.isLowercaseWord(index) || index == 0 || words.institutionTitles.contains(id)
            || sentence.tokens[index].flags.contains(.allCaps) && matches.role(startingAt: index + 1) != nil
    }

    /// Extends a role descriptor left over the affiliation: "Kremlin spokeswoman", "Kazakhstani analyst".
    func descriptorStart(_ roleStart: Int) -> Int {
        var start = roleStart
        if start > 0, let entity = matches.entity(endingAt: start - 1) { start = entity.range.lowerBound }
        while start > 0, words.determiners.contains(sentence.ids[start - 1]) { start -= 1 }
        return start
    }

    func isGroupModifier(_ entity: FoundEntity) -> Bool { entity.rule == "demonym" }
}
