import DossierModel

/// Who a noun phrase names when it is the subject of a reporting verb, the object of "according to"
/// or the X of "For X,": an actor, a group of unnamed speakers ("Chinese scholars"), a pronoun
/// resolved to the person or group last mentioned, or "who" resolved to its antecedent.
struct SpeakerResolver {
    struct Speaker {
        var id: EntityKey?
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

    /// The auxiliaries of a perfect that may stand between a body and its cue: "The IMF has noted".
    private static let perfectAuxiliaries: WordSet = ["has", "have", "had"]

    /// Where something was said, which "in a …" puts between a subject and its verb.
    private static let mediumNouns: WordSet = ["paper", "interview", "statement"]
    private static let mediumOpeners: WordSet = ["a", "an", "recent", "its", "his", "her", "their"]

    /// The subject ending just before `verbStart`, skipping auxiliaries and adverbs ("have long", "were quick to").
    func subject(before verbStart: Int, registry: inout EntityRegistry, state: borrowing ArticleState) -> Speaker? {
        var end = verbStart
        while end > 0, sentence.isAdverb(end - 1) || words.auxiliaries.contains(sentence.ids[end - 1]) || words.reflexives.contains(sentence.ids[end - 1])
            || sentence.word(end - 1) == "yet" {
            // "The ministry in a statement said" passes over "in a statement"; "The E3's joint statement insisted" is the
            // subject.
            if Self.mediumNouns.contains(sentence.word(end - 1)), end < 2 || !Self.mediumOpeners.contains(sentence.word(end - 2)) { break }
            end -= 1
        }
        if end >= 1, matches.entity(endingAt: end - 1) == nil, let controlling = controllingSubjectEnd(verbStart) { end = controlling }
        if let document = publishedDocumentEnd(before: end) {
            if let publisher = publisher(afterParticiple: document, registry) { return publisher }
            end = document
        }
        let wholeEnd = end
        // "The European External Action Service (EEAS) said": the acronym in brackets is not the subject's end.
        end = beforeRelativeClause(beforeWorkplace(beforeFamiliarity(beforeBracketedAcronym(end))))
        let place = sourceBeforePlace(end, registry)
        var speaker = phrase(endingAt: place ?? end, registry: &registry, state: state, depth: 0)
        // "Tran of the institute believes …", "Tran of SIMS believes …": the person speaks, the body says where they work;
        // "Officials at the Ministry of Construction said …", "Officials in the Georgian Dream government reject …": so do
        // the people a role names.
        if let body = speaker, let bodyID = body.id, [.organization, .company, .group].contains(registry.kind(ofActor: bodyID)) {
            if let person = personBefore(body.range.lowerBound, registry) {
                speaker = person
            } else if createsGroups, let group = groupBefore(body, registry: &registry) {
                speaker = group
            }
        }
        // "Western diplomats in Astana", "critics in parliament", "analysts who track the site": where a group serves, or
        // what singles it out, is another way the text names it.
        if let group = speaker, let qualifier = place.map({ $0..<end }) ?? qualifier(after: group.range.upperBound, before: wholeEnd) {
            learn(qualifier, for: group, &registry)
        }
        return speaker
    }

    /// Names a group also with what singles it out: "Western diplomats in Astana", "former Canadian ambassador to Beijing".
    private func learn(_ qualifier: Range<Int>, for group: Speaker, _ registry: inout EntityRegistry) {
        guard let id = group.id, registry.kind(ofActor: id) == .group,
              !registry.name(ofActor: id).hasSuffix(sentence.text(qualifier)) else { return }  // "people familiar with the talks" holds it already
        registry.learn(registry.actor(id).name + " " + sentence.text(qualifier), for: .actor(id))
    }

