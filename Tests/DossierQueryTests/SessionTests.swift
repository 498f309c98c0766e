import DossierModel
import Synchronization
import Testing
@testable import DossierQuery

@Suite struct SessionTests {
    @Test func variablesHoldTablesAndValues() throws {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        let outcomes = try session.run(#"let people = actors | where kind == "person"; let limit = 1 + 1"#)
        guard case .assigned(let name, let summary) = outcomes[0], case .assigned(_, let value) = outcomes[1] else {
            Issue.record("expected two assignments")
            return
        }
        #expect(name == "people")
        #expect(summary == "4 rows")
        #expect(value == "2")
        #expect(column("name", of: try rows("people | where mentions >= limit | sort name | select name", session: session))
            == ["Dosym Satpayev", "Vladimir Putin", "Xi Jinping"])
        #expect(session.definitions.map(\.name) == ["limit", "people"])
    }

    @Test func singleColumnTablesWorkAsLists() throws {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        _ = try session.run(#"let states = actors | where kind == "state" | select name"#)
        #expect(try rows("claims | where speaker.affiliation.name in states", session: session).rowCount == 5)
        let error = failure("let two = actors | select name, kind\nclaims | where speaker in two", session: session)
        #expect(error?.message == "`two` holds a table with 2 columns, not a value")
    }

    @Test func lastResultIsUnderscore() throws {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        _ = try session.run(#"claims | where kind == "indirect""#)
        #expect(column("count", of: try rows("_ | count", session: session)) == ["5"])
        #expect(column("count", of: try rows("_", session: session)) == ["5"])
        #expect(failure("_ | count")?.message == "`_` is the last result, but nothing has run yet")
    }

    @Test func functionsTakeParametersAndAreListed() throws {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        let outcomes = try session.run("def by_state(s) = claims | where speaker.affiliation == s")
        guard case .defined(let definition) = outcomes[0] else { Issue.record("not defined"); return }
        #expect(definition.parameters == ["s"])
        #expect(try rows(#"by_state("PRC") | count"#, session: session).cell(row: 0, column: 0) == .int(2))
        #expect(try rows(#"by_state("Kazakhstan")"#, session: session).rowCount == 2)
        _ = try session.run("def people = actors | where kind == \"person\"\ndef twice(x) = x * 2", named: "defs")
        #expect(try rows("people | count", session: session).cell(row: 0, column: 0) == .int(4))
        #expect(try value("twice(21)", session: session) == .int(42))
        #expect(session.definitions.map(\.text) == [
            "def by_state(s) = claims | where speaker.affiliation == s", "def people = actors | where kind == \"person\"",
            "def twice(x) = x * 2",
        ])
        #expect(failure(#"by_state("a", "b")"#, session: session)?.message == "`by_state` takes 1 argument, not 2")
    }

    @Test func parametersShadowFields() throws {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        _ = try session.run("def named(name) = actors | where this == name")
        #expect(column("name", of: try rows(#"named("Moscow") | select name"#, session: session)) == ["Russia"])
    }

    @Test func runawayRecursionIsStopped() {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        _ = try? session.run("def loop(x) = loop(x)")
        #expect(failure("loop(1)", session: session)?.kind == .limit)
    }

    @Test func explainCountsRowsPerStage() throws {
        let outcomes = try QuerySession(corpus: FixtureCorpus.corpus).run("""
            explain claims | where kind == "indirect" | where speaker == "Zakharova" | take 5
            """)
        guard case .explanation(let explanation) = outcomes.last else { Issue.record("no explanation"); return }
        #expect(explanation.steps.map(\.rows) == [6, 5, 0, 0])
        #expect(explanation.steps.map(\.keyword) == ["source", "where", "where", "take"])
        #expect(explanation.firstEmptyStep == 2)
        #expect(explanation.rendered.split(separator: "\n")[2].hasSuffix("0 rows   ← no rows left after this stage"))
        let first = explanation.rendered.split(separator: "\n")[0]
        #expect(first.hasPrefix("claims   ") && first.hasSuffix("   6 rows"))
    }

    @Test func provenanceOfARowOfTheLastResult() throws {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        _ = try session.run(#"claims | where speaker == "Satpayev" | select speaker, cue"#)
        let why = try session.provenance(ofRow: 1)
        #expect(column("text", of: why) == ["On 15 January 2024, Satpayev «said» Kazakhstan would join no new bloc."])
        #expect(column("article", of: why) == ["caspian-brief"])
        #expect(column("row", of: why) == ["2"], "the row keeps its number in the last result")
        #expect(throws: QueryError.self) { try session.provenance(ofRow: 2) }
        _ = try session.run("actors | group by kind")
        #expect(throws: QueryError.self) { try session.provenance(ofRow: 0) }
    }

    @Test func cancellationStopsAQuery() {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        session.isCancelled = { true }
        #expect(failure("mentions | where text has \"x\"", session: session)?.kind == .cancelled)
    }

    @Test func cancellationIsPolledDuringLongStages() throws {
        let polls = Atomic<Int>(0)
        let session = QuerySession(corpus: SyntheticCorpus.make(articles: 50, sentencesPerArticle: 40))
        session.isCancelled = {
            polls.add(1, ordering: .relaxed)
            return polls.load(ordering: .relaxed) > 3
        }
        let error = failure("sentences | join sentences as other on article == article | count", session: session)
        #expect(error?.kind == .cancelled)
    }

    @Test func rowLimitsStopHugeIntermediates() {
        let session = QuerySession(corpus: SyntheticCorpus.make(articles: 20, sentencesPerArticle: 30), limits: QueryLimits(maximumRows: 10_000))
        let error = failure("sentences | join sentences as other on article == article | count", session: session)
        #expect(error?.kind == .limit)
        #expect(error?.message == "this stage would make more than 10000 rows")
        #expect(error?.location?.column == 13)
    }

    @Test func variablesFromArguments() throws {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        session.setVariable("who", text: "Xi")
        #expect(try rows("claims | where speaker == who", session: session).rowCount == 1)
    }

    @Test func replacingTheCorpusDropsVariables() throws {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        _ = try session.run("let a = actors; def f = actors")
        session.replaceCorpus(Corpus())
        #expect(session.definitions.map(\.name) == ["f"])
        #expect(try rows("f | count", session: session).cell(row: 0, column: 0) == .int(0))
    }

    @Test func completeness() {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        #expect(session.isComplete("claims | take 3"))
        #expect(!session.isComplete("claims |"))
        #expect(!session.isComplete("claims | where speaker in [\"Xi\","))
        #expect(!session.isComplete("claims | where speaker == \"Xi"))
        #expect(!session.isComplete("actors | where kind == \"state\" and"))
        #expect(!session.isComplete("actors | select upper(name"))
        #expect(session.isComplete("actors # a comment with ( and \""))
        #expect(session.isComplete(""))
        #expect(session.isComplete("actors | where name == \"a|\""))
    }

    /// Whatever the prompt waits for more lines on, the parser must accept as one statement.
    @Test(arguments: [
        ("actors | where kind == \"state\" and", "mentions > 0 | count"),
        ("actors | where mentions >", "0 | count"),
        ("claims | where text has", "\"pipeline\" | count"),
        ("actors | select n = mentions *", "2 | count"),
        ("claims |", "count"),
        ("let n =", "actors | count"),
    ])
    func linesThePromptContinuesParseAsOneStatement(first: String, second: String) throws {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        #expect(!session.isComplete(first))
        let outcomes = try session.run(first + "\n" + second)
        #expect(outcomes.count == 1)
    }
}
