import DossierModel

/// Who a noun phrase names when it is the subject of a reporting verb, the object of "according to"
/// or the X of "For X,": an actor, a group of unnamed speakers ("Chinese scholars"), a pronoun
/// resolved to the person or group last mentioned, or "who" resolved to its antecedent.
struct SpeakerResolver {
    struct Speaker {
        var id: EntityID?
        var text: String
        var range: Range<Int>
        /// An unnamed single source ("a senior EU diplomat"), whom "he" or "she" can refer to next.
        var standsForOnePerson = false
    }

    let lexicon: Lexicon
    let sentence: SentenceTokens
    let matches: SentenceMatches
    /// Groups exist as sources of claims; a stance's subject ("the three presidents signed") makes none.
    var createsGroups = true
    var words: RuleWords { lexicon.words }

    /// Words in the longest phrase `phrase(startingAt:)` reads as a speaker.
    static let longestPhrase = 40

    /// Institution nouns that name an organisation met earlier when written with "the": "the ministry", "the bank".
    static let organisationNouns: Set<String> = [
        "ministry", "agency", "commission", "bank", "fund", "council", "court", "committee", "office", "company", "corporation",
    ]

    /// For an institution written with "its" or "the" and at most two lower-case words ("its foreign ministry"), the
    /// state named last: earlier in this sentence, else before it.
    private func unnamedOwner(of noun: Int, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState) -> (id: EntityID, start: Int)? {
        var index = noun - 1
        while index >= 0, noun - index <= 2, sentence.isLowercaseWord(index), !Self.ownerWords.contains(sentence.word(index)) { index -= 1 }
        guard index >= 0, Self.ownerWords.contains(sentence.word(index)) else { return nil }
        let earlier = matches.entities.filter { entity in
            entity.range.upperBound <= index && entity.ref.actorID.flatMap(registry.kind(ofActor:)) == .state
        }.max { $0.range.lowerBound < $1.range.lowerBound }?.ref.actorID
        guard let id = earlier ?? state.lastState else { return nil }
        return (id, index)
    }

    private static let ownerWords: Set<String> = ["its", "Its", "the", "The"]

    /// The organisation mentioned last whose name has `noun` as a word: "the ministry" → "Tajik Foreign Ministry".
    private func organisation(named noun: String, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState) -> EntityID? {
        guard Self.organisationNouns.contains(noun) else { return nil }
        return state.recentOrganisations.last { id in
            registry.actor(id)?.name.split(separator: " ").contains { $0.lowercased() == noun } ?? false
        }
    }

    /// What a source publishes: "World Bank data show …", "the IMF's latest estimates suggest …".
    static let documentNouns: Set<String> = [
        "data", "figures", "statistics", "estimates", "report", "study", "survey", "analysis", "assessment", "projections",
    ]

    /// The organisation right before a document noun, perhaps with a possessive and adjectives between: "World Bank
    /// data", "the IMF's latest estimates". A state's document ("One recent PRC analysis") speaks for a group instead.
    private func documentSource(before noun: Int, _ registry: borrowing EntityRegistry) -> Speaker? {
        var index = noun - 1
        while index >= 0, noun - index <= 3, sentence.isLowercaseWord(index), matches.verbAt[index] < 0 { index -= 1 }
        if index >= 0, sentence.ids[index] == words.possessive { index -= 1 }
        guard let entity = matches.entity(endingAt: index), let id = entity.ref.actorID,
              let kind = registry.kind(ofActor: id), kind == .organization || kind == .company || kind == .media else { return nil }
        return Speaker(id: id, text: sentence.text(entity.range.lowerBound..<noun + 1), range: entity.range.lowerBound..<noun + 1)
    }

    /// Nouns for a state's institutions: "the Georgian government said" is Georgia speaking.
    static let institutions: Set<String> = [
        "government", "governments", "authorities", "ministry", "administration", "leadership", "cabinet", "presidency",
        "parliament", "state", "regime", "side",
    ]

