import DossierModel
import Testing
@testable import DossierQuery

/// `has` and `contains` on claims' and events' `text` read the index's contiguous text column; these
/// tests hold that path to exactly what searching each sentence String gives, on punctuation that
/// tends to trip word boundaries.
@Suite struct StoredTextSearchTests {
    static let sentences = [
        "The pipeline’s route changed — again.",
        "Pipelines, not a pipeline-era plan, matter here.",
        "PIPELINE talks resumed in 2024; pipeline2 is a code name.",
        "Le gazoduc («pipeline») passe par Almaty—pipeline—et Astana.",
        "Ölpipeline und Gasprom: die Pipeline läuft über Kasachstan.",
        "snake_pipeline is not a word boundary, but pipeline. is.",
        "Сибирь pipeline сила, and ПИПЕЛАЙН in Cyrillic.",
        "Budget-cutting hit the budget; über-budget plans stalled.",
        "",
        "pipeline",
    ]

    static let corpus: Corpus = {
        func location(_ sentence: Int) -> Location {
            Location(article: "tricky", paragraph: 0, sentence: sentence, span: Span(start: 0, end: 1))
        }
        let claims = sentences.enumerated().map { position, text in
            Claim(id: "c\(position)", location: location(position), speaker: nil, speakerText: nil, cue: "said",
                  kind: .indirect, text: text, quote: nil, actors: [], frameworks: [], rule: "fixture")
        }
        let events = sentences.enumerated().map { position, text in
            Event(id: "e\(position)", location: location(position), date: PartialDate(year: 2024), dateText: "2024",
                  text: text, actors: [], frameworks: [])
        }
        return Corpus(claims: claims, events: events)
    }()

    static let needles = ["pipeline", "PIPELINE", "Pipeline", "pipelines", "pipe", "line", "2024", "pipeline2",
                          "budget", "über", "Über", "ölpipeline", "пипелайн", "’s", "—", "pipeline’s", "", "-era",
                          "snake_pipeline", "sila", "almaty", "route changed"]

    /// Rows whose sentence String matches, searched one String at a time.
    static func scanned(_ needle: String, wholeWord: Bool) -> [String] {
        let search = TextSearch(needle, wholeWord: wholeWord)
        return sentences.indices.filter { search.matches(sentences[$0]) }.map { "c\($0)" }
    }

    @Test(arguments: ["has", "contains"])
    func claimsMatchTheStringScan(op: String) throws {
        let session = QuerySession(corpus: Self.corpus)
        for needle in Self.needles {
            let query = "claims | where text \(op) \"\(needle)\" | select id"
            let expected = Self.scanned(needle, wholeWord: op == "has")
            #expect(column("id", of: try rows(query, session: session)) == expected, "\(query)")
        }
    }

    @Test func eventsMatchTheStringScan() throws {
        let session = QuerySession(corpus: Self.corpus)
        for needle in Self.needles {
            let query = "events | where text has \"\(needle)\" | select id"
            let expected = Self.scanned(needle, wholeWord: true).map { "e" + $0.dropFirst() }
            #expect(column("id", of: try rows(query, session: session)) == expected, "\(query)")
        }
    }

    /// Hand-checked answers, so the comparison above cannot pass with both sides wrong.
    @Test func wholeWordsAcrossPunctuation() throws {
        let session = QuerySession(corpus: Self.corpus)
        func ids(_ needle: String) throws -> [String] {
            column("id", of: try rows("claims | where text has \"\(needle)\" | select id", session: session))
        }
        #expect(try ids("pipeline") == ["c0", "c1", "c2", "c3", "c4", "c5", "c6", "c9"])
        #expect(try ids("pipelines") == ["c1"])
        #expect(try ids("pipeline2") == ["c2"])
        #expect(try ids("budget") == ["c7"])
        #expect(try ids("über") == ["c4", "c7"])
        #expect(try ids("пипелайн") == ["c6"])
        #expect(try ids("pipe").isEmpty)
    }
}
