import DossierModel

/// Extracts the mentions, claims, stances and events of one article into the corpus-wide registry.
struct ArticleExtractor {
    let lexicon: Lexicon
    let read: ReadArticle
    let sentenceTokens: [[Token]]
    let sentenceIDs: [[Int32]]

    init(lexicon: Lexicon, prepared: PreparedArticle) {
        self.lexicon = lexicon
        read = prepared.read
        sentenceTokens = prepared.sentenceTokens
        sentenceIDs = prepared.sentenceIDs
    }

    /// Appends the article's claims and events straight to the corpus's lists: returning them and
    /// appending those copied every claim field by field (2% of loading).
    func extract(into registry: inout EntityRegistry, claims: inout [Claim], events: inout [Event]) {
        var state = ArticleState(id: read.article.id)
        let numbering = Numbering(firstClaim: claims.count, firstEvent: events.count)
        read.bytes.withUnsafeBufferPointer { bytes in
            for paragraph in read.article.paragraphs {
                extract(paragraph, bytes, numbering, &state, &registry, &claims, &events)
            }
        }
        dropPassingRegions(state, numbering, &registry, &claims, &events)
    }

    /// A region the article never names and describes with its adjective only once ("Western sanctions") is not one of
    /// its actors: its mention goes, and so does its place in the article's claims and events. Named, or described
    /// again and again ("Western capitals … Western banks"), it stays; the lexicon may allow a region more such uses
    /// (`adjectives=`), a name or two in passing (`names=`), and the same to a state ("Soviet-era").
    private func dropPassingRegions(
        _ state: ArticleState, _ numbering: Numbering, _ registry: inout EntityRegistry, _ claims: inout [Claim], _ events: inout [Event]
    ) {
        for (key, uses) in state.regionUses {
            // A region found beyond the lexicon ("Jizzakh region") passes as any region does.
            let passing = lexicon.passing[registry.id(ofActor: key)] ?? Lexicon.Passing(names: 0, adjectives: 1)
            guard uses.named <= passing.names, uses.adjectives <= passing.adjectives else { continue }
            registry.removeMentions(of: key, inArticle: read.article.id)
            let id = registry.id(ofActor: key)
            for index in numbering.firstClaim..<claims.count { claims[index].actors.removeAll { $0 == id } }
            for index in numbering.firstEvent..<events.count { events[index].actors.removeAll { $0 == id } }
        }
    }

    /// Where this article's claims and events start in the corpus lists: their ids count from there.
    private struct Numbering {
        var firstClaim: Int
        var firstEvent: Int
    }