    /// The officials a role names right before "at", "in", "from", "for" or "to" (and "the") and a body: "Officials at the
    /// Ministry of Construction", "a senior official at Barqi Tojik", "a spokesperson for the Chinese embassy", "a senior
    /// adviser to the council". They speak, named with the body they serve, which is their affiliation; researchers,
    /// lawyers or observers at a body are left to speak for it, as the gold files read them.
    private func groupBefore(_ body: Speaker, registry: inout EntityRegistry) -> Speaker? {
        guard let bodyID = body.id else { return nil }
        var preposition = body.range.lowerBound - 1
        if preposition >= 0, words.the.contains(sentence.ids[preposition]) { preposition -= 1 }
        guard preposition >= 1, ["at", "in", "from", "for", "to"].contains(sentence.word(preposition)),
              let role = matches.role(endingAt: preposition - 1), lexicon.entries.roles[role.entry].roleClass == .official else { return nil }
        // "a mid-level official at …": what the text says of the role is part of the name.
        var start = role.range.lowerBound
        // "…, and officials at the Oguzhan Presidential Palace": a conjunction or a verb is the clause's, not the role's.
        while start > 0, role.range.lowerBound - start < 4, sentence.isLowercaseWord(start - 1) || sentence.ids[start - 1] == words.hyphen,
              !words.determiners.contains(sentence.ids[start - 1]) || words.descriptors.contains(sentence.ids[start - 1]),
              !words.groupBoundaries.contains(sentence.ids[start - 1]), matches.owners[start - 1].verb < 0 {
            start -= 1
        }
        if sentence.ids[start] == words.hyphen { start += 1 }
        let range = start..<body.range.upperBound
        let id = registry.discoverActor(name: sentence.text(range), kind: .group, role: sentence.text(role.range).lowercased(),
                                        lexiconRole: lexicon.entries.roles[role.entry].role, affiliation: bodyID)
        // "Ministry of External Affairs officials": the body before the role is how other texts name them, with the city
        // an embassy is in or without it ("Chinese embassy spokesperson" for "a spokesperson for the Chinese embassy in
        // Colombo").
        let roleText = sentence.text(role.range).lowercased()
        registry.learn(sentence.text(body.range) + " " + roleText, for: .actor(id))
        if let place = body.range.first(where: { $0 > body.range.lowerBound && sentence.word($0) == "in" }) {
            let unplaced = sentence.text(body.range.lowerBound..<place)
            registry.learn(unplaced + " " + roleText, for: .actor(id))
            registry.learn(sentence.text(start..<place), for: .actor(id))
        }
        var group = Speaker(id: id, text: sentence.text(range), range: range)
        group.standsForOnePerson = !role.isPlural
        return group
    }

    /// The person right before "of", "at" or "from" (and "the") that opens `start`: "Tran" in "Tran of the institute".
    private func personBefore(_ start: Int, _ registry: borrowing EntityRegistry) -> Speaker? {
        var preposition = start - 1
        if preposition >= 0, words.the.contains(sentence.ids[preposition]) { preposition -= 1 }
        guard preposition >= 1, ["of", "at", "from"].contains(sentence.word(preposition)),
              let entity = matches.entity(endingAt: preposition - 1), let id = entity.ref.actorID, registry.kind(ofActor: id) == .person
        else { return nil }
        return Speaker(id: id, text: sentence.text(entity.range), range: entity.range)
    }

    /// "Aliyev has continued to describe", "Tokayev has been careful to frame", "Thai officials have used the case to
    /// argue": a verb's subject stands before the verb that leads to it, when a name or a group ends right there.
    private func controllingSubjectEnd(_ verbStart: Int) -> Int? {
        guard verbStart >= 2, sentence.ids[verbStart - 1] == words.to else { return nil }
        var lead = verbStart - 2
        if !Self.goingOnWords.contains(sentence.word(lead)) {
            // "used the case to", "seized the moment to": a verb of using and its object, in lower case.
            // A verb's form after an article is a noun: "used the ruling to argue".
            while lead > 0, verbStart - lead <= 5, !Self.usingVerbs.contains(sentence.word(lead)), sentence.isLowercaseWord(lead),
                  matches.owners[lead].verb < 0 || words.determiners.contains(sentence.ids[lead - 1]) {
                lead -= 1
            }
            guard Self.usingVerbs.contains(sentence.word(lead)) else { return nil }
        }
        var end = lead
        while end > 0, !(matches.entity(endingAt: end - 1) != nil || matches.role(endingAt: end - 1) != nil), verbStart - end <= 9,
              sentence.isLowercaseWord(end - 1) {
            end -= 1
        }
        guard end > 0, matches.entity(endingAt: end - 1) != nil || matches.role(endingAt: end - 1) != nil else { return nil }
        return end
    }

    /// Words before "to" that carry a subject on to the verb after it: "has continued to describe", "was careful to
    /// frame", "went on to say". Others do not ("has little to show", "like to see").
    private static let goingOnWords: WordSet = ["continued", "continues", "continue", "careful", "on"]

    /// Verbs whose object is the means to what follows "to": "used the ruling to argue", "took the opportunity to warn".
    private static let usingVerbs: WordSet = ["used", "uses", "using", "seized", "seizes", "took", "takes"]

    /// "quoted by", "cited by", "speaking": a verb's participle that goes on ("the officials involved." names no one).
    private func isParticiple(_ index: Int) -> Bool {
        if sentence.endsWith(index, "ing", longerThan: 4) { return true }
        guard index + 1 < sentence.count else { return false }
        // "officials quoted by Nikkei Asia", "a senior official involved in licensing talks", "diplomats familiar with"
        if sentence.endsWith(index, "ed", longerThan: 4) { return sentence.ids[index + 1] == words.by || words.participleLinks.contains(sentence.ids[index + 1]) }
        return words.participleLinks.contains(sentence.ids[index + 1]) && Self.familiarity[sentence.word(index)] == sentence.word(index + 1)
    }

    /// Words that pick some of a group: "one of them", "several of them".
    static let partitives: WordSet = ["one", "two", "three", "some", "several", "many", "most", "few", "both", "another", "each"]

