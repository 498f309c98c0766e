import DossierModel

// Speakers named by an institution: "the Georgian government", "its foreign ministry", "the ministry" after a
// named one, "World Bank data".
extension SpeakerResolver {
    /// Institution nouns that name an organisation met earlier when written with "the": "the ministry", "the bank".
    static let organisationNouns: WordSet = [
        "ministry", "agency", "commission", "bank", "fund", "council", "court", "committee", "office", "company", "corporation",
        "navy", "army", "embassy", "secretariat", "parliament", "institute", "party", "authority", "service",
        "association", "foundation", "federation", "university", "academy", "chamber", "board", "bureau", "consortium",
        "centre", "center", "department", "assembly", "senate", "inspectorate",
    ]

    static let companyNouns: WordSet = ["company", "firm", "operator", "giant", "monopoly", "utility", "corporation", "carrier", "airline"]

    static let bodyNouns: WordSet = ["group", "militia", "movement", "organisation", "organization"]

    /// For an institution written with "its" or "the" and at most two lower-case words ("its foreign ministry"), the
    /// state named last: earlier in this sentence, else before it.
    func unnamedOwner(of noun: Int, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState) -> (id: EntityKey, start: Int)? {
        var index = noun - 1
        while index >= 0, noun - index <= 2, sentence.isLowercaseWord(index), !Self.ownerWords.contains(sentence.word(index)) { index -= 1 }
        // "the country's energy ministry": the country is the state named last.
        if index >= 2, sentence.ids[index] == words.possessive, ["country", "nation"].contains(sentence.word(index - 1)),
           words.the.contains(sentence.ids[index - 2]) {
            index -= 2
        }
        guard index >= 0, Self.ownerWords.contains(sentence.word(index)) else { return nil }
        let earlier = matches.entities.filter { entity in
            entity.range.upperBound <= index && entity.ref.actorID.flatMap { registry.kind(ofActor: $0) } == .state
        }.max { $0.range.lowerBound < $1.range.lowerBound }?.ref.actorID
        guard let id = earlier ?? state.lastState else { return nil }
        return (id, index)
    }

    static let ownerWords: WordSet = ["its", "Its", "the", "The"]

    /// The organisation mentioned last, earlier in the sentence or before it, whose name has `noun` as a word: "the
    /// ministry" → "Tajik Foreign Ministry".
    func organisation(named noun: String, before index: Int, _ registry: borrowing EntityRegistry, _ state: borrowing ArticleState) -> EntityKey? {
        // "Gazprom cut supplies … the company said": a company's noun points back to the company mentioned last, in this
        // sentence ("an order by Uzbekistan Airways, which the carrier said …") or before it.
        if Self.companyNouns.contains(noun) {
            let here = entityNamedLast(before: index) { $0.ref.actorID.map { registry.kind(ofActor: $0) == .company } == true }
            if let company = here?.ref.actorID ?? state.recentOrganisations.last(where: { registry.kind(ofActor: $0) == .company }) { return company }
        }
        // "The Arakan Army … the group denied": a noun for an armed or political body points back to the body named last.
        if Self.bodyNouns.contains(noun), let body = state.recentOrganisations.last(where: { [.organization, .group].contains(registry.kind(ofActor: $0)) }) {
            return body
        }
        guard Self.organisationNouns.contains(noun) else { return nil }
        // "joined the Indian Navy on 1 July; the navy said …": this sentence's names are not remembered yet.
        var nearest: FoundEntity?
        for entity in matches.entities where entity.range.upperBound <= index && entity.range.lowerBound > nearest?.range.lowerBound ?? -1 {
            if let id = entity.ref.actorID, [.organization, .company].contains(registry.kind(ofActor: id)), Self.name(of: id, has: noun, registry) {
                nearest = entity
            }
        }
        if let named = nearest?.ref.actorID ?? state.recentOrganisations.last(where: { Self.name(of: $0, has: noun, registry) }) { return named }
        // "A China Coast Guard formation sailed …, in what the agency described as …": "the agency" is the body this
        // sentence named, whatever its name.
        guard noun == "agency" else { return nil }
        return entityNamedLast(before: index) { $0.ref.actorID.map { registry.kind(ofActor: $0) == .organization } == true }?.ref.actorID
    }

    private static func name(of organisation: EntityKey, has noun: String, _ registry: borrowing EntityRegistry) -> Bool {
        registry.name(ofActor: organisation).split(separator: " ").contains { $0.lowercased() == noun }
    }

    /// A noun that can stand for people or their output after a state's name: "PRC analysis", "Kazakh nationalists",
    /// "Russian press"; not a verb like "Beijing controls" or "Mongolia likes".
    func namesSources(_ index: Int) -> Bool {
        let word = sentence.word(index)
        return Self.documentNouns.contains(word) || Self.sourceNouns.contains(word)
            || ["ers", "ors", "ists", "ians", "ants", "ents"].contains { word.hasSuffix($0) && word.count > 5 }
    }

    static let sourceNouns: WordSet = [
        "press", "media", "elite", "elites", "establishment", "public", "circles", "sources", "voices", "camp", "commentary",
        "leadership", "hawks", "outlets", "academia", "television", "newspapers", "intelligence", "military", "police",
        "channels", "cable", "cables", "diplomacy", "statement",
    ]

    /// What a source publishes: "World Bank data show …", "the IMF's latest estimates suggest …".
    /// The documents a government issues in its own voice, which speak for it whoever wrote them.
    private static let officialTexts: WordSet = ["readout", "statement", "communiqué", "communique", "letter", "account"]