    /// One paragraph. The state and registry arrive as `inout` parameters rather than as variables
    /// captured by the closure above, so handing them on to the finders does not copy them.
    private func extract(
        _ paragraph: Paragraph, _ bytes: UnsafeBufferPointer<UInt8>, _ numbering: Numbering, _ state: inout ArticleState,
        _ registry: inout EntityRegistry, _ claims: inout [Claim], _ events: inout [Event]
    ) {
        let article = read.article
        let finder = NameFinder(lexicon: lexicon)
        state.lastSpeaker = nil
        let sentences = paragraph.sentences.map { SentenceTokens(bytes: bytes, range: read.sentenceRanges[$0], tokens: sentenceTokens[$0], ids: sentenceIDs[$0],
                                                               internedTexts: lexicon.internedTexts) }
        let paragraphEnd = read.sentenceRanges[paragraph.sentences].last?.upperBound ?? 0
        var quotes = QuoteSpan.find(in: zip(paragraph.sentences, sentences).map { ($0, $1.tokens) }, paragraphEnd: paragraphEnd)
        // Names first, for the whole paragraph, so a quote running on knows who the later sentences mention.
        var allMatches: [SentenceMatches] = []
        // Each sentence's entities in text order, sorted once for mentions, claims, events and pronouns.
        var allOrdered: [[FoundEntity]] = []
        for (offset, sentence) in sentences.enumerated() {
            let matches = finder.find(in: sentence, registry: &registry, state: &state)
            // Most sentences' entities are found in text order already; those share the list instead of sorting a copy.
            let inOrder = zip(matches.entities, matches.entities.dropFirst()).allSatisfy { $0.range.lowerBound < $1.range.lowerBound }
            let ordered = inOrder ? matches.entities : matches.entities.sorted { $0.range.lowerBound < $1.range.lowerBound }
            state.remember(sentence: ordered)  // before the next sentence's names: "the two governments signed"
            recordMentions(ordered, sentence, paragraph.sentences.lowerBound + offset, &state, &registry)
            allMatches.append(matches)
            allOrdered.append(ordered)
        }
        // A name in quotation marks ("calls the method “bamboo diplomacy”", "a so-called “Global War Party”") quotes nobody,
        // and neither does a nickname inside a name ("Jorge "Tuto" Quiroga").
        if !quotes.isEmpty {
            var quotedNames: [Int] = []
            for (sentence, matches) in zip(sentences, allMatches) {
                for entity in matches.entities where entity.rule == "framework-quoted" || entity.ref.frameworkID != nil && fillsQuote(entity, sentence, quotes) {
                    quotedNames.append(sentence.tokens[entity.range.lowerBound].start)
                }
                for entity in matches.entities where entity.range.count >= 4 {
                    let start = sentence.tokens[entity.range.lowerBound].end, end = sentence.tokens[entity.range.upperBound - 1].start
                    quotedNames += quotes.filter { start < $0.start && $0.end < end }.map(\.start)
                }
            }
            if !quotedNames.isEmpty { quotes.removeAll { quotedNames.contains($0.start) } }
        }
        var quotedUntil = -1
        for (offset, sentence) in sentences.enumerated() {
            let index = paragraph.sentences.lowerBound + offset
            let matches = allMatches[offset]
            var voiced: [Range<Int>] = []
            if index > quotedUntil {
                // A quotation that opened in an earlier sentence without a claim belongs to this one's cue:
                // "“Rogun is a battery… It stores…,” he explained."
                let running = quotes.filter { $0.sentence < index && $0.endSentence >= index && $0.sentence > quotedUntil }
                let opening = running + quotes.filter { $0.sentence == index }
                let drafts = ClaimFinder(lexicon: lexicon, sentence: sentence, matches: matches, quotes: opening, index: index)
                    .find(registry: &registry, state: state)
                for draft in drafts where draft.speaker?.id != nil || draft.allowsUnknownSpeaker {
                    let first = min(index, draft.quote?.sentence ?? index)
                    let last = max(index, draft.quote?.endSentence ?? index)
                    let base = paragraph.sentences.lowerBound
                    if draft.rule == "quote-continued", let previous = claims.indices.last, previous >= numbering.firstClaim,
                       claims[previous].location.paragraph == paragraph.index, claims[previous].speaker == draft.speaker?.id.map({ registry.id(ofActor: $0) }),
                       let quote = draft.quote {
                        // "“…,” said X. “…”": the speaker goes on; the quotation that follows belongs to the same claim.
                        let covered = allOrdered[(claims[previous].location.sentence - base)...(last - base)]
                        extend(&claims[previous], through: last, quote: quote, covered: covered, bytes, registry)
                        quotedUntil = max(quotedUntil, last)
                        continue
                    }
                    let covered = allOrdered[(first - base)...(last - base)]
                    claims.append(claim(draft, first: first, last: last, covered: covered, paragraph, bytes, claims.count - numbering.firstClaim, registry))
                    if last > index { quotedUntil = max(quotedUntil, last) }
                    if let speaker = draft.speaker {
                        recordSpeakerMention(speaker, sentence, index, &registry)
                        voiced.append(speaker.range)
                    }
                    if let speaker = draft.speaker, let id = speaker.id {
                        let text = speaker.text
                        state.lastSpeaker = .init(id: id, text: text)
                        if registry.kind(ofActor: id) == .group, !speaker.standsForOnePerson { state.lastGroup = .init(id: id, text: text) }
                        // "A senior Gulf oil official acknowledged … He said …": one unnamed person is "he" next.
                        if speaker.standsForOnePerson { rememberSingleSource(id, text, &state, registry) }
                    }
                }
                if drafts.isEmpty {
                    let resolver = SpeakerResolver(lexicon: lexicon, sentence: sentence, matches: matches)
                    if let source = resolver.introducedSource(registry: &registry), let id = source.id {
                        rememberSingleSource(id, source.text, &state, registry)
                    } else if let group = resolver.introducedGroup(registry: &registry), let id = group.id {
                        state.lastGroup = .init(id: id, text: group.text)
                        if isVoiceGroup(group, sentence, matches) {
                            recordSpeakerMention(group, sentence, index, &registry)
                            voiced.append(group.range)
                        }
                    }
                }
            }
            recordStateGroups(sentence, matches, index, besides: voiced, &registry)
            let stances = StanceFinder(lexicon: lexicon, sentence: sentence, matches: matches).find(registry: &registry, state: state)
            var dates = DateFinder(words: lexicon.words, sentence: sentence, published: read.article.date, lastYear: state.lastDate?.year, matches: matches).find()
            if state.lastDate != nil || !dates.isEmpty || read.article.date != nil, RelativeDateFinder.mayHoldOne(sentence, lexicon.words) {
                let counted = RelativeDateFinder(words: lexicon.words, sentence: sentence, matches: matches, reference: state.lastDate, stated: dates,
                                                 published: read.article.date).find()
                if !counted.isEmpty { dates = (dates + counted).sorted { $0.range.lowerBound < $1.range.lowerBound } }
            }
            if let last = dates.last?.date { state.lastDate = last }
            let location = self.location(index)
            for stance in stances {
                let sponsor = stanceSponsor(stance.actor, registry)
                registry.addStance(Stance(actor: registry.id(ofActor: stance.actor), kind: stance.kind, verb: stance.verb, location: location),
                                   sponsor: sponsor, to: stance.framework, year: dates.first.map(\.date.year))
            }
            // A sentence has a date or two: a scan of a short list, not a set to hash into.
            var seenDates: [PartialDate] = []
            let (actors, frameworks) = dates.isEmpty ? ([], []) : entityIDs(allOrdered[offset...offset], registry)
            for date in dates where !seenDates.contains(date.date) {
                seenDates.append(date.date)
                events.append(Event(id: "\(article.id)-e\(events.count - numbering.firstEvent + 1)", location: location, date: date.date,
                                    endDate: date.endDate, dateText: sentence.text(date.range), text: article.sentences[index].text,
                                    actors: actors, frameworks: frameworks))
            }
            updatePronounState(allOrdered[offset], sentence, matches, quotes, &state, registry)
        }
    }