    /// The subject ending just before `verbStart`, skipping auxiliaries and adverbs ("have long", "were quick to").
    func subject(before verbStart: Int, registry: inout EntityRegistry, state: borrowing ArticleState) -> Speaker? {
        var end = verbStart
        while end > 0, sentence.isAdverb(end - 1) || words.auxiliaries.contains(sentence.ids[end - 1]) || words.reflexives.contains(sentence.ids[end - 1])
            || sentence.word(end - 1) == "yet" {
            end -= 1
        }
        // "The European External Action Service (EEAS) said": the acronym in brackets is not the subject's end.
        if end >= 3, sentence.ids[end - 1] == words.closeParen, sentence.ids[end - 3] == words.openParen { end -= 3 }
        return phrase(endingAt: sourceBeforePlace(end, registry) ?? end, registry: &registry, state: state, depth: 0)
    }

    private static let placePrepositions: Set<String> = ["of", "in", "at", "from"]

    /// "Captain Ibrahim Traoré of Burkina Faso has said", "A NATO official in Brussels described": a place after a
    /// person, or after an unnamed official of some state or body, says where they serve; they are the speaker.
    /// Returns where the speaker's phrase ends.
    private func sourceBeforePlace(_ end: Int, _ registry: borrowing EntityRegistry) -> Int? {
        guard let placeStart = placeStart(endingAt: end - 1, registry) else { return nil }
        var preposition = placeStart - 1
        if preposition >= 0, words.the.contains(sentence.ids[preposition]) { preposition -= 1 }
        guard preposition >= 1, sentence.isLowercaseWord(preposition), Self.placePrepositions.contains(sentence.word(preposition)) else { return nil }
        let before = preposition - 1
        if let entity = matches.entity(endingAt: before), let person = entity.ref.actorID, registry.kind(ofActor: person) == .person {
            return preposition
        }
        // "A NATO official in Brussels", "A senior official in the European External Action Service".
        if let role = matches.role(endingAt: before), !role.isPlural || matches.entity(endingAt: role.range.lowerBound - 1) != nil,
           matches.entity(endingAt: role.range.lowerBound - 1) != nil || role.range.lowerBound >= 1 && words.determiners.contains(sentence.ids[role.range.lowerBound - 1]) {
            return preposition
        }
        return nil
    }

    /// Where a place ending at `index` starts: a state, region or bloc, or a capitalised word no lexicon knows,
    /// since cities other than capitals are not in the lexicons ("A Taliban official in Herat declared").
    private func placeStart(endingAt index: Int, _ registry: borrowing EntityRegistry) -> Int? {
        if let place = matches.entity(endingAt: index) {
            // A body counts as where someone serves too: "A senior official in the European External Action Service (EEAS)".
            guard let id = place.ref.actorID, let kind = registry.kind(ofActor: id),
                  kind == .state || kind == .region || kind == .bloc || kind == .organization else { return nil }
            return place.range.lowerBound
        }
        guard index >= 1, sentence.tokens[index].isWord, !sentence.isLowercaseWord(index),
              !words.capitalisedFunctionWords.contains(sentence.ids[index]) else { return nil }
        return index
    }

    /// The noun phrase that starts at `start` and runs to the next comma or the end ("according to X").
    func phrase(startingAt start: Int, registry: inout EntityRegistry, state: borrowing ArticleState) -> Speaker? {
        var end = start
        while end < sentence.count, sentence.ids[end] != words.comma, sentence.ids[end] != words.period,
              sentence.tokens[end].isWord || sentence.ids[end] == words.hyphen || sentence.ids[end] == words.possessive {
            end += 1
            // No name runs this long; without a bound, a huge sentence without commas took quadratic time.
            if end - start > Self.longestPhrase { return nil }
        }
        guard end > start else { return nil }
        // The head is the first entity or role that nothing name-like continues: "a Kazakhstani China expert"
        // ends in a role, "Farhod Nazarov that Pamir glaciers …" ends at the name.
        var head = start
        while head < end {
            let isHeadEnd = matches.entity(endingAt: head) != nil || matches.role(endingAt: head) != nil
            // A modifier continues into a role: "Chinese customs official", "PRC energy expert".
            let continues = (head + 1..<min(end, head + 4)).contains { next in
                matches.role(startingAt: next) != nil && (head + 1..<next).allSatisfy { sentence.isLowercaseWord($0) }
            } || head + 1 < end && matches.entity(startingAt: head + 1) != nil
                // "South Korea's National Intelligence Service": the possessor is not the speaker.
                || head + 2 < end && sentence.ids[head + 1] == words.possessive && matches.entity(startingAt: head + 2) != nil
            if isHeadEnd, !continues { break }
            head += 1
        }
        // "according to official figures": a role noun that modifies a noun after it is no speaker.
        if head + 1 < end, matches.role(endingAt: head) != nil, matches.entity(endingAt: head) == nil, sentence.isLowercaseWord(head + 1),
           !words.groupBoundaries.contains(sentence.ids[head + 1]), matches.verbAt[head + 1] < 0 {
            return nil
        }
        if head < end { end = head + 1 }
        return phrase(endingAt: end, registry: &registry, state: state, depth: 0).map { speaker in
            var speaker = speaker
            speaker.range = min(speaker.range.lowerBound, start)..<speaker.range.upperBound
            return speaker
        }
    }

