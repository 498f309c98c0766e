import DossierModel

// Deals the text describes in lower case instead of naming them: "Gazprom and the Uzbek government signed a two-year
// supply agreement", "Brussels signed a memorandum of understanding on energy with Baku". Analysts count these as
// frameworks as much as the named ones; a bare "signed an agreement" says too little to be one.
extension NameFinder {
    /// After a verb whose lexicon entry says `object=framework`: a determiner, lower-case modifiers and an instrument
    /// noun, with an optional "of understanding" and "on …" topic. The parties are the verb's subject and a "with …"
    /// partner; without one the deal could not be told from another article's, so it is left alone.
    func findDescribedInstruments(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) {
        for verb in matches.verbs where lexicon.entries.verbs[verb.entry].objectIsFramework {
            let opening = verb.range.upperBound
            guard opening + 1 < sentence.count, words.instrumentDeterminers.contains(sentence.ids[opening]),
                  let phrase = instrumentPhrase(from: opening + 1, sentence, matches) else { continue }
            let parties = subjectParties(before: verb.range.lowerBound, sentence, matches, &registry, state)
            describe(phrase, parties: parties, sentence, &matches, &registry)
        }
        // "raised relations to a special strategic partnership", "upgraded their ties to a comprehensive strategic
        // partnership": the partnership is the object of whatever verb comes first.
        for index in 1..<max(1, sentence.count - 3) where words.relationNouns.contains(sentence.ids[index]) && sentence.ids[index + 1] == words.to {
            guard words.instrumentDeterminers.contains(sentence.ids[index + 2]), let phrase = instrumentPhrase(from: index + 3, sentence, matches),
                  sentence.word(phrase.written.upperBound - 1) == "partnership" else { continue }
            var verb = index - 1
            if verb > 0, words.possessivePronouns.contains(sentence.ids[verb]) || sentence.word(verb) == "bilateral" { verb -= 1 }
            describe(phrase, parties: subjectParties(before: verb, sentence, matches, &registry, state), sentence, &matches, &registry)
        }
        findDealsNamedAfterTheirParties(sentence, &matches, &registry, state)
    }

    /// "the free trade agreement between Iran and the EAEU", "the transit agreement that Gazprom and Naftogaz signed",
    /// "a memorandum signed by Baku and Tashkent": the parties come after the description.
    private func findDealsNamedAfterTheirParties(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) {
        guard sentence.ids.contains(where: { words.instrumentNouns.contains($0) }) else { return }
        for head in 1..<sentence.count where words.instrumentNouns.contains(sentence.ids[head]) && matches.entityAt[head] == -1 {
            guard let opening = (max(0, head - 7)..<head).last(where: { words.instrumentDeterminers.contains(sentence.ids[$0]) }),
                  let phrase = instrumentPhrase(from: opening + 1, sentence, matches), phrase.written.upperBound - 1 >= head else { continue }
            var parties = partiesAfter(phrase.end, sentence, matches, registry)
            // "signed an Acquisition and Cross-Servicing Agreement and an information security pact": a second object of
            // a verb that concludes deals shares its subject.
            if parties.count < 2, opening >= 1, sentence.ids[opening - 1] == words.and || sentence.ids[opening - 1] == words.comma,
               let verb = matches.verbs.last(where: { $0.range.upperBound <= opening && opening - $0.range.upperBound <= 16
                   && lexicon.entries.verbs[$0.entry].objectIsFramework }) {
                parties = subjectParties(before: verb.range.lowerBound, sentence, matches, &registry, state)
                guard !parties.isEmpty else { continue }
            } else if parties.count < 2 {
                continue
            }
            describe(phrase, parties: parties, sentence, &matches, &registry)
        }
    }

