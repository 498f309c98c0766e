import DossierModel

// People as speakers: appositives, "the prime minister", pronouns and their gender.
extension SpeakerResolver {
    /// Where a role ends when the words after it, up to `last`, modify it: a preposition or an "-ed" participle
    /// first, and no verb or comma among them.
    func roleBeforeModifier(endingAt last: Int) -> Int? {
        var index = last
        while index > 0, last - index < 8 {
            if sentence.ids[index] == words.comma || matches.owners[index].verb >= 0 { return nil }
            if let role = matches.role(endingAt: index - 1), sentence.isLowercaseWord(index) {
                // "Baku evacuated its diplomats within days and accused …": "its" after a verb makes the role an object.
                let owner = role.range.lowerBound - 1
                if owner >= 1, words.possessivePronouns.contains(sentence.ids[owner]) || sentence.word(owner) == "its",
                   sentence.isLowercaseWord(owner - 1) { return nil }
                return Self.modifierOpeners.contains(sentence.word(index)) || sentence.endsWith(index, "ed", longerThan: 4) ? role.range.upperBound : nil
            }
            index -= 1
        }
        return nil
    }

    static let modifierOpeners: WordSet = ["on", "in", "at", "from", "with", "for", "inside", "within", "close"]

    /// "Malaysia's prime minister, Anwar Ibrahim, has said": the person named between the commas speaks,
    /// not the role before them.
    func appositivePerson(_ range: Range<Int>, _ registry: borrowing EntityRegistry) -> Speaker? {
        guard !range.isEmpty, let entity = matches.entity(endingAt: range.upperBound - 1), let id = entity.ref.actorID,
              registry.kind(ofActor: id) == .person else { return nil }
        var start = matches.role(endingAt: entity.range.lowerBound - 1)?.range.lowerBound ?? entity.range.lowerBound
        // "The commission's chairman, Justice Jacobs Mwambegele, told": a judge's title before the name.
        if start == entity.range.lowerBound, start - 1 == range.lowerBound, NameFinder.judicialTitles.contains(sentence.word(start - 1)) { start -= 1 }
        guard start == range.lowerBound else { return nil }
        return Speaker(id: id, text: sentence.text(range), range: range)
    }

    /// A person's name that opens `range`, followed by where they serve ("Bobur Alimov of the investment ministry").
    func namedPerson(leading range: Range<Int>, _ registry: borrowing EntityRegistry) -> Speaker? {
        guard let entity = matches.entity(startingAt: range.lowerBound), let id = entity.ref.actorID,
              registry.kind(ofActor: id) == .person else { return nil }
        let rest = entity.range.upperBound
        guard rest == range.upperBound || sentence.isLowercaseWord(rest) && Self.postPrepositions.contains(sentence.word(rest)) else { return nil }
        return Speaker(id: id, text: sentence.text(entity.range), range: entity.range)
    }

    /// "the prime minister announced": the person with that role met earlier in the article, or one the lexicon knows as
    /// its former holder, a post it may have outdated.
    func personHolding(_ role: RoleMatch, _ state: borrowing ArticleState) -> Speaker? {
        guard !role.isPlural, let opening = referringOpening(before: role.range.lowerBound) else { return nil }
        let name = lexicon.entries.roles[role.entry].role
        // "The senior official" after "a senior Uzbek official", whose role the lexicon read as "official".
        let head = name.split(separator: " ").last.map(String.init) ?? name
        // "The same official insisted …" after "a senior EU diplomat said …": "the same" points at the source met last,
        // whatever word the text used for them then.
        let same = sentence.word(opening + 1) == "same" ? state.lastPerson?.id : nil
        guard let id = state.peopleByRole[name] ?? state.peopleByRoleHead[name] ?? state.peopleByRole["former " + name]
            ?? (head != name ? state.peopleByRole[head] ?? state.peopleByRoleHead[head] : nil) ?? same else { return nil }
        let range = opening..<role.range.upperBound
        return Speaker(id: id, text: sentence.text(range), range: range)
    }

    /// Where "the" stands before a role that points back: right before it ("the minister"), or as "the same" with a
    /// modifier or two between ("the same foreign ministry official").
    func referringOpening(before roleStart: Int) -> Int? {
        guard roleStart > 0 else { return nil }
        if words.the.contains(sentence.ids[roleStart - 1]) { return roleStart - 1 }
        var index = roleStart - 1
        while index > 0, roleStart - index <= 3, sentence.isLowercaseWord(index), sentence.word(index) != "same" { index -= 1 }
        guard index >= 1, sentence.word(index) == "same", words.the.contains(sentence.ids[index - 1]) else { return nil }
        return index - 1
    }

