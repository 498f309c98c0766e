import DossierModel

/// Lookups built once per corpus so that queries never scan for what they could index:
/// positions by id, a flat table of every sentence and every mention, which entities each sentence
/// holds, each actor's claims, and every name and alias an entity answers to.
public final class CorpusIndex: Sendable {
    public let corpus: Corpus
    /// The corpus's arrays, held here so that reading one field of one row does not copy the row.
    let articles: [Article]
    let actors: [Actor]
    let frameworks: [Framework]
    let claims: [Claim]
    let events: [Event]
    /// References resolved once: the speaker of each claim, the affiliation of each actor (-1 for none).
    let claimSpeaker: [Int32]
    let actorAffiliation: [Int32]
    /// Columns of the fields queries read most, so a filter over every claim reads one array each
    /// (reading through `claims[r]` costs a retain of every field of the claim).
    let claimText: [String]
    let claimKind: [Claim.Kind]
    let claimArticle: [Int32]
    let claimSentence: [Int32]
    /// Each article's date as a value, read for its claims' `date` (a column per claim was 24 MB at 10,000 articles).
    let articleDate: [Value]
    let eventText: [String]
    let eventArticle: [Int32]
    let eventSentence: [Int32]
    /// The same texts laid end to end, for `has` / `contains` over every row.
    let claimTextBytes: TextColumn
    let eventTextBytes: TextColumn

    let articlePosition: [ArticleID: Int32]
    let actorPosition: [EntityID: Int32]
    let frameworkPosition: [EntityID: Int32]

    /// Global sentence table: article position and sentence index within it.
    let sentenceArticle: [Int32]
    let sentenceLocal: [Int32]
    let articleSentenceStart: [Int32]
    /// A corpus-wide paragraph number per sentence, for co-occurrence by paragraph.
    let sentenceParagraph: [Int32]

    /// Every mention of every actor and framework.
    let mentions: [MentionRow]
    /// Sentence → the distinct actors / frameworks mentioned in it (compressed rows).
    let sentenceActors: CompressedRows
    let sentenceFrameworks: CompressedRows
    /// Actor → the claims it speaks.
    let claimsBySpeaker: CompressedRows
    /// Actor → the frameworks it sponsors.
    let sponsoredFrameworks: CompressedRows

    /// Lower-cased names, aliases and short forms → entity positions.
    let actorsByName: [String: [Int32]]
    let frameworksByName: [String: [Int32]]

    struct MentionRow: Sendable {
        var isFramework: Bool
        var entity: Int32
        var ordinal: Int32
        var sentence: Int32
    }