    /// Where a name ends when `end` follows an acronym in brackets after it: "… Service (EEAS)".
    /// Also a code of two words ("The Indonesian Navy (TNI AL) said") or two codes joined ("… Rights (OSCE/ODIHR) noted").
    private func beforeBracketedAcronym(_ end: Int) -> Int {
        guard end >= 3, sentence.ids[end - 1] == words.closeParen else { return end }
        if sentence.ids[end - 3] == words.openParen { return end - 3 }
        var open = end - 2
        while open > 0, end - open <= 5, sentence.ids[open] != words.openParen,
              sentence.tokens[open].flags.contains(.allCaps) || !sentence.tokens[open].isWord && open < end - 2 {
            open -= 1
        }
        return open > 0 && open < end - 3 && sentence.ids[open] == words.openParen ? open : end
    }

    /// "the Minister for Planning, Development and Special Initiatives": a comma between two portfolios lists them
    /// inside one title.
    private func listsPortfolios(_ comma: Int) -> Bool {
        comma >= 1 && comma + 1 < sentence.count && sentence.tokens[comma - 1].isCapitalised && sentence.tokens[comma + 1].isCapitalised
            && NameFinder.portfolioWords.contains(sentence.word(comma - 1)) && NameFinder.portfolioWords.contains(sentence.word(comma + 1))
    }

    /// The person named before a comma-delimited appositive that ends at `close`, the comma before "who".
    private func personBeforeAppositive(endingAt close: Int, _ registry: borrowing EntityRegistry) -> Speaker? {
        var open = close - 1
        while open > 0, sentence.ids[open] != words.comma, close - open < 16 { open -= 1 }
        // "Ernesto Dagohoy, 54, who …": an age is an appositive too.
        guard open > 0, sentence.ids[open] == words.comma, open + 1 < close,
              sentence.isLowercaseWord(open + 1) || words.the.contains(sentence.ids[open + 1]) || sentence.tokens[open + 1].isNumber && close == open + 2,
              let entity = matches.entity(endingAt: open - 1), let id = entity.ref.actorID, registry.kind(ofActor: id) == .person
        else { return nil }
        return Speaker(id: id, text: sentence.text(entity.range), range: entity.range)
    }

    /// "Indian officials confirmed … According to the officials, …", "Ethiopian officials … . Officials say …": "the" and a
    /// plural role, or the role alone opening a sentence, that the last group spoken of ends with is that group. Alone, the
    /// role means the article's own state's people when that group belongs to another state: in an article about
    /// Kyrgyzstan, "Officials expect …" after "Chinese officials said …" are Kyrgyz.
    private func groupNamedBefore(_ role: RoleMatch, _ state: borrowing ArticleState, _ registry: borrowing EntityRegistry) -> Speaker? {
        let start = role.range.lowerBound
        let opensSentence = start == 0
        let opening = referringOpening(before: start)
        // "Officials in Hargeisa maintain …": where they serve makes them a group of their own.
        let after = role.range.upperBound
        let placed = after + 1 < sentence.count && words.placePrepositions.contains(sentence.ids[after]) && sentence.tokens[after + 1].isCapitalised
        guard role.isPlural, !placed, opensSentence || opening != nil, let group = state.lastGroup,
              group.text.lowercased().hasSuffix(sentence.text(role.range).lowercased()) else { return nil }
        if opening == nil, let home = state.mainState, let owner = registry.affiliation(ofActor: group.id), owner != registry.id(ofActor: home) {
            return nil
        }
        let textStart = opening ?? start
        return Speaker(id: group.id, text: sentence.text(textStart..<role.range.upperBound), range: textStart..<role.range.upperBound)
    }

    /// "A Qatari official familiar with the talks said", "diplomats close to the negotiations said": the source ends
    /// before what it is close to.
    private func beforeFamiliarity(_ end: Int) -> Int {
        var index = end - 1
        while index > 0, end - index <= 7, sentence.ids[index] != words.comma {
            if index + 1 < end, Self.familiarity[sentence.word(index)] == sentence.word(index + 1) { return index }
            index -= 1
        }
        return end
    }

    /// "Vietnamese researchers at a state-linked institute suggested", "a lawyer with a Kabul firm argued", "researchers
    /// studying satellite imagery say": an unnamed source ends before the place they work at or what they are doing,
    /// written in lower case.
    private func beforeWorkplace(_ end: Int) -> Int {
        var index = end - 1
        while index >= 1, end - index <= 6, sentence.isLowercaseWord(index) || sentence.ids[index] == words.hyphen {
            let workplace = Self.workplacePrepositions.contains(sentence.word(index)) && words.determiners.contains(sentence.ids[index + 1])
            let doing = index + 1 < end && sentence.endsWith(index, "ing", longerThan: 5)
            if workplace || doing, matches.role(endingAt: index - 1) != nil {
                return index
            }
            index -= 1
        }
        return end
    }