    /// Whether a framework's name is all a quotation holds.
    private func fillsQuote(_ entity: FoundEntity, _ sentence: SentenceTokens, _ quotes: [QuoteSpan]) -> Bool {
        let start = sentence.tokens[entity.range.lowerBound].start
        let end = sentence.tokens[entity.range.upperBound - 1].end
        return quotes.contains { $0.start == start && $0.end == end }
    }

    private func claim(
        _ draft: ClaimDraft, first: Int, last: Int, covered: ArraySlice<[FoundEntity]>, _ paragraph: Paragraph,
        _ bytes: UnsafeBufferPointer<UInt8>, _ number: Int, _ registry: borrowing EntityRegistry
    ) -> Claim {
        let article = read.article
        let startByte = read.sentenceRanges[first].lowerBound
        let endByte = read.sentenceRanges[last].upperBound
        var quote: String?
        if let span = draft.quote, span.start <= span.end { quote = Bytes.string(bytes, span.start..<span.end) }
        let (actors, frameworks) = entityIDs(covered, registry)
        let span = Span(start: read.offsets.scalarOffset(ofByte: startByte), end: read.offsets.scalarOffset(ofByte: endByte))
        // A one-sentence claim shares its sentence's string instead of holding a copy.
        let text = first == last ? article.sentences[first].text : Bytes.string(bytes, startByte..<endByte)
        return Claim(
            id: "\(article.id)-c\(number + 1)",
            location: Location(article: article.id, paragraph: paragraph.index, sentence: first, span: span),
            speaker: draft.speaker?.id.map { registry.id(ofActor: $0) }, speakerText: draft.speaker?.text, cue: draft.cue,
            kind: quote == nil ? .indirect : .direct, text: text, quote: quote,
            actors: actors, frameworks: frameworks, rule: draft.rule
        )
    }

