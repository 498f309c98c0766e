import DossierModel
import Testing
@testable import DossierQuery

/// Co-occurrence pairs entities straight from the index's per-sentence lists and keeps each pair's
/// sentences in one flat log; these tests hold it to a plain recount from the corpus's mentions.
@Suite struct CooccurrenceTests {
    /// One article of 30 paragraphs of 5 sentences, each naming China and Russia, and the first
    /// sentence of each paragraph also naming the EAEU: more co-mentions than a pair lists sentences.
    static let crowded: Corpus = {
        let paragraphs = (0..<30).map { paragraph in
            (0..<5).map { sentence in
                sentence == 0 ? "China and Russia discussed the EAEU again." : "Russia and China met, round \(paragraph * 5 + sentence)."
            }
        }
        let article = ArticleBuilder(id: "crowded", title: "Crowded", author: nil, date: nil, paragraphs: paragraphs)
        func mentions(_ words: String, where named: (Int) -> Bool) -> [Mention] {
            article.sentences.indices.filter(named).map {
                Mention(location: article.location(of: words, in: $0), text: words, rule: "lexicon")
            }
        }
        let actors = [
            Actor(id: "china", name: "China", kind: .state, mentions: mentions("China") { _ in true }),
            Actor(id: "russia", name: "Russia", kind: .state, mentions: mentions("Russia") { _ in true }),
            Actor(id: "silent", name: "Silent", kind: .state, mentions: []),
        ]
        let frameworks = [
            Framework(id: "eurasian-economic-union", name: "Eurasian Economic Union", acronym: "EAEU", kind: .organization,
                      sponsors: [], stances: [], mentions: mentions("EAEU") { $0 % 5 == 0 }),
        ]
        return Corpus(articles: [article.article], actors: actors, frameworks: frameworks)
    }()

    /// A pair as the query shows it: both ids, the count, and each listed sentence as `article#index`.
    struct Pair: Equatable, CustomStringConvertible {
        var a: String, b: String, count: Int, sentences: [String]
        var description: String { "\(a)+\(b) ×\(count) \(sentences)" }
    }

    /// The co-occurrence table worked out from the mentions, the slow way.
    static func recount(_ corpus: Corpus, _ left: SourceKind, _ right: SourceKind, byParagraph: Bool) -> [Pair] {
        typealias Named = (id: String, sentence: Int)
        func position(_ source: SourceKind, _ id: String) -> Int {
            source == .actors ? corpus.actors.firstIndex { $0.id == id }! : corpus.frameworks.firstIndex { $0.id == id }!
        }
        func mentions(_ source: SourceKind) -> [(article: String, sentence: Int, id: String)] {
            let entities = source == .actors ? corpus.actors.map { ($0.id, $0.mentions) } : corpus.frameworks.map { ($0.id, $0.mentions) }
            return entities.flatMap { id, mentions in mentions.map { ($0.location.article, $0.location.sentence, id) } }
        }
        let lefts = mentions(left), rights = mentions(right)
        var order: [String] = []
        var pairs: [String: Pair] = [:]
        for article in corpus.articles {
            let units = byParagraph ? article.paragraphs.map { Array($0.sentences) } : article.sentences.indices.map { [$0] }
            for unit in units {
                // Each entity once, with the first sentence naming it; within a sentence, in corpus order.
                func firstNamed(_ source: SourceKind, _ all: [(article: String, sentence: Int, id: String)]) -> [Named] {
                    var seen: [Named] = []
                    for sentence in unit {
                        let here = all.filter { $0.article == article.id && $0.sentence == sentence }.map(\.id)
                        for id in here.sorted(by: { position(source, $0) < position(source, $1) }) where !seen.contains(where: { $0.id == id }) {
                            seen.append((id, sentence))
                        }
                    }
                    return seen
                }
                let unitLefts = firstNamed(left, lefts), unitRights = firstNamed(right, rights)
                for a in unitLefts {
                    for b in unitRights where left != right || position(left, a.id) < position(right, b.id) {
                        let key = a.id + "+" + b.id
                        if pairs[key] == nil {
                            order.append(key)
                            pairs[key] = Pair(a: a.id, b: b.id, count: 0, sentences: [])
                        }
                        pairs[key]!.count += 1
                        guard pairs[key]!.sentences.count < Cooccurrence.maximumSentences else { continue }
                        let first = min(a.sentence, b.sentence), second = max(a.sentence, b.sentence)
                        let label = { (sentence: Int) in "\(article.id)#\(sentence)" }
                        if pairs[key]!.sentences.last != label(first) { pairs[key]!.sentences.append(label(first)) }
                        if second != first { pairs[key]!.sentences.append(label(second)) }
                    }
                }
            }
        }
        return order.enumerated()
            .sorted { pairs[$0.element]!.count != pairs[$1.element]!.count ? pairs[$0.element]!.count > pairs[$1.element]!.count : $0.offset < $1.offset }
            .map { pairs[$0.element]! }
    }

    /// The same table from the query language.
    static func query(_ corpus: Corpus, _ left: SourceKind, _ right: SourceKind, byParagraph: Bool) throws -> [Pair] {
        let (a, b) = left == right ? (left.singular + "_a", left.singular + "_b") : (left.singular, right.singular)
        let head = "cooccurrence \(left.rawValue) \(left == right ? "" : right.rawValue) by \(byParagraph ? "paragraph" : "sentence")"
        let session = QuerySession(corpus: corpus)
        let table = try rows("\(head) | select a = \(a).id, b = \(b).id, count, n = len(sentences)", session: session)
        let listed = try rows("\(head) | flatten sentences | select at = sentences.article.id, index = sentences.index", session: session)
        var sentences = zip(column("at", of: listed), column("index", of: listed)).map { "\($0)#\($1)" }[...]
        return try (0..<table.rowCount).map { row in
            let n = try #require(Int(column("n", of: table)[row]))
            defer { sentences = sentences.dropFirst(n) }
            return Pair(a: column("a", of: table)[row], b: column("b", of: table)[row],
                        count: try #require(Int(column("count", of: table)[row])), sentences: Array(sentences.prefix(n)))
        }
    }

    @Test(arguments: [(SourceKind.actors, SourceKind.frameworks), (.actors, .actors), (.frameworks, .actors), (.frameworks, .frameworks)],
          [false, true])
    func fixtureMatchesTheRecount(sources: (SourceKind, SourceKind), byParagraph: Bool) throws {
        let corpus = FixtureCorpus.corpus
        let expected = Self.recount(corpus, sources.0, sources.1, byParagraph: byParagraph)
        #expect(try Self.query(corpus, sources.0, sources.1, byParagraph: byParagraph) == expected)
    }

    @Test(arguments: [false, true])
    func crowdedPairsListAtMostTheCap(byParagraph: Bool) throws {
        for (left, right) in [(SourceKind.actors, SourceKind.actors), (.actors, .frameworks)] {
            let expected = Self.recount(Self.crowded, left, right, byParagraph: byParagraph)
            #expect(try Self.query(Self.crowded, left, right, byParagraph: byParagraph) == expected)
        }
        let pairs = try Self.query(Self.crowded, .actors, .actors, byParagraph: byParagraph)
        #expect(pairs.map(\.count) == [byParagraph ? 30 : 150])
        #expect(pairs.map(\.sentences.count) == [byParagraph ? 30 : Cooccurrence.maximumSentences])
    }
}