    /// The phrase whose last token is `end - 1`.
    func phrase(endingAt end: Int, registry: inout EntityRegistry, state: borrowing ArticleState, depth: Int) -> Speaker? {
        let last = end - 1
        guard last >= 0, depth < 3 else { return nil }
        let id = sentence.ids[last]
        if words.pronounsSingular.contains(id) || words.pronounsPlural.contains(id), !startsClause(last) { return nil }
        if words.pronounsSingular.contains(id) {
            let wanted = pronounGender(id)
            let person = lastPerson(before: last, answering: wanted, registry, state)
                ?? state.person(answering: wanted) { gender(of: $0, registry, state) }?.id
            return Speaker(id: person, text: sentence.word(last), range: last..<end)
        }
        if words.pronounsPlural.contains(id) || words.others.contains(id) {
            return Speaker(id: state.lastGroup?.id, text: sentence.word(last), range: last..<end)
        }
        if id == words.who || id == words.which, last >= 1, sentence.ids[last - 1] == words.comma {
            return phrase(endingAt: last - 1, registry: &registry, state: state, depth: depth + 1)
        }
        if id == words.comma {
            // An appositive between subject and verb: "Levan Abashidze, a transport economist …, told".
            var open = last - 1
            while open > 0, sentence.ids[open] != words.comma, last - open < 24 { open -= 1 }
            guard open > 0, sentence.ids[open] == words.comma else { return nil }
            if let person = appositivePerson(open + 1..<last, registry) { return person }
            // "European diplomats in Baku, speaking privately, describe …": the place before the appositive goes too.
            if let before = phrase(endingAt: sourceBeforePlace(open, registry) ?? open, registry: &registry, state: state, depth: depth + 1) {
                return before
            }
            // "One of them, Bobur Alimov of the investment ministry, said": a partitive names no one; the name does.
            return namedPerson(leading: open + 1..<last, registry)
        }
        if let entity = matches.entity(endingAt: last), let actorID = entity.ref.actorID {
            if let role = matches.role(endingAt: entity.range.lowerBound - 1) {
                // "analyst Dosym Satpayev": the whole descriptor is how the text names the speaker.
                let start = descriptorStart(role.range.lowerBound)
                return Speaker(id: actorID, text: sentence.text(start..<end), range: start..<end)
            }
            if isGroupModifier(entity), registry.kind(ofActor: actorID) == .state || registry.kind(ofActor: actorID) == .region {
                return nil  // a bare demonym ("Chinese") is not a speaker
            }
            return Speaker(id: actorID, text: sentence.text(entity.range), range: entity.range)
        }
        if sentence.isLowercaseWord(last), Self.institutions.contains(sentence.word(last)), let state = institutionOwner(last) {
            return Speaker(id: state.id, text: sentence.text(state.start..<end), range: state.start..<end)
        }
        if last >= 1, sentence.isLowercaseWord(last), words.the.contains(sentence.ids[last - 1]),
           let organisation = organisation(named: sentence.word(last), registry, state) {
            // "The ministry said in a statement …" after "the Tajik Foreign Ministry summoned …".
            return Speaker(id: organisation, text: sentence.text(last - 1..<end), range: last - 1..<end)
        }
        if sentence.isLowercaseWord(last), Self.documentNouns.contains(sentence.word(last)), let source = documentSource(before: last, registry) {
            return source
        }
        if sentence.isLowercaseWord(last), Self.institutions.contains(sentence.word(last)), let owner = unnamedOwner(of: last, registry, state) {
            // "its foreign ministry said", "the foreign ministry summoned …": the state the text is talking about.
            return Speaker(id: owner.id, text: sentence.text(owner.start..<end), range: owner.start..<end)
        }
        if let role = matches.role(endingAt: last) {
            if let person = personHolding(role, state) { return person }
            return createsGroups ? group(role: role, registry: &registry) : nil
        }
        if createsGroups, sentence.isLowercaseWord(last), !words.auxiliaries.contains(id), matches.verbAt[last] < 0,
           let entity = matches.entity(endingAt: last - 1), let actorID = entity.ref.actorID,
           let kind = registry.kind(ofActor: actorID), kind == .state || kind == .bloc {
            // "One recent PRC analysis points to …": an unnamed source from a state speaks as a group.
            return group(head: last..<end, registry: &registry)
        }
        if let head = roleBeforeModifier(endingAt: last) {
            // "A Tajik engineer on the site", "Western bankers involved in the Rogun talks": the role is the head.
            return phrase(endingAt: head, registry: &registry, state: state, depth: depth + 1)
        }
        return nil
    }