    public init(_ corpus: Corpus) {
        self.corpus = corpus
        articles = corpus.articles
        actors = corpus.actors
        frameworks = corpus.frameworks
        claims = corpus.claims
        events = corpus.events
        articlePosition = Self.positions(corpus.articles.map(\.id))
        actorPosition = Self.positions(corpus.actors.map(\.id))
        frameworkPosition = Self.positions(corpus.frameworks.map(\.id))

        var sentenceArticle: [Int32] = []
        var sentenceLocal: [Int32] = []
        var sentenceParagraph: [Int32] = []
        var articleSentenceStart: [Int32] = []
        var paragraphBase: Int32 = 0
        for (articleIndex, article) in corpus.articles.enumerated() {
            articleSentenceStart.append(Int32(sentenceArticle.count))
            for sentence in article.sentences {
                sentenceArticle.append(Int32(articleIndex))
                sentenceLocal.append(Int32(sentence.index))
                sentenceParagraph.append(paragraphBase + Int32(sentence.paragraph))
            }
            paragraphBase += Int32(max(article.paragraphs.count, (article.sentences.last?.paragraph ?? -1) + 1))
        }
        articleSentenceStart.append(Int32(sentenceArticle.count))
        self.sentenceArticle = sentenceArticle
        self.sentenceLocal = sentenceLocal
        self.sentenceParagraph = sentenceParagraph
        self.articleSentenceStart = articleSentenceStart

        let articlePosition = self.articlePosition
        // Rows come in runs from one article, so the last lookup usually answers the next one
        // without hashing the id again.
        var lastArticleID: ArticleID?
        var lastArticle: Int32?
        func globalSentence(_ location: Location) -> Int32 {
            if location.article != lastArticleID {
                lastArticleID = location.article
                lastArticle = articlePosition[location.article]
            }
            guard let article = lastArticle else { return -1 }
            let start = articleSentenceStart[Int(article)]
            let end = articleSentenceStart[Int(article) + 1]
            let global = start + Int32(location.sentence)
            return location.sentence >= 0 && global < end ? global : -1
        }

        // Rows are read in place (through buffer pointers): iterating `corpus.claims` or an actor's
        // mentions by value copies every element, a retain and release per String field, which was a
        // third of building this index.
        var mentions: [MentionRow] = []
        func indexMentions(of entityCount: Int, isFramework: Bool, _ mentionsOf: (Int) -> [Mention]) -> [(Int32, Int32)] {
            var pairs: [(Int32, Int32)] = []
            for position in 0..<entityCount {
                mentionsOf(position).withUnsafeBufferPointer { list in
                    for ordinal in list.indices {
                        let sentence = globalSentence(list[ordinal].location)
                        mentions.append(MentionRow(isFramework: isFramework, entity: Int32(position), ordinal: Int32(ordinal), sentence: sentence))
                        if sentence >= 0 { pairs.append((sentence, Int32(position))) }
                    }
                }
            }
            return pairs
        }
        let actorPairs = indexMentions(of: corpus.actors.count, isFramework: false) { corpus.actors[$0].mentions }
        let frameworkPairs = indexMentions(of: corpus.frameworks.count, isFramework: true) { corpus.frameworks[$0].mentions }
        self.mentions = mentions
        sentenceActors = CompressedRows(count: sentenceArticle.count, pairs: actorPairs, distinct: true)
        sentenceFrameworks = CompressedRows(count: sentenceArticle.count, pairs: frameworkPairs, distinct: true)

        let actorPosition = self.actorPosition
        articleDate = corpus.articles.map { $0.date.map(Value.date) ?? .null }
        var claimSpeaker: [Int32] = [], claimText: [String] = [], claimKind: [Claim.Kind] = []
        var claimArticle: [Int32] = [], claimSentence: [Int32] = []
        var speakerPairs: [(Int32, Int32)] = []
        corpus.claims.withUnsafeBufferPointer { claims in
            claimSpeaker.reserveCapacity(claims.count)
            claimText.reserveCapacity(claims.count)
            claimKind.reserveCapacity(claims.count)
            claimArticle.reserveCapacity(claims.count)
            claimSentence.reserveCapacity(claims.count)
            for position in claims.indices {
                let speaker = claims[position].speaker.flatMap { actorPosition[$0] } ?? -1
                let sentence = globalSentence(claims[position].location)
                let article = sentence >= 0 ? sentenceArticle[Int(sentence)] : articlePosition[claims[position].location.article] ?? -1
                claimSpeaker.append(speaker)
                claimText.append(claims[position].text)
                claimKind.append(claims[position].kind)
                claimArticle.append(article)
                claimSentence.append(sentence)
                if speaker >= 0 { speakerPairs.append((speaker, Int32(position))) }
            }
        }
        self.claimSpeaker = claimSpeaker
        self.claimText = claimText
        self.claimKind = claimKind
        self.claimArticle = claimArticle
        self.claimSentence = claimSentence
        claimTextBytes = TextColumn(claimText)
        var eventText: [String] = [], eventArticle: [Int32] = [], eventSentence: [Int32] = []
        corpus.events.withUnsafeBufferPointer { events in
            eventText.reserveCapacity(events.count)
            eventArticle.reserveCapacity(events.count)
            eventSentence.reserveCapacity(events.count)
            for position in events.indices {
                let sentence = globalSentence(events[position].location)
                eventText.append(events[position].text)
                eventArticle.append(sentence >= 0 ? sentenceArticle[Int(sentence)] : articlePosition[events[position].location.article] ?? -1)
                eventSentence.append(sentence)
            }
        }
        self.eventText = eventText
        self.eventArticle = eventArticle
        self.eventSentence = eventSentence
        eventTextBytes = TextColumn(eventText)
        actorAffiliation = corpus.actors.map { actor in actor.affiliation.flatMap { actorPosition[$0] } ?? -1 }
        claimsBySpeaker = CompressedRows(count: corpus.actors.count, pairs: speakerPairs, distinct: false)
        var sponsorPairs: [(Int32, Int32)] = []
        for (position, framework) in corpus.frameworks.enumerated() {
            for sponsor in framework.sponsors {
                if let actor = actorPosition[sponsor] { sponsorPairs.append((actor, Int32(position))) }
            }
        }
        sponsoredFrameworks = CompressedRows(count: corpus.actors.count, pairs: sponsorPairs, distinct: true)

        var actorsByName: [String: [Int32]] = [:]
        for (position, actor) in corpus.actors.enumerated() {
            var names = [actor.name] + actor.aliases
            if actor.kind == .person, let surname = actor.name.split(separator: " ").last, surname.count > 1 {
                names.append(String(surname))
            }
            Self.register(names, as: Int32(position), in: &actorsByName)
        }
        var frameworksByName: [String: [Int32]] = [:]
        for (position, framework) in corpus.frameworks.enumerated() {
            Self.register([framework.name] + framework.aliases + (framework.acronym.map { [$0] } ?? []),
                          as: Int32(position), in: &frameworksByName)
        }
        self.actorsByName = actorsByName
        self.frameworksByName = frameworksByName
    }