    /// Carries a claim on through a later sentence of the same speaker's quotation: its text, span, quoted words and
    /// the entities they mention.
    private func extend(
        _ claim: inout Claim, through last: Int, quote: QuoteSpan, covered: ArraySlice<[FoundEntity]>, _ bytes: UnsafeBufferPointer<UInt8>,
        _ registry: borrowing EntityRegistry
    ) {
        let startByte = read.sentenceRanges[claim.location.sentence].lowerBound
        let endByte = read.sentenceRanges[last].upperBound
        claim.text = Bytes.string(bytes, startByte..<endByte)
        claim.location.span = Span(start: claim.location.span.start, end: read.offsets.scalarOffset(ofByte: endByte))
        if quote.start <= quote.end {
            let more = Bytes.string(bytes, quote.start..<quote.end)
            // "The river is ours," … "Nobody upstream will change that.": an ellipsis marks the words between.
            claim.quote = claim.quote.map { $0.trimmingCharacters(in: [",", " "]) + " … " + more } ?? more
            claim.kind = .direct
        }
        let (actors, frameworks) = entityIDs(covered, registry)
        claim.actors = actors
        claim.frameworks = frameworks
    }

    /// A person's backing is credited to the state they serve; anyone else sponsors in their own name.
    private func stanceSponsor(_ actor: EntityKey, _ registry: borrowing EntityRegistry) -> EntityID {
        guard registry.kind(ofActor: actor) == .person, let affiliation = registry.affiliation(ofActor: actor) else { return registry.id(ofActor: actor) }
        return affiliation
    }

    private func location(_ sentence: Int) -> Location {
        let item = read.article.sentences[sentence]
        return Location(article: read.article.id, paragraph: item.paragraph, sentence: sentence, span: item.span)
    }

    private func recordMentions(
        _ ordered: [FoundEntity], _ sentence: SentenceTokens, _ index: Int, _ state: inout ArticleState, _ registry: inout EntityRegistry
    ) {
        let item = read.article.sentences[index]
        for entity in ordered {
            let start = sentence.tokens[entity.range.lowerBound].start
            let end = sentence.tokens[entity.range.upperBound - 1].end
            let span = Span(start: read.offsets.scalarOffset(ofByte: start), end: read.offsets.scalarOffset(ofByte: end))
            let location = Location(article: read.article.id, paragraph: item.paragraph, sentence: index, span: span)
            let kind = registry.addMention(Mention(location: location, text: sentence.text(entity.range), rule: entity.rule), to: entity.ref)
            if case .framework(let key) = entity.ref {
                state.remember(tails: registry.tails(ofFramework: key), of: key)
                recordPartiesNamed(in: entity.range, sentence, location, &registry)
            }
            if let id = entity.ref.actorID, kind == .region || kind == .state && statePasses(id, &state, registry) {
                if entity.rule == "demonym" { state.regionUses[id, default: (0, 0)].adjectives += 1 } else { state.regionUses[id, default: (0, 0)].named += 1 }
            }
        }
    }