    /// The words between a group and its verb that say where it serves or what singles it out: "in Astana", "in
    /// parliament", "who track the site"; a few words with no punctuation among them.
    private func qualifier(after groupEnd: Int, before verbEnd: Int) -> Range<Int>? {
        guard groupEnd < verbEnd, verbEnd - groupEnd <= 8, sentence.isLowercaseWord(groupEnd),
              (groupEnd..<verbEnd).allSatisfy({ sentence.tokens[$0].isWord || sentence.ids[$0] == words.hyphen || sentence.ids[$0] == words.possessive })
        else { return nil }
        return groupEnd..<verbEnd
    }

    /// "Diplomats who attended said", "officials who took part told", "a senior EU diplomat who works on Eastern
    /// Partnership issues conceded": a source ends before a short relative clause with no comma, when a role or a name
    /// stands before "who". A clause that a comma closes ("X, a retired diplomat who served in Tashkent, said") ends an
    /// appositive, whose name speaks, so only a few lower-case words are passed over there.
    private func beforeRelativeClause(_ end: Int) -> Int {
        let closedByComma = end >= 1 && sentence.ids[end - 1] == words.comma
        // "an attaché in Beijing who asked not to be named": "who" right before the verb is the verb's own subject.
        var index = end - 2
        while index >= 1, end - index <= (closedByComma ? 4 : 8), closedByComma ? sentence.isLowercaseWord(index) : sentence.tokens[index].isWord {
            if sentence.ids[index] == words.who || opensAContactClause(index) {
                return matches.role(endingAt: index - 1) != nil || matches.entity(endingAt: index - 1) != nil ? index : end
            }
            index -= 1
        }
        return end
    }

    /// "Chinese scholars I spoke to in Shanghai described …": the author's own contact with the source, a relative clause
    /// with no "who".
    private func opensAContactClause(_ index: Int) -> Bool {
        index + 1 < sentence.count && words.firstPerson.contains(sentence.ids[index]) && Self.contactVerbs.contains(sentence.word(index + 1))
    }

    private static let contactVerbs: WordSet = ["spoke", "talked", "interviewed", "met", "consulted", "asked"]

    private static let workplacePrepositions: WordSet = ["at", "with", "from"]
    private static let familiarity: WordMap<String> = ["familiar": "with", "close": "to", "involved": "in", "briefed": "on"]

    /// The noun phrase that starts at `start` and runs to the next comma or the end ("according to X").
    func phrase(startingAt first: Int, registry: inout EntityRegistry, state: borrowing ArticleState) -> Speaker? {
        // "…,” said Dr. Hamid Saleem": the title's period ends nothing.
        let start = first + 2 < sentence.count && words.honorifics.contains(sentence.ids[first]) && sentence.ids[first + 1] == words.period
            ? first + 2 : first
        var end = start
        while end < sentence.count, sentence.ids[end] != words.comma, sentence.ids[end] != words.period,
              sentence.tokens[end].isWord || sentence.ids[end] == words.hyphen || sentence.ids[end] == words.possessive {
            end += 1
            // No name runs this long; without a bound, a huge sentence without commas took quadratic time.
            if end - start > Self.longestPhrase { return nil }
        }
        // "according to the Ministry of Development, Industry, Trade and Services": a name may hold commas of its own.
        let nameStart = start + 1 < sentence.count && words.the.contains(sentence.ids[start]) ? start + 1 : start
        if let named = matches.entity(startingAt: nameStart), named.range.upperBound > end { end = named.range.upperBound }
        guard end > start else { return nil }
        // The head is the first entity or role that nothing name-like continues: "a Kazakhstani China expert"
        // ends in a role, "Farhod Nazarov that Pamir glaciers …" ends at the name.
        var head = start
        while head < end {
            let isHeadEnd = matches.entity(endingAt: head) != nil || matches.role(endingAt: head) != nil
            // A modifier continues into a role: "Chinese customs official", "PRC energy expert"; a relative clause does not
            // ("a senior US official who briefed reporters").
            let continues = (head + 1..<min(end, head + 4)).contains { next in
                matches.role(startingAt: next) != nil && (head + 1..<next).allSatisfy { sentence.isLowercaseWord($0) && !words.relatives.contains(sentence.ids[$0]) }
            } || head + 1 < end && matches.entity(startingAt: head + 1) != nil
                // "South Korea's National Intelligence Service", "Bangkok's planners": the possessor is not the speaker.
                || head + 2 < end && sentence.ids[head + 1] == words.possessive
                    && (matches.entity(startingAt: head + 2) != nil || matches.role(startingAt: head + 2)?.isPlural == true)
                // "Gulf-based diplomats": where the source is based.
                || head + 3 < end && sentence.isPlaceBased(endingAt: head + 2)
            if isHeadEnd, !continues { break }
            head += 1
        }
        // "according to official figures": a role noun that modifies a noun after it is no speaker; a participle after it
        // ("officials quoted by Nikkei Asia") says more about the speakers.
        if head + 1 < end, matches.role(endingAt: head) != nil, matches.entity(endingAt: head) == nil, sentence.isLowercaseWord(head + 1),
           !words.groupBoundaries.contains(sentence.ids[head + 1]), matches.owners[head + 1].verb < 0, !isParticiple(head + 1) {
            return nil
        }
        if head < end { end = institutionEnd(afterState: head, before: end, registry) ?? head + 1 }
        return phrase(endingAt: end, registry: &registry, state: state, depth: 0).map { speaker in
            var speaker = speaker
            speaker.range = min(speaker.range.lowerBound, start)..<speaker.range.upperBound
            return speaker
        }
    }

