import DossierModel
import Testing
@testable import DossierQuery

/// A join on claims' `speaker` reads the index's claims-by-speaker lists instead of the claims, and
/// other joins on rows look keys up by position instead of hashing them. These tests hold both to
/// answers worked out from the corpus itself, and to the hashed path where one query can be written
/// both ways (`[speaker]` is the same key as `speaker`, but not one the index inverts).
@Suite struct JoinPathTests {
    /// The fixture, plus a claim whose speaker is no known actor (the index resolves it to none).
    static let corpus: Corpus = {
        let fixture = FixtureCorpus.corpus
        let stray = Claim(id: "stray-c1", location: fixture.claims[0].location, speaker: "nobody-we-know", speakerText: "Someone",
                          cue: "said", kind: .indirect, text: "Someone said so.", quote: nil, actors: [], frameworks: [],
                          rule: "fixture")
        return Corpus(articles: fixture.articles, actors: fixture.actors, frameworks: fixture.frameworks,
                      claims: fixture.claims + [stray], events: fixture.events)
    }()

    static func session() -> QuerySession { QuerySession(corpus: corpus) }

    /// (actor name, claim id) for each actor in order, then each of its claims in order.
    static func spoken(by actors: [Actor]) -> [String] {
        actors.flatMap { actor in corpus.claims.filter { $0.speaker == actor.id }.map { "\(actor.name) \($0.id)" } }
    }

    func pairs(_ query: String, _ left: String = "name", _ right: String = "id") throws -> [String] {
        let result = try rows(query, session: Self.session())
        return zip(column(left, of: result), column(right, of: result)).map { "\($0) \($1)" }
    }

    @Test func speakerJoinMatchesTheCorpus() throws {
        let everyone = Self.spoken(by: Self.corpus.actors)
        #expect(everyone.count == 5)
        #expect(try pairs("actors | join claims on this == speaker | select name, claim.id") == everyone)
        #expect(try pairs("actors | join claims on this == this.speaker | select name, claim.id") == everyone)
        let people = Self.spoken(by: Self.corpus.actors.filter { $0.kind == .person })
        #expect(try pairs(#"actors | where kind == "person" | join claims on this == speaker | select name, claim.id"#) == people)
    }

    @Test(arguments: [
        "actors | join claims on this == {key} | select name, claim.id",
        "actors | lookup claims on this == {key} | select name, claim.id",
        "actors | lookup claims as said on this == {key} | where said == null | select name, id",
        "actors | join claims on affiliation == {key} | select name, claim.id",
        "actors | lookup claims on affiliation == {key} | select name, claim.id",
        "actors | join claims on [this, this] == {key} | select name, claim.id",
        "actors | join claims on [affiliation, this] == {key} | select name, claim.id",
        "actors | join claims on id == {key} | select name, claim.id",
        #"actors | join claims on this == {key} | where claim.kind == "direct" | select name, claim.id"#,
        "actors | join claims on this == {key} | group by name aggregate n = count() | select name, id = n",
        "actors | sort mentions desc | take 4 | join claims on this == {key} | select name, claim.id",
        "frameworks | join claims on sponsors == {key} | select name, claim.id",
        "claims | join claims as other on speaker == {key} | select id, other_id = other.id",
    ])
    func speakerJoinMatchesTheHashedPath(template: String) throws {
        let indexed = template.replacingOccurrences(of: "{key}", with: "speaker")
        let hashed = template.replacingOccurrences(of: "{key}", with: "[speaker]")
        let (left, right) = template.hasPrefix("claims") ? ("id", "other_id") : ("name", "id")
        #expect(try pairs(indexed, left, right) == pairs(hashed, left, right), "\(indexed)")
    }

    @Test func unmatchedRowsAreKeptByLookupOnly() throws {
        let silent = Self.corpus.actors.filter { actor in !Self.corpus.claims.contains { $0.speaker == actor.id } }.map(\.name)
        #expect(!silent.isEmpty)
        let kept = try rows("actors | lookup claims as said on this == speaker | where said == null | select name", session: Self.session())
        #expect(column("name", of: kept) == silent)
        #expect(try rows("actors | join claims on this == speaker", session: Self.session()).rowCount == 5)
    }

    @Test func joinsOnActorsLookRowsUpByPosition() throws {
        let claims = Self.corpus.claims
        let actors = Self.corpus.actors
        let bySpeaker = claims.compactMap { claim in
            actors.first { $0.id == claim.speaker }.map { "\(claim.id) \($0.name)" }
        }
        #expect(try pairs("claims | join actors on speaker == this | select id, actor.name", "id", "name") == bySpeaker)
        let withNobody = claims.map { claim in "\(claim.id) \(actors.first { $0.id == claim.speaker }?.name ?? "")" }
        #expect(try pairs("claims | lookup actors on speaker == this | select id, who = actor.name", "id", "who") == withNobody)
        let mentioned = claims.flatMap { claim in
            claim.actors.compactMap { id in actors.first { $0.id == id } }.map { "\(claim.id) \($0.name)" }
        }
        #expect(try pairs("claims | join actors on actors == this | select id, actor.name", "id", "name") == mentioned)
        let sponsored = Self.corpus.frameworks.flatMap { framework in
            framework.sponsors.compactMap { id in actors.first { $0.id == id } }.map { "\(framework.name) \($0.name)" }
        }
        #expect(try pairs("frameworks | join actors on sponsors == this | select name, who = actor.name", "name", "who") == sponsored)
    }

    @Test func joinsOnTextStillHash() throws {
        let bySpeakerText = Self.corpus.actors.flatMap { actor in
            Self.corpus.claims.filter { $0.speakerText == actor.name }.map { "\(actor.name) \($0.id)" }
        }
        #expect(!bySpeakerText.isEmpty)
        #expect(try pairs("actors | join claims on name == speaker_text | select name, claim.id") == bySpeakerText)
    }
}