    /// "the Chinese leader", "the Russian president": the leader of that state met lately in the article.
    func stateLeader(_ role: RoleMatch, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState) -> Speaker? {
        guard !role.isPlural, Self.leaderRoles.contains(lexicon.entries.roles[role.entry].role),
              let nation = matches.entity(endingAt: role.range.lowerBound - 1), nation.range.lowerBound > 0,
              words.the.contains(sentence.ids[nation.range.lowerBound - 1]), let nationID = nation.ref.actorID,
              registry.kind(ofActor: nationID) == .state else { return nil }
        // Earlier in this sentence first, then the people met before it, the latest first.
        let here = matches.entities.filter { $0.range.upperBound <= nation.range.lowerBound }.sorted { $0.range.lowerBound > $1.range.lowerBound }
            .compactMap(\.ref.actorID)
        func leads(_ id: EntityKey, formerToo: Bool) -> Bool {
            guard registry.affiliation(ofActor: id) == registry.id(ofActor: nationID), let role = registry.role(ofActor: id) else { return false }
            return Self.leaderRoles.contains(role) || formerToo && role.hasPrefix("former ") && Self.leaderRoles.contains(String(role.dropFirst(7)))
        }
        // "During Kishida's visit …, the Japanese leader told …": a former leader named in the same sentence was the
        // leader then.
        let leader = here.first { leads($0, formerToo: true) } ?? state.recentPeople.reversed().map(\.id).first { leads($0, formerToo: false) }
        guard let leader else { return nil }
        let range = nation.range.lowerBound - 1..<role.range.upperBound
        return Speaker(id: leader, text: sentence.text(range), range: range)
    }

    private static let leaderRoles: WordSet = ["leader", "president", "prime minister", "premier", "chairman", "supreme leader"]

    /// A pronoun subject opens its clause; "the threats they perceive" is not the pronoun speaking.
    func startsClause(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = sentence.tokens[index - 1]
        if previous.flags.contains(.openQuote) || previous.flags.contains(.closeQuote) { return true }
        // "In October 2025 he told …": a date before the pronoun opens the clause.
        if previous.isNumber || words.monthWords.contains(previous.id) { return true }
        // "There he insisted …", "Later she added …": an adverb opening the sentence leaves the pronoun its subject.
        if index == 1, Self.openingAdverbs.contains(sentence.word(0)) || sentence.word(0).hasSuffix("ly") { return true }
        return Self.clauseStarters.contains(sentence.word(index - 1)) || followsOpeningPlace(index) || followsOpeningSpan(index)
            || opensBareRelative(index)
    }

    /// "Five years earlier he had declared …", "Two days later she said …": a span of time that opens the sentence, in a
    /// few words and no comma, leaves the pronoun after it its clause's subject.
    private func followsOpeningSpan(_ index: Int) -> Bool {
        (3...4).contains(index) && Self.spanEnds.contains(sentence.word(index - 1)) && (0..<index).allSatisfy { sentence.tokens[$0].isWord }
    }

    private static let spanEnds: WordSet = ["earlier", "later", "ago", "before", "after"]

    /// "a campaign he said would …": a relative clause with no "that" opens at its pronoun, after a noun and before a
    /// reporting verb and an auxiliary.
    private func opensBareRelative(_ index: Int) -> Bool {
        index + 2 < sentence.count && sentence.isLowercaseWord(index - 1) && matches.owners[index - 1].verb < 0
            && matches.owners[index + 1].verb >= 0 && words.auxiliaries.contains(sentence.ids[index + 2])
    }

    private static let openingAdverbs: WordSet = [
        "There", "Then", "Here", "Later", "Now", "Still", "Yet", "Instead", "Earlier", "Afterwards", "Meanwhile", "Again",
        "Elsewhere", "Today", "Yesterday", "Soon", "But", "And", "So",
    ]

    /// "In Copenhagen she said …", "At the Hague summit he warned …", "In her first public remarks she said …": a
    /// sentence that opens with where or when, in a few words and no comma, then the pronoun.
    func followsOpeningPlace(_ index: Int) -> Bool {
        var start = index - 1
        while start > 0, index - start <= 6, sentence.tokens[start].isCapitalised || words.the.contains(sentence.ids[start])
            || sentence.isLowercaseWord(start) {
            start -= 1
        }
        return start == 0 && start < index - 1 && Self.openingPrepositions.contains(sentence.word(0))
    }

    private static let openingPrepositions: WordSet = [
        "In", "At", "From", "During", "After", "On", "Upon", "Before", "Following", "Amid", "Over", "Throughout", "Within", "Since", "Under",
        "Despite",
    ]

    /// Whether the comma at `comma` is the sentence's first and closes a phrase a preposition opens ("In a video
    /// circulated in September,").
    func closesOpeningPhrase(_ comma: Int) -> Bool {
        Self.openingPrepositions.contains(sentence.word(0)) && !(1..<comma).contains { sentence.ids[$0] == words.comma }
    }

    private static let clauseStarters: WordSet = [
        ",", ";", ":", "(", "and", "but", "that", "so", "because", "while", "when", "as", "As", "yet", "since", "although",
        "where", "after", "before", "until", "once", "though", "whereas", "if", "what", "which",
    ]