    /// Whether the lexicon lets a state pass unnamed ("Soviet-era"); most states are met many times an article, so each is
    /// looked up by name once.
    private func statePasses(_ id: EntityKey, _ state: inout ArticleState, _ registry: borrowing EntityRegistry) -> Bool {
        if let known = state.passingStates[id] { return known }
        let passes = lexicon.passing[registry.id(ofActor: id)] != nil
        state.passingStates[id] = passes
        return passes
    }

    /// "the Turkmenistan–Afghanistan–Pakistan–India pipeline", "the China–Solomon Islands security agreement": states
    /// joined by dashes inside a framework's name are its parties, which analysts count among the article's actors.
    private func recordPartiesNamed(in range: Range<Int>, _ sentence: SentenceTokens, _ framework: Location, _ registry: inout EntityRegistry) {
        // Most names join nothing by a dash: one look at the tokens rules them out.
        guard range.count >= 3, range.contains(where: { isDash(sentence.ids[$0]) })
        else { return }
        var index = range.lowerBound
        while index < range.upperBound {
            // A party follows a dash or comes a word or three before one ("Interconnector Greece–Bulgaria").
            guard joinedByDash(before: index, sentence) || (index + 1..<min(index + 4, range.upperBound)).contains(where: { isDash(sentence.ids[$0]) }),
                  let match = lexicon.names.longestMatch(sentence.ids, from: index, where: isStateName), index + match.length <= range.upperBound,
                  let hit = match.payloads.first,
                  joinedByDash(before: index, sentence) || joinedByDash(before: index + match.length + 1, sentence)
            else { index += 1; continue }
            let end = index + match.length
            let span = Span(start: read.offsets.scalarOffset(ofByte: sentence.tokens[index].start),
                            end: read.offsets.scalarOffset(ofByte: sentence.tokens[end - 1].end))
            let location = Location(article: framework.article, paragraph: framework.paragraph, sentence: framework.sentence, span: span)
            registry.addMention(Mention(location: location, text: sentence.text(index..<end), rule: "party-in-name"), to: registry.ref(for: hit.target))
            index = end
        }
    }

    /// A state's name, alias or acronym, not its demonym or capital.
    private func isStateName(_ hit: Lexicon.NameHit) -> Bool {
        guard [.lexicon, .alias, .acronym].contains(hit.form), case .actor(let actor) = hit.target else { return false }
        return lexicon.entries.actors[actor].kind == .state
    }

    /// Whether the token before `index` is a dash touching the words on both sides: "Pakistan–India".
    private func joinedByDash(before index: Int, _ sentence: SentenceTokens) -> Bool {
        let dash = index - 1
        guard dash >= 1, index < sentence.count else { return false }
        return isDash(sentence.ids[dash]) && sentence.touches(dash - 1, dash) && sentence.touches(dash, index)
    }

    private func isDash(_ id: Int32) -> Bool { id == lexicon.words.hyphen || id == lexicon.words.enDash }

    /// Groups exist only as speakers, and pronouns only point at someone: the claim is their mention.
    private func recordSpeakerMention(_ speaker: SpeakerResolver.Speaker, _ sentence: SentenceTokens, _ index: Int, _ registry: inout EntityRegistry) {
        guard let id = speaker.id, !speaker.range.isEmpty else { return }
        let kind = registry.kind(ofActor: id)
        let isPronoun = speaker.range.count == 1 && (lexicon.words.pronounsSingular.contains(sentence.ids[speaker.range.lowerBound])
            || lexicon.words.pronounsPlural.contains(sentence.ids[speaker.range.lowerBound]))
        guard kind == .group || isPronoun else { return }
        let start = sentence.tokens[speaker.range.lowerBound].start
        let end = sentence.tokens[speaker.range.upperBound - 1].end
        let span = Span(start: read.offsets.scalarOffset(ofByte: start), end: read.offsets.scalarOffset(ofByte: end))
        let location = Location(article: read.article.id, paragraph: read.article.sentences[index].paragraph, sentence: index, span: span)
        // The speaker's range may reach back past its text ("the …"); the mention is what the span covers.
        registry.addMention(Mention(location: location, text: sentence.text(speaker.range), rule: isPronoun ? "pronoun" : "group"), to: .actor(id))
    }