    /// Where a role ends when the words after it, up to `last`, modify it: a preposition or an "-ed" participle
    /// first, and no verb or comma among them.
    private func roleBeforeModifier(endingAt last: Int) -> Int? {
        var index = last
        while index > 0, last - index < 8 {
            if sentence.ids[index] == words.comma || matches.verbAt[index] >= 0 { return nil }
            if let role = matches.role(endingAt: index - 1), sentence.isLowercaseWord(index) {
                let word = sentence.word(index)
                return Self.modifierOpeners.contains(word) || word.hasSuffix("ed") && word.count > 4 ? role.range.upperBound : nil
            }
            index -= 1
        }
        return nil
    }

    private static let modifierOpeners: Set<String> = ["on", "in", "at", "from", "with", "for", "inside", "within", "close"]

    /// "A Russian official in Moscow was more cautious.": an unnamed source introduced by a sentence that
    /// quotes nothing yet, so that "he said" in the next sentence is theirs.
    func introducedSource(registry: inout EntityRegistry) -> Speaker? {
        guard sentence.count > 4, sentence.word(0) == "A" || sentence.word(0) == "An" else { return nil }
        for index in 1..<min(sentence.count - 1, 6) {
            guard let role = matches.role(startingAt: index) else { continue }
            var next = role.range.upperBound
            if let place = sourcePlaceEnd(after: next) { next = place }
            guard !role.isPlural, (1..<index).contains(where: { matches.entity(endingAt: $0) != nil }), next < sentence.count,
                  words.passiveAuxiliaries.contains(sentence.ids[next]) || Self.introducingVerbs.contains(sentence.word(next))
                      || sentence.ids[next] == words.comma else { return nil }  // "A Western diplomat in Yerevan, speaking …, urged"
            return group(role: role, registry: &registry)
        }
        return nil
    }