    /// The actors of "between X and Y", "that X and Y signed" or "(was) signed by X and Y" right after a description.
    private func partiesAfter(_ end: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> [EntityID] {
        guard end + 1 < sentence.count else { return [] }
        var start = end
        switch sentence.word(end) {
        case "between":
            start = end + 1
        case "that":
            let listed = actorList(from: end + 1, sentence, matches, registry)
            guard listed.end < sentence.count, let verb = matches.verbs.first(where: { $0.range.lowerBound == listed.end }),
                  lexicon.entries.verbs[verb.entry].objectIsFramework else { return [] }
            return listed.actors
        default:
            if words.passiveAuxiliaries.contains(sentence.ids[start]) { start += 1 }
            guard start + 1 < sentence.count, let verb = matches.verbs.first(where: { $0.range.lowerBound == start }),
                  lexicon.entries.verbs[verb.entry].objectIsFramework, sentence.ids[verb.range.upperBound] == words.by else { return [] }
            start = verb.range.upperBound + 1
        }
        return actorList(from: start, sentence, matches, registry).actors
    }

    /// "Iran and the EAEU", "Gazprom and Ukraine's Naftogaz": the actors of a short list, and where it ends.
    private func actorList(
        from start: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry
    ) -> (actors: [EntityID], end: Int) {
        var actors: [EntityID] = []
        var index = start
        while index < sentence.count, actors.count < 5 {
            if words.the.contains(sentence.ids[index]) { index += 1; continue }
            // An integration organisation is a party too: "between Iran and the Eurasian Economic Union".
            guard let entity = matches.entity(startingAt: index),
                  let id = entity.ref.actorID ?? entity.ref.frameworkID.flatMap({ registry.framework($0)?.kind == .organization ? $0 : nil })
            else { break }
            index = entity.range.upperBound
            if index + 1 < sentence.count, sentence.ids[index] == words.possessive, let owned = matches.entity(startingAt: index + 1),
               let ownedID = owned.ref.actorID {
                actors.append(ownedID)  // "Ukraine's Naftogaz" is Naftogaz
                index = owned.range.upperBound
            } else {
                actors.append(id)
            }
            guard index < sentence.count, sentence.ids[index] == words.comma || sentence.ids[index] == words.and else { break }
            index += 1
            if index < sentence.count, sentence.ids[index] == words.and { index += 1 }
        }
        return (actors, index)
    }

    /// Makes a framework of a described deal, named by its parties and a "with" partner after the description.
    private func describe(
        _ phrase: InstrumentPhrase, parties: [EntityID], _ sentence: SentenceTokens, _ matches: inout SentenceMatches,
        _ registry: inout EntityRegistry
    ) {
        if namesFollow(phrase.end, sentence, matches) { return }  // "set up a public fund, Kazakhstan Khalkyna"
        guard phrase.written.allSatisfy({ matches.entityAt[$0] == -1 }) else { return }
        var parties = parties
        var end = phrase.end
        if let partner = partner(after: end, sentence, matches, registry) {
            parties.append(partner.id)
            end = partner.end
        }
        var topic = phrase.topic
        if topic == nil, let later = topicPhrase(from: end, sentence, matches) {
            topic = later  // "a memorandum with Kazakhstan on raw materials"
        }
        // A bare "agreement" needs a topic of some substance: "on critical-mineral supply chains", not "on the project".
        guard phrase.hasContent || topic.map({ $0.contentWords >= 2 }) == true else { return }
        var seen = Set<EntityID>()
        let names = parties.filter { seen.insert($0).inserted }.compactMap { partyName($0, registry) }
        guard !names.isEmpty else { return }
        let description = sentence.text(phrase.core) + (topic.map { " " + sentence.text($0.range) } ?? "")
        // "held a tripartite summit in Asmara": a meeting goes by where it was held.
        let venue = phrase.kind == .summit ? venue(after: end, sentence, matches) : nil
        let id = registry.discoverFramework(name: venue.map { $0 + " " + description } ?? names.joined(separator: "\u{2013}") + " " + description,
                                            kind: phrase.kind)
        let written = sentence.text(phrase.written)
        for alias in [description, written, sentence.text(phrase.core)] { registry.learn(alias, for: .framework(id)) }
        let range = phrase.written.lowerBound..<(phrase.topic?.range ?? phrase.written).upperBound
        matches.add(FoundEntity(range: range, ref: .framework(id), rule: "framework-description"))
    }

    /// "a public fund, Kazakhstan Khalkyna (…)", "a new mechanism, the Caspian Transit Council,": an appositive after a
    /// description names the framework, whatever its last word.
    func findAppositiveNames(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for comma in 2..<max(2, sentence.count - 1) where sentence.ids[comma] == words.comma
            && words.describedInstrumentNouns.contains(sentence.ids[comma - 1])
            && (sentence.tokens[comma + 1].isCapitalised || words.the.contains(sentence.ids[comma + 1])) {
            guard let kind = HeadNouns.describedInstruments[sentence.word(comma - 1)],
                  let name = appositiveName(after: comma, sentence, matches), name.contains(where: { matches.isFree($0) }) else { continue }
            var opening = comma - 2
            while opening > comma - 7, opening > 0, sentence.isLowercaseWord(opening), !words.determiners.contains(sentence.ids[opening]),
                  !words.groupBoundaries.contains(sentence.ids[opening]) {
                opening -= 1
            }
            guard ["a", "an"].contains(sentence.word(opening)) else { continue }
            for entity in matches.entities where entity.range.overlaps(name) { matches.remove(entity) }
            let id = registry.discoverFramework(name: sentence.text(name), kind: kind)
            matches.add(FoundEntity(range: name, ref: .framework(id), rule: "framework-appositive"))
        }
    }

    /// Capitalised words after a comma (and an article), with the dashes and hyphens that join them.
    private func appositiveName(after comma: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Range<Int>? {
        var start = comma + 1
        if start < sentence.count, words.the.contains(sentence.ids[start]) { start += 1 }
        guard start < sentence.count, sentence.tokens[start].isCapitalised, !words.capitalisedFunctionWords.contains(sentence.ids[start]) else { return nil }
        var end = start
        while end < sentence.count, end - start < 8 {
            let joins = (sentence.ids[end] == words.hyphen || sentence.ids[end] == words.enDash) && end + 1 < sentence.count
                && sentence.touches(end - 1, end) && sentence.touches(end, end + 1)
            guard sentence.tokens[end].isCapitalised && sentence.tokens[end].isWord || joins else { break }
            end += 1
        }
        return start..<end
    }

    /// Whether a name stands in apposition right after a description, which then only says what the name is.
    private func namesFollow(_ end: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        guard end < sentence.count, sentence.ids[end] == words.comma, let name = appositiveName(after: end, sentence, matches) else { return false }
        return matches.entity(startingAt: name.lowerBound) != nil
    }

    /// Laws and policies the text describes: "Russia's foreign agent law", "the Kyrgyz foreign representatives law",
    /// "Indonesia's nickel ore export ban", "Kazakhstan's multi-vector foreign policy" (a state's possessive or demonym
    /// and at least two modifiers), and "a law on the return of illegally acquired assets" (a topic
    /// of two words or more, named after a state earlier in the sentence or the article, when there is one, so one
    /// country's law is not another's).
    func findDescribedLaws(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) {
        for index in 1..<sentence.count where words.statePolicyNouns.contains(sentence.ids[index]) && matches.isFree(index) {
            if sentence.ids[index] == words.law, let topic = topicPhrase(from: index + 1, sentence, matches), topic.contentWords >= 2,
               words.instrumentDeterminers.contains(sentence.ids[index - 1]) {
                let earlier = matches.entities.last { $0.range.upperBound <= index && $0.ref.actorID.flatMap(registry.kind(ofActor:)) == .state }
                let owner = (earlier?.ref.actorID ?? state.lastState).flatMap { registry.actor($0)?.name }
                let written = sentence.text(index..<topic.range.upperBound)
                let id = registry.discoverFramework(name: owner.map { $0 + "'s " + written } ?? written, kind: .initiative)
                registry.learn(written, for: .framework(id))
                matches.add(FoundEntity(range: index..<topic.range.upperBound, ref: .framework(id), rule: "framework-description"))
                continue
            }
            var start = index
            var modifiers = 0
            while start > 0, index - start < 6, matches.entityAt[start - 1] == -1 {
                if sentence.isLowercaseWord(start - 1), !words.groupBoundaries.contains(sentence.ids[start - 1]),
                   !words.determiners.contains(sentence.ids[start - 1]) {
                    modifiers += 1
                } else if !(sentence.ids[start - 1] == words.hyphen && start >= 2 && sentence.touches(start - 2, start - 1)
                            && sentence.touches(start - 1, start)) {
                    break  // "multi-vector": a hyphen joins two modifiers into one
                }
                start -= 1
            }
            guard modifiers >= 2, sentence.isLowercaseWord(start) else { continue }
            var ownerEnd = start
            if ownerEnd >= 2, sentence.ids[ownerEnd - 1] == words.possessive { ownerEnd -= 1 }
            guard let owner = matches.entity(endingAt: ownerEnd - 1), let id = owner.ref.actorID, registry.kind(ofActor: id) == .state,
                  ownerEnd < start || owner.rule == "demonym", let ownerName = registry.actor(id)?.name else { continue }
            let written = sentence.text(start..<index + 1)
            let kind: Framework.Kind = sentence.ids[index] == words.law || sentence.word(index) == "ban" ? .initiative : .concept
            let framework = registry.discoverFramework(name: ownerName + "'s " + written, kind: kind)
            registry.learn(written, for: .framework(framework))
            matches.add(FoundEntity(range: start..<index + 1, ref: .framework(framework), rule: "framework-description"))
        }
    }

    /// "its 19th sanctions package", "the 14th package of sanctions": the EU numbers its rounds of sanctions, and each is
    /// a framework of its own.
    func findNumberedSanctionsPackages(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState
    ) {
        // Only a token that opens with a digit and ends with a letter is looked at as a string: this runs on every token.
        for index in 0..<max(0, sentence.count - 1) where (Bytes.isDigit(sentence.bytes[sentence.tokens[index].start])
            && Bytes.isLower(sentence.bytes[sentence.tokens[index].end - 1]) || sentence.isLowercaseWord(index))
            && matches.isFree(index) && Self.isOrdinalNumber(sentence.word(index)) {
            let length: Int
            if sentence.word(index + 1) == "sanctions", index + 2 < sentence.count, sentence.word(index + 2) == "package" {
                length = 3
            } else if sentence.word(index + 1) == "package", index + 3 < sentence.count, sentence.word(index + 2) == "of",
                      sentence.word(index + 3) == "sanctions" {
                length = 4
            } else if sentence.word(index + 1) == "package", state.numbersSanctionsPackages {
                length = 2  // "the 17th package", once the article has said what its packages are
            } else {
                continue
            }
            let range = index..<index + length
            guard range.allSatisfy({ matches.isFree($0) }) else { continue }
            state.numbersSanctionsPackages = true
            let id = registry.discoverFramework(name: sentence.word(index) + " sanctions package", kind: .initiative)
            registry.learn(sentence.text(range), for: .framework(id))
            matches.add(FoundEntity(range: range, ref: .framework(id), rule: "framework-description"))
        }
    }

    /// "19th", "1st", "22nd": digits and an ordinal suffix.
    private static func isOrdinalNumber(_ word: String) -> Bool {
        if ordinalWords.contains(word) { return true }  // "the tenth sanctions package"
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(word.dropFirst(digits.count))
    }

    struct InstrumentPhrase {
        /// The modifiers and the noun as written: "two-year supply agreement".
        var written: Range<Int>
        /// The same without the modifiers that tell nothing about the deal: "supply agreement".
        var core: Range<Int>
        var topic: Topic?
        /// Whether a modifier or "of understanding" says what kind of deal it is.
        var hasContent: Bool
        var kind: Framework.Kind
        /// Where the words after the deal start.
        var end: Int { (topic?.range ?? written).upperBound }
    }

    /// Lower-case words ending in an instrument noun: "open skies agreement", "migration and mobility agreement",
    /// "memorandum of understanding on energy".
    func instrumentPhrase(from start: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> InstrumentPhrase? {
        var index = start
        var head: (index: Int, kind: Framework.Kind)?
        while index < sentence.count, index - start < 7, matches.entityAt[index] == -1 {
            let id = sentence.ids[index]
            if sentence.isLowercaseWord(index), !words.groupBoundaries.contains(id) || id == words.and {
                if let kind = HeadNouns.describedInstruments[sentence.word(index)] {
                    head = (index, kind)
                } else if head != nil {
                    break  // "a swap deal", "a partnership agreement": nouns in a row, the last one the head
                }
            } else if head != nil || !isWordJoint(index, sentence) && !sentence.tokens[index].isNumber {
                break  // a year may date the deal: "the 2001 security cooperation agreement"
            }
            index += 1
        }
        guard let head, sentence.ids[start] != words.and, head.index == start || sentence.ids[head.index - 1] != words.and,
              // "a far thinner treaty", "a much broader deal": a comparison, not a description of one deal.
              !(start..<head.index).contains(where: { Self.degreeWords.contains(sentence.word($0)) }) else { return nil }
        var coreStart = start
        while coreStart < head.index, isUninformative(coreStart, sentence) { coreStart += 1 }
        var written = start..<head.index + 1
        var hasContent = coreStart < head.index
        if sentence.word(head.index) == "memorandum", head.index + 2 < sentence.count, sentence.word(head.index + 1) == "of",
           sentence.word(head.index + 2) == "understanding" {
            written = start..<head.index + 3
            hasContent = true
        }
        let core = coreStart..<written.upperBound
        return InstrumentPhrase(written: written, core: core, topic: topicPhrase(from: written.upperBound, sentence, matches),
                                hasContent: hasContent, kind: head.kind)
    }

    /// "on energy", "on raw materials, batteries and renewable hydrogen": what the deal is about, in lower case.
    func topicPhrase(from start: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Topic? {
        guard start + 1 < sentence.count, sentence.word(start) == "on" else { return nil }
        var index = start + 1
        var last = -1
        var contentWords = 0
        while index < sentence.count, index - start < 12, matches.entityAt[index] == -1 {
            let id = sentence.ids[index]
            // "a law on the registration of foreign donors followed": the clause's verb ends the topic.
            if matches.verbAt[index] >= 0 || Self.commonVerbs.contains(sentence.word(index)) { break }
            if sentence.isLowercaseWord(index), !words.groupBoundaries.contains(id) || Self.topicJoiners.contains(sentence.word(index)) {
                if !Self.topicJoiners.contains(sentence.word(index)), !words.determiners.contains(id) {
                    last = index
                    contentWords += 1
                }
            } else if !(id == words.comma && continuesList(after: index, sentence)) && !isWordJoint(index, sentence) {
                break
            }
            index += 1
        }
        return last > start ? Topic(range: start..<last + 1, contentWords: contentWords) : nil
    }

    /// Whether a comma carries a list on ("raw materials, batteries and renewable hydrogen") rather than closing the
    /// phrase ("assets, signed in July"): within a few lower-case words, another comma or an "and".
    private func continuesList(after comma: Int, _ sentence: SentenceTokens) -> Bool {
        var index = comma + 1
        while index < sentence.count, index - comma <= 4, sentence.isLowercaseWord(index) {
            if sentence.ids[index] == words.and { return index > comma + 1 }
            index += 1
        }
        return index < sentence.count && sentence.ids[index] == words.comma && index > comma + 1
    }

    struct Topic {
        var range: Range<Int>
        /// "on the project" says less than "on critical-mineral supply chains".
        var contentWords: Int
    }

    /// The actors of the verb's subject ("Kazakhstan and Uzbekistan signed"), a person standing for the state they serve.
    func subjectParties(
        before verb: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: inout EntityRegistry,
        _ state: borrowing ArticleState
    ) -> [EntityID] {
        var resolver = SpeakerResolver(lexicon: lexicon, sentence: sentence, matches: matches)
        resolver.createsGroups = false
        guard let subject = resolver.subject(before: verb, registry: &registry, state: state)?.id else { return [] }
        return matches.actorsListed(endingBefore: verb, last: subject, sentence, words)
    }

    /// "in Asmara", "at Camp David": where a meeting was held, a capital or a place the lexicon knows, as written.
    private func venue(after index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> String? {
        guard index + 1 < sentence.count, ["in", "at"].contains(sentence.word(index)) else { return nil }
        if let capital = matches.entity(startingAt: index + 1), capital.rule == "capital" { return sentence.text(capital.range) }
        var end = index + 1
        while end < sentence.count, matches.entityAt[end] == -2 { end += 1 }
        return end > index + 1 ? sentence.text(index + 1..<end) : nil
    }

    /// "with Baku", "with the European Union": the other party, and where its name ends.
    func partner(after index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> (id: EntityID, end: Int)? {
        guard index + 1 < sentence.count, sentence.word(index) == "with" else { return nil }
        let start = words.the.contains(sentence.ids[index + 1]) ? index + 2 : index + 1
        guard let entity = matches.entity(startingAt: start), let id = entity.ref.actorID else { return nil }
        return (id, entity.range.upperBound)
    }

    /// How a party appears in the deal's name: a state or body by its name (or its acronym when the name is long),
    /// a person by the state they serve.
    func partyName(_ id: EntityID, _ registry: borrowing EntityRegistry) -> String? {
        guard let actor = registry.actor(id) else {
            return registry.framework(id).map { $0.acronym ?? $0.name }  // an integration organisation: "EAEU"
        }
        switch actor.kind {
        case .person, .group, .organization:
            // A ministry signs for its state: "Uzbekistan's Ministry of Energy" is Uzbekistan.
            guard let affiliation = actor.affiliation else { return actor.kind == .organization ? shortName(actor) : nil }
            if registry.actor(affiliation) != nil { return partyName(affiliation, registry) }
            // A leader's state the article never names ("Pashinyan signed"): the lexicon still knows it.
            return lexicon.actorIDs.firstIndex(of: affiliation).map { lexicon.entries.actors[$0].name }
        default:
            return shortName(actor)
        }
    }

    /// A name as a party in a deal's name: the name, or a body's acronym when the name is long ("EU").
    private func shortName(_ actor: Actor) -> String {
        // A state keeps its name ("Saudi Arabia", not "KSA"); a bloc or a body goes by its acronym ("EU").
        guard actor.name.contains(" "), actor.kind != .state else { return actor.name }
        return actor.aliases.first { alias in alias.count <= 5 && alias.allSatisfy { $0.isUppercase } } ?? actor.name
    }

    /// The hyphen of "two-year" or the number of "15-year", which hold a modifier together.
    private func isWordJoint(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        guard index + 1 < sentence.count, sentence.touches(index, index + 1) else { return false }
        return sentence.ids[index] == words.hyphen || sentence.tokens[index].isNumber && sentence.ids[index + 1] == words.hyphen
    }

    /// "two-year", "2009", "new", "bilateral": words that date or rank a deal without saying what it is.
    private func isUninformative(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        let token = sentence.tokens[index]
        if token.isNumber || sentence.ids[index] == words.hyphen || sentence.ids[index] == words.and { return true }
        let word = sentence.word(index)
        if index + 1 < sentence.count, sentence.ids[index + 1] == words.hyphen { return true }  // "two-year", "long-awaited"
        if index > 0, sentence.ids[index - 1] == words.hyphen, Self.hyphenSuffixes.contains(word) || Self.durations.contains(word) { return true }
        return Self.uninformativeModifiers.contains(word)
    }

    private static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ]
    private static let degreeWords: Set<String> = ["far", "much", "more", "less", "very", "rather", "quite", "too", "so", "such"]
    private static let topicJoiners: Set<String> = ["and", "of", "in", "for", "a", "an", "the"]
    private static let durations: Set<String> = ["year", "month", "week", "day", "decade"]
    private static let uninformativeModifiers: Set<String> = [
        "new", "separate", "immediate", "intergovernmental", "bilateral", "trilateral", "multilateral", "final", "initial",
        "formal", "informal", "landmark", "historic", "major", "further", "similar", "broad", "first", "second", "third",
        "long-awaited", "preliminary", "draft", "fresh", "wide-ranging", "sweeping", "key", "important", "modest", "limited",
        "individual", "possible", "eventual", "proposed", "planned", "existing", "previous", "earlier", "later", "same", "such",
        "next", "last", "upcoming", "coming", "following", "recent", "annual", "regular", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth",
    ]
}