    /// "the Kazakh government", "Kazakhstan's energy ministry": a state and a noun or two ending in one of its
    /// institutions, which speaks for it. Returns where the institution's noun ends.
    private func institutionEnd(afterState head: Int, before end: Int, _ registry: borrowing EntityRegistry) -> Int? {
        guard let entity = matches.entity(endingAt: head), let id = entity.ref.actorID, registry.kind(ofActor: id) == .state else { return nil }
        var index = head + 1
        if index < end, sentence.ids[index] == words.possessive { index += 1 }
        while index < end, index - head <= 3, sentence.isLowercaseWord(index), matches.owners[index].verb < 0 {
            if Self.institutions.contains(sentence.word(index)) { return index + 1 }
            index += 1
        }
        return nil
    }

    /// "France, Germany and the United Kingdom, known collectively as the E3, said": the parties listed speak under the
    /// name the appositive gives them together.
    private func collectiveName(in appositive: Range<Int>) -> Speaker? {
        guard appositive.count >= 3, sentence.word(appositive.lowerBound) == "known" else { return nil }
        var index = appositive.lowerBound + 1
        while index < appositive.upperBound, sentence.isAdverb(index) { index += 1 }
        guard index + 1 < appositive.upperBound, sentence.word(index) == "as" else { return nil }
        var start = index + 1
        if words.the.contains(sentence.ids[start]) { start += 1 }
        guard let named = matches.entity(startingAt: start), named.range.upperBound == appositive.upperBound, let id = named.ref.actorID
        else { return nil }
        return Speaker(id: id, text: sentence.text(named.range), range: named.range)
    }

    /// A body or state whose name, after any determiners, opens the sentence before `index` and reports something
    /// right after, perhaps past an auxiliary ("The IMF has noted …").
    private func bodyOpeningSentence(before index: Int, _ registry: borrowing EntityRegistry) -> EntityKey? {
        var start = 0
        while start < index, words.determiners.contains(sentence.ids[start]) { start += 1 }
        guard let entity = matches.entity(startingAt: start), entity.range.upperBound < index, let id = entity.ref.actorID,
              ![.person, .group].contains(registry.kind(ofActor: id)),
              let verb = matches.verbs.first(where: { $0.range.lowerBound >= entity.range.upperBound }),
              [.speech, .belief].contains(lexicon.entries.verbs[verb.entry].kind),
              verb.range.lowerBound == entity.range.upperBound
                  || verb.range.lowerBound == entity.range.upperBound + 1 && Self.perfectAuxiliaries.contains(sentence.word(entity.range.upperBound))
        else { return nil }
        return id
    }

    /// "Viktor Orbán's government framed …", "Kassym-Jomart Tokayev's government announced …": a leader's government
    /// speaks for the state the leader serves.
    private func leadersGovernment(endingAt last: Int, _ registry: borrowing EntityRegistry) -> Speaker? {
        guard last >= 2, sentence.ids[last - 1] == words.possessive, Self.governmentNouns.contains(sentence.word(last)),
              let leader = matches.entity(endingAt: last - 2), let person = leader.ref.actorID, registry.kind(ofActor: person) == .person,
              let served = registry.affiliation(ofActor: person), let state = registry.key(ofActor: served),
              registry.kind(ofActor: state) == .state else { return nil }
        var start = leader.range.lowerBound
        if let title = matches.role(endingAt: start - 1) { start = title.range.lowerBound }
        return Speaker(id: state, text: sentence.text(start..<last + 1), range: start..<last + 1)
    }

    private static let governmentNouns: WordSet = ["government", "cabinet"]
    private static let partNouns: WordSet = ["wing", "arm", "branch", "unit"]

    /// The body named last before `index` in the sentence: an organisation, a company, a group or an integration body.
    private func bodyNamedLast(before index: Int, _ registry: inout EntityRegistry) -> EntityKey? {
        let body = entityNamedLast(before: index) { entity in
            switch entity.ref {
            case .actor(let id): [.organization, .company, .group].contains(registry.kind(ofActor: id))
            case .framework(let key): registry.kind(ofFramework: key) == .organization
            }
        }
        switch body?.ref {
        case .actor(let id): return id
        case .framework(let key): return registry.actingBody(key)
        case nil: return nil
        }
    }