    /// Up to three lower-case words ending at `end` that an entity comes right before, none of them a determiner,
    /// auxiliary or verb: where those words start.
    private func modifiersAfterEntity(endingAt end: Int) -> Int? {
        var index = end
        while index >= 1, end - index < 3, sentence.isLowercaseWord(index), !words.determiners.contains(sentence.ids[index]),
              !words.auxiliaries.contains(sentence.ids[index]), !words.groupBoundaries.contains(sentence.ids[index]), matches.verbAt[index] < 0 {
            if matches.entity(endingAt: index - 1) != nil { return index }
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
                guard matches.entityAt[start] >= 0 || sentence.isLowercaseWord(start) && matches.verbAt[start] < 0 else { return nil }
                continue
            }
            guard role.isPlural, (first..<start).contains(where: { matches.entity(endingAt: $0) != nil }) else { return nil }
            return group(role: role, registry: &registry)
        }
        return nil
    }

    /// What an unnamed source does when the text first brings them in: "A senior EU official spoke to me in Brussels."
    private static let introducingVerbs: Set<String> = ["spoke", "talked", "met", "agreed", "explained", "described", "put", "offered"]

    /// The end of "in Moscow", "of the Foreign Ministry" right after a source's role.
    private func sourcePlaceEnd(after index: Int) -> Int? {
        guard index + 1 < sentence.count, sentence.isLowercaseWord(index), Self.placePrepositions.contains(sentence.word(index)) else { return nil }
        var start = index + 1
        if words.the.contains(sentence.ids[start]) { start += 1 }
        return matches.entity(startingAt: start)?.range.upperBound
    }

    /// "Malaysia's prime minister, Anwar Ibrahim, has said": the person named between the commas speaks,
    /// not the role before them.
    private func appositivePerson(_ range: Range<Int>, _ registry: borrowing EntityRegistry) -> Speaker? {
        guard !range.isEmpty, let entity = matches.entity(endingAt: range.upperBound - 1), let id = entity.ref.actorID,
              registry.kind(ofActor: id) == .person else { return nil }
        let start = matches.role(endingAt: entity.range.lowerBound - 1)?.range.lowerBound ?? entity.range.lowerBound
        guard start == range.lowerBound else { return nil }
        return Speaker(id: id, text: sentence.text(range), range: range)
    }

    /// A person's name that opens `range`, followed by where they serve ("Bobur Alimov of the investment ministry").
    private func namedPerson(leading range: Range<Int>, _ registry: borrowing EntityRegistry) -> Speaker? {
        guard let entity = matches.entity(startingAt: range.lowerBound), let id = entity.ref.actorID,
              registry.kind(ofActor: id) == .person else { return nil }
        let rest = entity.range.upperBound
        guard rest == range.upperBound || sentence.isLowercaseWord(rest) && Self.placePrepositions.contains(sentence.word(rest)) else { return nil }
        return Speaker(id: id, text: sentence.text(entity.range), range: entity.range)
    }

    /// "the prime minister announced": the person with that role met earlier in the article.
    private func personHolding(_ role: RoleMatch, _ state: borrowing ArticleState) -> Speaker? {
        guard !role.isPlural, role.range.lowerBound > 0, words.the.contains(sentence.ids[role.range.lowerBound - 1]) else { return nil }
        let name = lexicon.entries.roles[role.entry].role
        guard let id = state.peopleByRole[name] ?? state.peopleByRoleHead[name] else { return nil }
        let range = role.range.lowerBound - 1..<role.range.upperBound
        return Speaker(id: id, text: sentence.text(range), range: range)
    }

    /// The state whose institution a noun names, from up to two words before it ("the Georgian economy ministry").
    private func institutionOwner(_ noun: Int) -> (id: EntityID, start: Int)? {
        var index = noun - 1
        while index >= 0, noun - index <= 3 {
            if let entity = matches.entity(endingAt: index), let id = entity.ref.actorID {
                var start = entity.range.lowerBound
                while start > 0, words.determiners.contains(sentence.ids[start - 1]) { start -= 1 }
                return (id, start)
            }
            if index >= 0, sentence.ids[index] == words.possessive { index -= 1; continue }
            guard sentence.isLowercaseWord(index) else { return nil }
            index -= 1
        }
        return nil
    }

    /// A pronoun subject opens its clause; "the threats they perceive" is not the pronoun speaking.
    private func startsClause(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = sentence.tokens[index - 1]
        if previous.flags.contains(.openQuote) || previous.flags.contains(.closeQuote) { return true }
        return [",", ";", ":", "(", "and", "but", "that", "so", "because", "while", "when", "as", "As", "yet", "since", "although"]
            .contains(sentence.word(index - 1))
    }

    /// A group of unnamed speakers: "Chinese scholars", "a Kyrgyzstani official", "some PRC observers".
    private func group(role: RoleMatch, registry: inout EntityRegistry) -> Speaker? {
        let entry = lexicon.entries.roles[role.entry]
        var speaker = group(head: role.range, lexiconRole: entry.role, registry: &registry)
        speaker?.standsForOnePerson = !role.isPlural
        return speaker
    }

    private func group(head: Range<Int>, lexiconRole: String? = nil, registry: inout EntityRegistry) -> Speaker? {
        var start = head.lowerBound
        var affiliation: EntityID?
        while start > 0 {
            let previous = start - 1
            if let entity = matches.entity(endingAt: previous) {
                // The leftmost modifier is the group's state: "Kazakhstani China expert". An organisation the lexicon
                // keeps as a framework names a group too ("ECOWAS officials"), without being its affiliation.
                if let actorID = entity.ref.actorID { affiliation = actorID }
                start = entity.range.lowerBound
                continue
            }
            if let modifierStart = modifiersAfterEntity(endingAt: previous) {
                start = modifierStart  // words after the state: "Chinese foreign-policy experts", "a Kyrgyz foreign ministry official"
                continue
            }
            break
        }
        var coreStart = start
        while coreStart < head.lowerBound, words.determiners.contains(sentence.ids[coreStart]) { coreStart += 1 }
        // Descriptive words stay in the name ("senior EU official", "opposition politicians", "Island leaders");
        // the name without them is kept as an alias, so both ways of naming the group find it.
        var nameStart = start
        while nameStart > 0, head.upperBound - nameStart < 6, isDescriptor(nameStart - 1) { nameStart -= 1 }
        while nameStart < coreStart, words.determiners.contains(sentence.ids[nameStart]), !words.descriptors.contains(sentence.ids[nameStart]) {
            nameStart += 1
        }
        var textStart = min(start, nameStart)
        while textStart > 0, words.determiners.contains(sentence.ids[textStart - 1]) { textStart -= 1 }
        let name = sentence.text(nameStart..<head.upperBound)
        let id = registry.discoverActor(name: name, kind: .group, role: sentence.text(head).lowercased(),
                                        lexiconRole: lexiconRole, affiliation: affiliation)
        if nameStart < coreStart { registry.learn(sentence.text(coreStart..<head.upperBound), for: .actor(id)) }
        return Speaker(id: id, text: sentence.text(textStart..<head.upperBound), range: textStart..<head.upperBound)
    }

    /// A word that describes a group rather than counting or introducing it: "senior", "opposition", "foreign",
    /// or a capitalised word no lexicon knows ("Island leaders", "Pacific diplomats").
    private func isDescriptor(_ index: Int) -> Bool {
        let id = sentence.ids[index]
        if words.descriptors.contains(id) { return true }
        guard sentence.tokens[index].isWord, !words.determiners.contains(id), !words.auxiliaries.contains(id),
              !words.groupBoundaries.contains(id), !words.capitalisedFunctionWords.contains(id), matches.verbAt[index] < 0,
              !sentence.isAdverb(index), matches.entity(endingAt: index) == nil, matches.role(endingAt: index) == nil,
              matches.entity(startingAt: index) == nil else { return false }
        // A capitalised word inside a sentence is usually a name of its own; at the start it can only be a modifier.
        return sentence.isLowercaseWord(index) || index == 0
    }

    /// Extends a role descriptor left over the affiliation: "Kremlin spokeswoman", "Kazakhstani analyst".
    private func descriptorStart(_ roleStart: Int) -> Int {
        var start = roleStart
        if start > 0, let entity = matches.entity(endingAt: start - 1) { start = entity.range.lowerBound }
        while start > 0, words.determiners.contains(sentence.ids[start - 1]) { start -= 1 }
        return start
    }

    private func isGroupModifier(_ entity: FoundEntity) -> Bool { entity.rule == "demonym" }

    /// The last person mentioned before `index` in this sentence ("Satpayev said he …").
    /// The last person named before `index` in this sentence whom a pronoun of `wanted` gender can mean.
    private func lastPerson(before index: Int, answering wanted: Gender?, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState) -> EntityID? {
        matches.entities
            .filter { entity in
                guard entity.range.upperBound <= index, let id = entity.ref.actorID, registry.kind(ofActor: id) == .person else { return false }
                guard let wanted, let known = gender(of: id, registry, state) else { return true }
                return known == wanted
            }
            .max { $0.range.lowerBound < $1.range.lowerBound }?.ref.actorID
    }

    /// The gender "she" or "his" asks of its antecedent; nil for a word that does not mark one.
    func pronounGender(_ id: Int32) -> Gender? {
        if words.femininePronouns.contains(id) { return .female }
        if words.masculinePronouns.contains(id) { return .male }
        return nil
    }

    func gender(of person: EntityID, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState) -> Gender? {
        state.statedGenders[person] ?? registry.actor(person).flatMap(PersonGender(lexicon: lexicon).guess)
    }
}