    /// The person named before `index` in this sentence whom a pronoun of `wanted` gender can mean ("Satpayev said he
    /// …"): the sentence's subject when a person opens it ("Orbán went to Beijing, where he met Putin, and then he flew
    /// to Moscow"), else the last one named.
    func lastPerson(before index: Int, answering wanted: Gender?, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState) -> EntityKey? {
        let quoted = quotedTokens(before: index)
        let people = matches.entities.filter { entity in
            guard entity.range.upperBound <= index, let id = entity.ref.actorID, registry.kind(ofActor: id) == .person,
                  !quoted.contains(where: { $0.contains(entity.range.lowerBound) }),
                  // "Pashinyan, she noted, is asking …": the name the cue is inserted after is what is said, not who says it.
                  !(entity.range.upperBound == index - 1 && sentence.ids[index - 1] == words.comma),
                  !namesSomethingOfTheirs(entity.range), !ownsRelativeClause(entity.range, holding: index) else { return false }
            guard let wanted, let known = gender(of: id, registry, state) else { return true }
            return known == wanted
        }
        if let subject = people.first(where: { opensSentence($0.range.lowerBound) }) { return subject.ref.actorID }
        return people.max { $0.range.lowerBound < $1.range.lowerBound }?.ref.actorID
    }

    /// "The US president tied the tariff to …, whose trial he called …": the person whom a role opening the sentence
    /// names, when no one named in the sentence can be meant.
    func openingRoleHolder(before index: Int, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState) -> EntityKey? {
        guard let role = matches.roles.first(where: { $0.range.lowerBound <= 3 && $0.range.upperBound < index }), !role.isPlural else { return nil }
        // Only determiners and the state the role serves may stand before it: "The US president".
        let descriptorStart = matches.entity(endingAt: role.range.lowerBound - 1)?.range.lowerBound ?? role.range.lowerBound
        guard (0..<descriptorStart).allSatisfy({ words.determiners.contains(sentence.ids[$0]) }) else { return nil }
        return (personHolding(role, state) ?? stateLeader(role, registry, state))?.id
    }

    /// "his ally Jair Bolsonaro, whose trial he called a witch hunt": the person a "whose" clause is about is not whom a
    /// pronoun inside it means.
    private func ownsRelativeClause(_ name: Range<Int>, holding pronoun: Int) -> Bool {
        var next = name.upperBound
        if next < sentence.count, sentence.ids[next] == words.comma { next += 1 }
        guard next < pronoun, sentence.word(next) == "whose" else { return false }
        return !(next + 1..<pronoun).contains { sentence.ids[$0] == words.comma }
    }

    /// "A Kast presidency, he predicted, …", "the Trump administration": an article before a person's name and a noun after
    /// it make the name a modifier of something of theirs, not someone a pronoun can mean.
    private func namesSomethingOfTheirs(_ name: Range<Int>) -> Bool {
        let before = name.lowerBound - 1
        return before >= 0 && (words.singularArticles.contains(sentence.ids[before]) || words.the.contains(sentence.ids[before]))
            && name.upperBound < sentence.count && sentence.isLowercaseWord(name.upperBound) && matches.owners[name.upperBound].verb < 0
    }

    /// The person who spoke last in the paragraph, when a singular pronoun can mean them: "She added that …" goes on
    /// with them even when someone else was the last sentence's subject.
    func lastSpeaker(continuedBy pronoun: Speaker, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState) -> EntityKey? {
        guard pronoun.range.count == 1, words.pronounsSingular.contains(sentence.ids[pronoun.range.lowerBound]),
              let last = state.lastSpeaker, last.id != pronoun.id, registry.kind(ofActor: last.id) == .person else { return nil }
        guard let wanted = pronounGender(sentence.ids[pronoun.range.lowerBound]), let known = gender(of: last.id, registry, state) else { return last.id }
        return known == wanted ? last.id : nil
    }

    /// The quotations that close before `index` in this sentence: "“Moon let the history file …,” she said" — the people
    /// a quotation names are the quoted speaker's, not whom the pronoun after it means.
    private func quotedTokens(before index: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: Int?
        for position in 0..<min(index, sentence.count) {
            let flags = sentence.tokens[position].flags
            if flags.contains(.openQuote), open == nil { open = position }
            if flags.contains(.closeQuote), let start = open {
                ranges.append(start..<position + 1)
                open = nil
            }
        }
        return ranges
    }

    /// Whether only names, roles and determiners stand before `index`, in the sentence or in the clause a subordinating
    /// word opens it with: "When Narendra Modi met Yunus …, he urged him …" is Modi.
    private func opensSentence(_ index: Int) -> Bool {
        let start = index > 0 && Self.subordinators.contains(sentence.word(0)) ? 1 : 0
        return (start..<index).allSatisfy { matches.owners[$0].entity >= 0 || matches.owners[$0].role >= 0 || words.determiners.contains(sentence.ids[$0]) }
    }

    private static let subordinators: WordSet = ["When", "After", "As", "While", "Before", "Once", "Although", "Though", "Until"]

    /// The gender "she" or "his" asks of its antecedent; nil for a word that does not mark one.
    func pronounGender(_ id: Int32) -> Gender? {
        if words.femininePronouns.contains(id) { return .female }
        if words.masculinePronouns.contains(id) { return .male }
        return nil
    }

    func gender(of person: EntityKey, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState) -> Gender? {
        state.statedGenders[person] ?? PersonGender(lexicon: lexicon).guess(registry.actor(person))
    }
}