    /// Analysts, commentators, journalists, officials and diplomats named as a sentence's subject are voices the article
    /// weighs even where it reports no words of theirs ("Chinese officials reject that framing"), so they stay in the
    /// model; workers, voters, soldiers and ministers at a meeting are people things happen to or with.
    private func isVoiceGroup(_ group: SpeakerResolver.Speaker, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        // The subject only: "spoke to reporters" names no voice.
        guard (0..<group.range.lowerBound).allSatisfy({ lexicon.words.determiners.contains(sentence.ids[$0]) }),
              let role = matches.role(endingAt: group.range.upperBound - 1) else { return false }
        let entry = lexicon.entries.roles[role.entry]
        switch entry.roleClass {
        case .expert, .media: return true
        case .official: return Self.voiceOfficials.contains(entry.role)
        default: return false
        }
    }

    private static let voiceOfficials: WordSet = ["official", "senior official", "government official", "diplomat"]
    private static let listedGroups: WordSet = [
        "official", "senior official", "government official", "negotiator", "commentator", "delegate", "politician", "investigator",
        "prosecutor", "scholar", "analyst", "expert", "observer",
    ]

    /// A state's officials, negotiators, commentators and scholars named anywhere in a sentence ("talks with Uzbek
    /// negotiators", "briefed Armenian officials") are actors of the article even where they say nothing: annotators list
    /// them. Its planners, ministers and diplomats met in passing mostly go unlisted, and stay out unless they speak.
    private func recordStateGroups(_ sentence: SentenceTokens, _ matches: SentenceMatches, _ index: Int, besides voiced: [Range<Int>],
                                   _ registry: inout EntityRegistry) {
        for role in matches.roles where role.isPlural && role.range.lowerBound > 0 && !voiced.contains(where: { $0.overlaps(role.range) }) {
            guard Self.listedGroups.contains(lexicon.entries.roles[role.entry].role), let state = matches.entity(endingAt: role.range.lowerBound - 1), state.rule == "demonym" else { continue }
            // "two Cambodian officials, Chea Dara and …": counted officials are people the text goes on to name.
            let before = state.range.lowerBound - 1
            if before >= 0, sentence.tokens[before].isNumber || NumberWords.isPlural(sentence.word(before)) || sentence.word(before) == "dozen" { continue }
            let resolver = SpeakerResolver(lexicon: lexicon, sentence: sentence, matches: matches)
            if let group = resolver.group(role: role, registry: &registry) { recordSpeakerMention(group, sentence, index, &registry) }
        }
    }

    private func entityIDs(_ sentences: ArraySlice<[FoundEntity]>, _ registry: borrowing EntityRegistry) -> (actors: [EntityID], frameworks: [EntityID]) {
        let count = sentences.reduce(0) { $0 + $1.count }
        var actors: [EntityKey] = []
        var frameworks: [EntityKey] = []
        actors.reserveCapacity(count)
        frameworks.reserveCapacity(count)
        for ordered in sentences {
            for entity in ordered {
                switch entity.ref {
                case .actor(let id): if !actors.contains(id) { actors.append(id) }
                case .framework(let id): if !frameworks.contains(id) { frameworks.append(id) }
                }
            }
        }
        return (actors.map { registry.id(ofActor: $0) }, frameworks.map { registry.id(ofFramework: $0) })
    }

    /// One unnamed source ("a senior EU diplomat") is "he" or "she" next, and "the diplomat" later on.
    private func rememberSingleSource(_ id: EntityKey, _ text: String, _ state: inout ArticleState, _ registry: borrowing EntityRegistry) {
        state.remember(person: .init(id: id, text: text))
        rememberRole(of: id, &state, registry)
    }

    /// "the prime minister", and "the minister" or "the official" by the role's last word, mean this person next.
    private func rememberRole(of id: EntityKey, _ state: inout ArticleState, _ registry: borrowing EntityRegistry) {
        guard let role = registry.role(ofActor: id) else { return }
        state.remember(role: role, for: id)
    }