    static let documentNouns: WordSet = [
        "data", "figures", "statistics", "estimates", "report", "study", "survey", "analysis", "assessment", "projections",
        "account", "readout", "statement", "communiqué", "communique", "letter",
    ]

    /// "A World Bank study released in November 2023 estimated …": where a document's publishing participle opens a short
    /// phrase that ends at the verb, the subject ends before it.
    func publishedDocumentEnd(before verbStart: Int) -> Int? {
        var index = verbStart - 1
        while index > 1, verbStart - index <= 12 {
            // Every participle listed ends in "-ed": the bytes say so before a word is built.
            if sentence.endsWith(index, "ed"), Self.publishingParticiples.contains(sentence.word(index)) {
                return Self.documentNouns.contains(sentence.word(index - 1)) ? index : nil
            }
            guard sentence.ids[index] != words.comma, matches.owners[index].verb < 0 else { return nil }
            index -= 1
        }
        return nil
    }

    static let publishingParticiples: WordSet = ["released", "published", "issued", "circulated", "commissioned", "presented"]

    /// The body after "by" that published the document whose participle stands at `participle`: "Preliminary figures
    /// released by the Central Election Commission (CEC) on 1 December put turnout at …".
    func publisher(afterParticiple participle: Int, _ registry: borrowing EntityRegistry) -> Speaker? {
        guard participle + 2 < sentence.count, sentence.word(participle + 1) == "by" else { return nil }
        let start = words.the.contains(sentence.ids[participle + 2]) && matches.entity(startingAt: participle + 2) == nil ? participle + 3 : participle + 2
        guard var body = matches.entity(startingAt: start) else { return nil }
        // "published by Kazakhstan's Ministry of Transport": the owner's body.
        if body.range.upperBound + 1 < sentence.count, sentence.ids[body.range.upperBound] == words.possessive,
           let owned = matches.entity(startingAt: body.range.upperBound + 1) {
            body = owned
        }
        guard let id = body.ref.actorID, [.organization, .company, .media, .state, .bloc].contains(registry.kind(ofActor: id)) else { return nil }
        return Speaker(id: id, text: sentence.text(start..<body.range.upperBound), range: start..<body.range.upperBound)
    }

    /// The organisation right before a document noun, perhaps with a possessive and adjectives between: "World Bank
    /// data", "the IMF's latest estimates". A state's document ("One recent PRC analysis") speaks for a group instead.
    func documentSource(before noun: Int, _ registry: borrowing EntityRegistry) -> Speaker? {
        var index = noun - 1
        while index >= 0, noun - index <= 3, sentence.ids[index] != words.possessive, sentence.isLowercaseWord(index), matches.owners[index].verb < 0 {
            index -= 1
        }
        let possessive = index >= 0 && sentence.ids[index] == words.possessive
        if possessive { index -= 1 }
        // "Dhaka's account stressed …", "the E3's joint statement insisted …", "The Chinese readout said …": a state's or a
        // bloc's own account speaks for it; a state's bare name before other documents ("Kazakh data") only says where
        // the figures come from.
        let ownText = possessive || Self.officialTexts.contains(sentence.word(noun))
        guard let entity = matches.entity(endingAt: index), let id = entity.ref.actorID,
              [.organization, .company, .media].contains(registry.kind(ofActor: id)) || ownText && [.state, .bloc].contains(registry.kind(ofActor: id))
        else { return nil }
        return Speaker(id: id, text: sentence.text(entity.range.lowerBound..<noun + 1), range: entity.range.lowerBound..<noun + 1)
    }

    /// An organisation named before "in" and capitalised words no rule kept as a mention (`NameFinder.dropVenues`): "the
    /// EU Chamber of Commerce in China".
    func bodyBeforeVenue(endingAt last: Int, _ registry: borrowing EntityRegistry) -> (id: EntityKey, start: Int)? {
        var preposition = last
        // "in China": a state named as the venue is a mention of its own, which the body's name reaches past.
        if let state = matches.entity(endingAt: last), let id = state.ref.actorID, registry.kind(ofActor: id) == .state {
            preposition = state.range.lowerBound - 1
        }
        while preposition > 0, last - preposition < 4, sentence.tokens[preposition].isCapitalised, matches.owners[preposition].entity == -1 {
            preposition -= 1
        }
        guard preposition < last, preposition >= 1, sentence.word(preposition) == "in" else { return nil }
        // "the Department of Foreign Affairs (DFA) in Manila": past the acronym in brackets.
        let nameEnd = preposition >= 4 && sentence.ids[preposition - 1] == words.closeParen && sentence.ids[preposition - 3] == words.openParen
            ? preposition - 4 : preposition - 1
        guard let body = matches.entity(endingAt: nameEnd), let id = body.ref.actorID,
              [.organization, .company, .media].contains(registry.kind(ofActor: id)) else { return nil }
        return (id, body.range.lowerBound)
    }

    /// Nouns for a state's institutions: "the Georgian government said" is Georgia speaking.
    static let institutions: WordSet = [
        "government", "governments", "authorities", "ministry", "administration", "leadership", "cabinet", "presidency",
        "parliament", "state", "regime", "junta", "side", "office",
    ]

    /// The state whose institution a noun names, from up to two words before it ("the Georgian economy ministry").
    func institutionOwner(_ noun: Int) -> (id: EntityKey, start: Int)? {
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
}