    private static func positions(_ ids: [String]) -> [String: Int32] {
        var result: [String: Int32] = [:]
        result.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where result[id] == nil { result[id] = Int32(position) }
        return result
    }

    private static func register(_ names: [String], as position: Int32, in table: inout [String: [Int32]]) {
        for name in Set(names.map { $0.lowercased() }) where !name.isEmpty {
            table[name, default: []].append(position)
        }
    }

    // MARK: Counting rows

    /// How many rows a source has.
    public func count(of source: SourceKind) -> Int {
        switch source {
        case .articles: corpus.articles.count
        case .actors: corpus.actors.count
        case .frameworks: corpus.frameworks.count
        case .claims: corpus.claims.count
        case .events: corpus.events.count
        case .mentions: mentions.count
        case .sentences: sentenceArticle.count
        }
    }

    /// The global sentence number of a location, or nil when its article is not loaded.
    func sentence(at location: Location) -> Int32? {
        guard let article = articlePosition[location.article] else { return nil }
        let global = articleSentenceStart[Int(article)] + Int32(location.sentence)
        return location.sentence >= 0 && global < articleSentenceStart[Int(article) + 1] ? global : nil
    }

    func sentence(_ global: Int32) -> Sentence {
        articles[Int(sentenceArticle[Int(global)])].sentences[Int(sentenceLocal[Int(global)])]
    }

    func mention(_ row: MentionRow) -> Mention {
        row.isFramework
            ? frameworks[Int(row.entity)].mentions[Int(row.ordinal)]
            : actors[Int(row.entity)].mentions[Int(row.ordinal)]
    }

    // MARK: Names

    /// The entities of `source` that answer to `name` (canonical name, alias, acronym, a person's surname).
    func entities(named name: String, in source: SourceKind) -> [Int32] {
        let key = name.lowercased()
        switch source {
        case .actors: return actorsByName[key] ?? []
        case .frameworks: return frameworksByName[key] ?? []
        default: return []
        }
    }

    /// Every name and alias, for suggestions and completion.
    func allNames(of source: SourceKind) -> [String] {
        switch source {
        case .actors: corpus.actors.flatMap { actor in
            var names = [actor.name] + actor.aliases
            if actor.kind == .person, let surname = actor.name.split(separator: " ").last, surname.count > 1 {
                names.append(String(surname))
            }
            return names
        }
        case .frameworks: corpus.frameworks.flatMap { [$0.name] + $0.aliases + ($0.acronym.map { [$0] } ?? []) }
        default: []
        }
    }
}

/// A list per key stored as two flat arrays (like a sparse matrix row index), built once.
struct CompressedRows: Sendable {
    let starts: [Int32]
    let values: [Int32]

    init(count: Int, pairs: [(Int32, Int32)], distinct: Bool) {
        var counts = [Int32](repeating: 0, count: count + 1)
        for (key, _) in pairs { counts[Int(key) + 1] += 1 }
        for index in 0..<count { counts[index + 1] += counts[index] }
        var fill = counts
        var values = [Int32](repeating: 0, count: pairs.count)
        for (key, value) in pairs {
            values[Int(fill[Int(key)])] = value
            fill[Int(key)] += 1
        }
        guard distinct else {
            starts = counts
            self.values = values
            return
        }
        var compactStarts = [Int32](repeating: 0, count: count + 1)
        var compact: [Int32] = []
        compact.reserveCapacity(values.count)
        for key in 0..<count {
            let rowStart = compact.count
            for index in Int(counts[key])..<Int(counts[key + 1]) {
                let value = values[index]
                if !compact[rowStart...].contains(value) { compact.append(value) }
            }
            compactStarts[key + 1] = Int32(compact.count)
        }
        starts = compactStarts
        self.values = compact
    }

    subscript(key: Int) -> ArraySlice<Int32> { values[positions(of: key)] }

    /// Where `key`'s list lies in `values`; hot loops index `values` with it rather than take a slice,
    /// which retains the array.
    func positions(of key: Int) -> Range<Int> { Int(starts[key])..<Int(starts[key + 1]) }
}