    private func updatePronounState(
        _ ordered: [FoundEntity], _ sentence: SentenceTokens, _ matches: SentenceMatches, _ quotes: [QuoteSpan], _ state: inout ArticleState,
        _ registry: borrowing EntityRegistry
    ) {
        // A sentence with "he" or "she" before anyone is named goes on about the same person; one opening with a
        // person's name is about them; any other drops the thread.
        let firstPerson = ordered.first { $0.ref.actorID.map { registry.kind(ofActor: $0) == .person } ?? false }
        let pronounFirst = (0..<(firstPerson?.range.lowerBound ?? sentence.count)).contains { lexicon.words.pronounsSingular.contains(sentence.ids[$0]) }
        if !pronounFirst { state.subjectPerson = openingPerson(ordered, sentence, matches, quotes, registry) }
        for entity in ordered {
            guard let id = entity.ref.actorID else { continue }
            let kind = registry.kind(ofActor: id)
            if kind == .organization || kind == .company || kind == .group { state.remember(organisation: id) }
            if kind == .state { state.remember(state: id) }
            guard kind == .person else { continue }
            // The people a quotation names are its speaker's to refer to; the author's "she" means someone the author named.
            if quotes.covers(sentence.tokens[entity.range.lowerBound].start) { continue }
            // "the Trump administration", "the Putin era": a name that modifies a noun is no one "he" can mean next.
            let next = entity.range.upperBound
            if next < sentence.count, Self.eponymousNouns.contains(sentence.word(next)) { continue }
            state.remember(person: .init(id: id, text: sentence.text(entity.range)))
            if let gender = honorificGender(before: entity.range, sentence) { state.statedGenders[id] = gender }
            rememberRole(of: id, &state, registry)
            // "Prime Minister Oyun-Erdene": the role the text gives is what "the prime minister" means later, whatever
            // role the lexicon last knew.
            if let role = matches.role(endingAt: entity.range.lowerBound - 1) {
                state.remember(role: lexicon.entries.roles[role.entry].role, for: id)
            }
        }
    }

    /// Lower-case nouns a leader's name can modify: "the Biden administration".
    private static let eponymousNouns: WordSet = ["administration", "government", "regime", "era", "years", "presidency", "doctrine", "camp"]

    /// The person named first with nothing before but names, roles and determiners ("Russian Defence Minister Andrei
    /// Belousov"): the sentence's subject.
    private func openingPerson(
        _ ordered: [FoundEntity], _ sentence: SentenceTokens, _ matches: SentenceMatches, _ quotes: [QuoteSpan], _ registry: borrowing EntityRegistry
    ) -> EntityKey? {
        guard let first = ordered.first(where: { $0.ref.actorID != nil }), let id = first.ref.actorID, registry.kind(ofActor: id) == .person else {
            return nil
        }
        // Someone named inside a quotation is the quoted speaker's subject, not the article's.
        if quotes.covers(sentence.tokens[first.range.lowerBound].start) { return nil }
        let opensSentence = (0..<first.range.lowerBound).allSatisfy { index in
            matches.owners[index].entity >= 0 || matches.owners[index].role >= 0 || lexicon.words.determiners.contains(sentence.ids[index])
                || sentence.ids[index] == lexicon.words.possessive
        }
        return opensSentence ? id : nil
    }

    /// "Ms Bekova", "Mr Rashidov": the honorific may lead the name's own tokens or stand just before them.
    private func honorificGender(before range: Range<Int>, _ sentence: SentenceTokens) -> Gender? {
        let words = lexicon.words
        for index in [range.lowerBound, range.lowerBound - 1] where index >= 0 && index < sentence.count {
            if words.femaleHonorifics.contains(sentence.ids[index]) { return .female }
            if words.maleHonorifics.contains(sentence.ids[index]) { return .male }
        }
        return nil
    }
}
