import DossierExtract
import DossierModel
import Testing
@testable import DossierQuery

/// The analysis scripts in Docs/examples run on the sample corpus, and their results have the shape
/// they promise. The checks are structural (they hold however well extraction does), not frozen output.
@Suite struct ExampleScriptTests {
    static let samples = SampleCorpus.load().corpus

    private func lastRows(of path: String) throws -> (QueryResult, QuerySession) {
        let session = QuerySession(corpus: Self.samples)
        let outcomes = try session.run(try RepositoryFiles.text(path), named: path)
        guard let result = outcomes.reversed().compactMap({ if case .rows(let rows) = $0 { rows } else { nil } }).first else {
            throw QueryError("\(path) printed no rows", at: nil)
        }
        return (result, session)
    }

    @Test func everyExampleRuns() throws {
        let scripts = try RepositoryFiles.files(in: "Docs/examples", ending: ".dq")
        #expect(scripts.count >= 4)
        for script in scripts {
            let session = QuerySession(corpus: Self.samples)
            #expect(throws: Never.self, "\(script)") { try session.run(try RepositoryFiles.text(script), named: script) }
        }
    }

    @Test func whoSpeaksForWhom() throws {
        let (result, session) = try lastRows(of: "Docs/examples/who-speaks-for-whom.dq")
        #expect(result.columns == ["speaker", "for_whom", "claims", "kinds", "cues"])
        let counts = column("claims", of: result).compactMap(Int.init)
        #expect(counts.count == result.rowCount && !counts.isEmpty)
        #expect(counts == counts.sorted(by: >))
        let attributed = try rows("claims | where speaker != null | count", session: session)
        #expect(counts.reduce(0, +) == Int(column("count", of: attributed)[0]))
        #expect(Set(column("speaker", of: result)).count == result.rowCount)
        for row in 0..<result.rowCount {
            guard case .list(let cues) = result.cell(row: row, column: 4) else { Issue.record("cues is not a list"); continue }
            #expect(cues.count == counts[row])
        }
    }

    @Test func frameworkSponsors() throws {
        let (result, session) = try lastRows(of: "Docs/examples/framework-sponsors.dq")
        #expect(result.columns == ["power", "frameworks", "n"])
        #expect(result.rowCount > 0)
        let kinds = try rows(#"actors | where kind in ["state", "bloc", "organization"] | select name"#, session: session)
        let powers = Set(column("name", of: kinds))
        for row in 0..<result.rowCount {
            #expect(powers.contains(result.cell(row: row, column: 0).plainText))
            guard case .list(let names) = result.cell(row: row, column: 1), case .int(let n) = result.cell(row: row, column: 2) else {
                Issue.record("wrong cell types")
                continue
            }
            #expect(names.count == n)
        }
    }

    @Test func regionalVoices() throws {
        let (result, _) = try lastRows(of: "Docs/examples/regional-voices.dq")
        #expect(result.columns == ["speaker", "from", "cue", "frameworks", "text"])
        #expect(result.rowCount > 0)
        let region: Set = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"]
        #expect(column("from", of: result).allSatisfy(region.contains))
    }

    @Test func explainAndWhy() throws {
        let session = QuerySession(corpus: Self.samples)
        let outcomes = try session.run(try RepositoryFiles.text("Docs/examples/empty-why.dq"))
        guard case .explanation(let explanation) = outcomes.first else { Issue.record("no explanation"); return }
        #expect(explanation.steps.count == 3)
        #expect(explanation.steps.last?.rows == 0)
        guard case .rows(let why) = outcomes.last else { Issue.record("no why"); return }
        #expect(why.columns == ["article", "sentence", "text"])
        #expect(column("text", of: why).allSatisfy { $0.contains("«") && $0.contains("»") })
    }
}