    /// The entity named last in the sentence before `index` that `accepts`.
    func entityNamedLast(before index: Int, where accepts: (FoundEntity) -> Bool) -> FoundEntity? {
        matches.entities.filter { $0.range.upperBound <= index && accepts($0) }.max { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The person named right before "of" and a place the lexicon keeps as a place, which ends at `last`.
    private func personFromPlace(endingAt last: Int, _ registry: borrowing EntityRegistry) -> FoundEntity? {
        var start = last
        while start > 0, matches.owners[start - 1].entity == -2 { start -= 1 }
        guard start >= 2, sentence.ids[start - 1] == words.of, let person = matches.entity(endingAt: start - 2),
              let id = person.ref.actorID, registry.kind(ofActor: id) == .person else { return nil }
        return person
    }

    /// The phrase whose last token is `end - 1`.
    func phrase(endingAt end: Int, registry: inout EntityRegistry, state: borrowing ArticleState, depth: Int) -> Speaker? {
        let last = end - 1
        guard last >= 0, depth < 3 else { return nil }
        let id = sentence.ids[last]
        if let government = leadersGovernment(endingAt: last, registry) { return government }
        if Self.partNouns.contains(sentence.word(last)), last >= 1, let body = matches.entity(endingAt: beforeBracketedAcronym(last) - 1),
           let id = body.ref.actorID, [.organization, .company, .group].contains(registry.kind(ofActor: id)) {
            // "The Inter-Services Public Relations (ISPR) wing said": a body's wing or arm speaks for the body.
            return Speaker(id: id, text: sentence.text(body.range.lowerBound..<end), range: body.range.lowerBound..<end)
        }
        if matches.owners[last].entity == -2, let person = personFromPlace(endingAt: last, registry) {
            // "Senator Lindsey Graham of South Carolina told": where a person comes from does not speak; the person does.
            return phrase(endingAt: person.range.upperBound, registry: &registry, state: state, depth: depth + 1)
        }
        if last >= 2, id == words.them, sentence.ids[last - 1] == words.of, Self.partitives.contains(sentence.word(last - 2).lowercased()),
           end == sentence.count || sentence.ids[end] != words.comma || matches.entity(startingAt: end + 1) == nil
               || last >= 4 && sentence.ids[last - 3] == words.to && words.according.contains(sentence.ids[last - 4]) {
            // "“…,” one of them said", "Several of them told this author", "According to one of them, …": the group spoken
            // of last. "One of them, Gao Xuemei, observed" names its speaker after the comma; "One of them, at a
            // university in Beijing, put it bluntly" says where they work.
            return Speaker(id: state.lastGroup?.id, text: sentence.text(last - 2..<end), range: last - 2..<end)
        }
        if words.pronounsSingular.contains(id) || words.pronounsPlural.contains(id), !startsClause(last) { return nil }
        if words.pronounsSingular.contains(id) {
            let wanted = pronounGender(id)
            // "During his visit to Beijing with Xi he pledged …": people named in an opening phrase are not its subject.
            let person = (followsOpeningPlace(last) ? nil : lastPerson(before: last, answering: wanted, registry, state))
                ?? openingRoleHolder(before: last, registry, state)
                ?? state.person(answering: wanted) { gender(of: $0, registry, state) }?.id
            return Speaker(id: person, text: sentence.word(last), range: last..<end)
        }
        // "The IMF noted …, but it cautioned that …": "it" is the body or state that opens the sentence; "The foreign
        // ministry said … . It added that …": else the body or state that spoke last in the paragraph.
        if id == words.it || sentence.word(last) == "It", startsClause(last) {
            if let subject = bodyOpeningSentence(before: last, registry) {
                return Speaker(id: subject, text: sentence.word(last), range: last..<end)
            }
            if let speaker = state.lastSpeaker, ![.person, .group].contains(registry.kind(ofActor: speaker.id)) {
                return Speaker(id: speaker.id, text: sentence.word(last), range: last..<end)
            }
        }
        if words.pronounsPlural.contains(id) || (words.groupStandIns.contains(id) || words.memberStandIns.contains(id)) && startsClause(last),
           createsGroups,
           let role = matches.roles.last(where: { $0.isPlural && $0.range.upperBound <= last && matches.entity(endingAt: $0.range.lowerBound - 1) != nil }),
           let group = group(role: role, registry: &registry), let groupID = group.id {
            // "Uzbek officials have pressed New Delhi …, and they say …": the group named earlier in the sentence; "European
            // diplomats share the worry; one said …": one of them.
            return Speaker(id: groupID, text: sentence.word(last), range: last..<end)
        }
        if words.pronounsPlural.contains(id) || words.groupStandIns.contains(id) && (startsClause(last) || sentence.word(last).lowercased() == "others") {
            return Speaker(id: state.lastGroup?.id, text: sentence.word(last), range: last..<end)
        }
        // "Western diplomats doubt it; one conceded that …", "… while another noted that …": a member of the group spoken
        // of last, which the claim is credited to.
        if words.memberStandIns.contains(id), startsClause(last), let group = state.lastGroup {
            return Speaker(id: group.id, text: sentence.word(last), range: last..<end)
        }
        if id == words.who || id == words.which, last >= 1, sentence.ids[last - 1] == words.comma {
            // "Abdul Ghani Baradar, the Taliban's deputy prime minister …, who told him": the person the appositive describes.
            if id == words.who, let person = personBeforeAppositive(endingAt: last - 1, registry) { return person }
            return phrase(endingAt: last - 1, registry: &registry, state: state, depth: depth + 1)
        }
        if id == words.comma {
            // An appositive between subject and verb: "Levan Abashidze, a transport economist …, told".
            var open = last - 1
            while open > 0, sentence.ids[open] != words.comma || listsPortfolios(open), last - open < 24 { open -= 1 }
            guard open > 0, sentence.ids[open] == words.comma else { return nil }
            // "The Multilateral Sanctions Monitoring Team (MSMT), an 11-nation mechanism launched … by the United States,
            // South Korea, Japan and eight other partners, reported": the appositive opens with "a" or "an" before a list.
            // The comma after an opening phrase opens no appositive: "In a video circulated in September, a JNIM commander,
            // Bina Diarra, warned …".
            if !["a", "an"].contains(sentence.word(open + 1)), matches.entity(startingAt: open + 1) != nil,
               let opening = (max(1, last - 24)..<open).last(where: { sentence.ids[$0] == words.comma && ["a", "an"].contains(sentence.word($0 + 1)) }),
               !closesOpeningPhrase(opening) {
                open = opening
            }
            // "Kazakh officials, drawing on Astana's own accession, which was completed in 2015, caution": a "which" clause
            // describes the aside's last noun, and the aside opens at the comma before it.
            if sentence.ids[open + 1] == words.which, let outer = (max(1, last - 24)..<open).last(where: { sentence.ids[$0] == words.comma }) {
                open = outer
            }
            // "Mahrang Baloch, the leader of the BYC, who was arrested in March, has maintained": the relative clause and
            // the appositive before it both describe the person named first.
            if sentence.ids[open + 1] == words.who, let person = personBeforeAppositive(endingAt: open, registry) { return person }
            // "Richard Marles, who watched Exercise Alon in August, the largest deployment to date, argued": the aside
            // describes what the relative clause named; the person before "who" speaks.
            if let whoComma = (max(1, last - 30)..<open).last(where: { sentence.ids[$0] == words.comma && sentence.ids[$0 + 1] == words.who }),
               let person = matches.entity(endingAt: whoComma - 1), let id = person.ref.actorID, registry.kind(ofActor: id) == .person {
                return Speaker(id: id, text: sentence.text(person.range), range: person.range)
            }
            if let collective = collectiveName(in: open + 1..<last) { return collective }
            if let person = appositivePerson(open + 1..<last, registry) { return person }
            // "The Asia Maritime Transparency Initiative (AMTI), a Washington-based research project, has reported": past
            // the acronym in brackets.
            let beforeComma = beforeBracketedAcronym(open)
            // "European diplomats in Baku, speaking privately, describe …": the place before the appositive goes too.
            let place = sourceBeforePlace(beforeComma, registry)
            if let before = phrase(endingAt: place ?? beforeComma, registry: &registry, state: state, depth: depth + 1) {
                // "Daniyar Kuanyshev, director of the Qazaq Policy Lab, an Astana think tank, argued": the second appositive
                // describes the body inside the first, and the person named first speaks. So does "Jean-Baptiste Kalume, a
                // researcher at Ebuteli, a Kinshasa-based institute, noted", where the body is unknown and the first
                // appositive reads as the group its role names.
                if let body = before.id, let person = personBeforeAppositive(endingAt: open, registry) {
                    switch registry.kind(ofActor: body) {
                    case .organization, .company, .media:
                        if matches.roles.contains(where: { $0.range.lowerBound > person.range.upperBound && $0.range.upperBound <= before.range.lowerBound }) {
                            return person
                        }
                    case .group where before.range.lowerBound > person.range.upperBound:
                        return person
                    default:
                        break
                    }
                }
                if let place { learn(place..<beforeComma, for: before, &registry) }
                return before
            }
            // "The national railway, Kazakhstan Temir Zholy (KTZ), said": a description names no one; the name after it
            // does.
            if let named = matches.entity(endingAt: beforeBracketedAcronym(last) - 1), named.range.lowerBound == open + 1,
               let id = named.ref.actorID {
                return Speaker(id: id, text: sentence.text(named.range), range: named.range)
            }
            // "One of them, Bobur Alimov of the investment ministry, said": a partitive names no one; the name does.
            return namedPerson(leading: open + 1..<last, registry)
        }
        if let document = matches.entity(endingAt: last), document.ref.actorID == nil, document.range.lowerBound >= 2,
           sentence.ids[document.range.lowerBound - 1] == words.possessive,
           let owner = matches.entity(endingAt: document.range.lowerBound - 2), let ownerID = owner.ref.actorID {
            // "The Pentagon's Arctic Strategy warned that …": a named text speaks for whoever it belongs to.
            return Speaker(id: ownerID, text: sentence.text(owner.range.lowerBound..<end), range: owner.range.lowerBound..<end)
        }
        if let body = bodyBeforeVenue(endingAt: last, registry) {
            // "The EU Chamber of Commerce in China noted …": the body speaks; where it sits is part of how it is named.
            return Speaker(id: body.id, text: sentence.text(body.start..<end), range: body.start..<end)
        }
        if let body = matches.entity(endingAt: last), case .framework(let key) = body.ref, registry.kind(ofFramework: key) == .organization {
            // "NATO warned that …", "The Gulf Cooperation Council condemned …": an integration body speaks as an actor.
            return Speaker(id: registry.actingBody(key), text: sentence.text(body.range), range: body.range)
        }
        if let entity = matches.entity(endingAt: last), let actorID = entity.ref.actorID {
            // "The Chamber of Commerce and Industry of Kyrgyzstan warned": the state closes the body's name; the body speaks.
            if entity.range.lowerBound >= 2, sentence.ids[entity.range.lowerBound - 1] == words.of, registry.kind(ofActor: actorID) == .state,
               let body = matches.entity(endingAt: entity.range.lowerBound - 2), let bodyID = body.ref.actorID,
               [.organization, .company].contains(registry.kind(ofActor: bodyID)) {
                return Speaker(id: bodyID, text: sentence.text(body.range.lowerBound..<end), range: body.range.lowerBound..<end)
            }
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
        if last >= 1, sentence.isLowercaseWord(last) || sentence.tokens[last].isCapitalised && matches.owners[last].entity == -1,
           words.the.contains(sentence.ids[last - 1]), let organisation = organisation(named: sentence.word(last).lowercased(), before: last - 1, registry, state) {
            // "The ministry said in a statement …" after "the Tajik Foreign Ministry summoned …"; "the Commission said"
            // after "the European Commission".
            return Speaker(id: organisation, text: sentence.text(last - 1..<end), range: last - 1..<end)
        }
        if sentence.isLowercaseWord(last), Self.documentNouns.contains(sentence.word(last)), let source = documentSource(before: last, registry) {
            return source
        }
        // "A senior official in the presidential administration insisted": the official speaks, not the institution.
        if sentence.isLowercaseWord(last), Self.institutions.contains(sentence.word(last)), roleBeforeModifier(endingAt: last) == nil,
           let owner = unnamedOwner(of: last, registry, state) {
            // "its foreign ministry said", "the foreign ministry summoned …": the state the text is talking about.
            return Speaker(id: owner.id, text: sentence.text(owner.start..<end), range: owner.start..<end)
        }
        if last >= 2, sentence.word(last) == "office", sentence.ids[last - 1] == words.possessive, matches.role(endingAt: last - 2) != nil,
           var holder = phrase(endingAt: last - 1, registry: &registry, state: state, depth: depth + 1) {
            // "The prime minister's office said": the office speaks for whoever holds the role.
            holder.range = holder.range.lowerBound..<end
            holder.text = sentence.text(holder.range)
            return holder
        }
        if let role = matches.role(endingAt: last), role.isPlural, role.range.lowerBound >= 1, sentence.word(role.range.lowerBound - 1).lowercased() == "its",
           let body = bodyNamedLast(before: role.range.lowerBound - 1, &registry) {
            // "The High Islamic Council of Mali brokered contacts, and its leaders said …": the body speaks through them.
            return Speaker(id: body, text: sentence.text(role.range.lowerBound - 1..<end), range: role.range.lowerBound - 1..<end)
        }
        if let role = matches.role(endingAt: last) {
            if let person = personHolding(role, state) ?? stateLeader(role, registry, state) { return person }
            if let named = groupNamedBefore(role, state, registry) { return named }
            return createsGroups ? group(role: role, registry: &registry, homeState: state.mainState, lastGroup: state.lastGroup) : nil
        }
        if createsGroups, sentence.isLowercaseWord(last), !words.auxiliaries.contains(id), matches.owners[last].verb < 0, namesSources(last),
           let entity = matches.entity(endingAt: last - 1), let actorID = entity.ref.actorID,
           [.state, .bloc].contains(registry.kind(ofActor: actorID)) {
            // "One recent PRC analysis points to …": an unnamed source from a state speaks as a group.
            return group(head: last..<end, registry: &registry)
        }
        if let head = roleBeforeModifier(endingAt: last) {
            // "A Tajik engineer on the site", "Western bankers involved in the Rogun talks": the role is the head.
            return phrase(endingAt: head, registry: &registry, state: state, depth: depth + 1)
        }
        return nil
    }
}
