import DossierModel
import DossierQuery
import Testing
@testable import DossierPictures

/// Pictures of what a query selects, and charts of query results, over the hand-built corpus.
@Suite struct QueryPicturesTests {
    let session = QuerySession(corpus: FixtureCorpus.corpus())

    private func rows(_ query: String) throws -> QueryResult {
        let outcomes = try session.run(query)
        for outcome in outcomes.reversed() { if case .rows(let result) = outcome { return result } }
        Issue.record("no rows from \(query)")
        throw ChartError(description: "no rows")
    }

    @Test func claimRowsSelectThoseClaims() throws {
        let scope = CorpusScope(result: try rows("claims | where speaker == \"Satpayev\""))
        #expect(scope.claims == ["pipelines-c2"])
        let network = ActorNetwork(corpus: FixtureCorpus.corpus(), scope: scope)
        #expect(Set(network.nodes.map(\.id)) == ["dosym-satpayev", "kazakhstan", "russia"])
    }

    @Test func projectedRowsStillKnowTheirSource() throws {
        let scope = CorpusScope(result: try rows("events | where date >= 2020 | select text"))
        #expect(scope.events == ["pipelines-e1"])
        #expect(Timeline(corpus: FixtureCorpus.corpus(), scope: scope).entries.count == 1)
    }

    @Test func actorRowsSelectEntities() throws {
        let scope = CorpusScope(result: try rows("actors | where kind == \"state\""))
        #expect(scope.entities == ["china", "russia", "kazakhstan"])
    }

    @Test func groupedRowsSelectWhatTheirCellsReferTo() throws {
        let scope = CorpusScope(result: try rows("claims | group by speaker aggregate n = count()"))
        #expect(scope.entities == ["xi-jinping", "dosym-satpayev"])
    }

    @Test func anEmptyResultSelectsNothing() throws {
        let scope = CorpusScope(result: try rows("claims | where cue == \"nothing like this\""))
        #expect(ActorNetwork(corpus: FixtureCorpus.corpus(), scope: scope).nodes.isEmpty)
        #expect(Timeline(corpus: FixtureCorpus.corpus(), scope: scope).entries.isEmpty)
    }

    @Test func chartsTheLastNumberColumnByTheTextColumnsBeforeIt() throws {
        let chart = try BarChart(result: try rows("actors | select name, kind, mentions | sort mentions desc")) { $0 }
        #expect(chart.caption == "name · kind by mentions")
        #expect(chart.bars.first == BarChart.Bar(label: "Russia · state", value: 3))
        #expect(chart.bars.count == 5)
    }

    @Test func groupKeysNameTheBarsAndEmptyKeysSaySo() throws {
        let chart = try BarChart(result: try rows("actors | group by affiliation, kind aggregate n = count() | sort n desc")) { $0 }
        #expect(chart.caption == "affiliation · kind by n")
        #expect(chart.bars.first == BarChart.Bar(label: "(none) · state", value: 3))
        #expect(chart.bars.contains(BarChart.Bar(label: "China · person", value: 1)))
    }

    @Test func aNumberFirstTakesItsLabelFromAfter() throws {
        let chart = try BarChart(result: try rows("actors | select mentions, name | sort mentions desc | take 1")) { $0 }
        #expect(chart.bars == [BarChart.Bar(label: "Russia", value: 3)])
    }

    @Test func chartingWithoutNumbersExplainsWhatToDo() throws {
        let result = try rows("actors | select name, kind")
        #expect(throws: ChartError.self) { try BarChart(result: result) { $0 } }
    }

    @Test func chartLabelsGoThroughTheSanitiser() throws {
        let chart = try BarChart(result: try rows("actors | select name, mentions")) { "<" + $0 + ">" }
        #expect(chart.bars.allSatisfy { $0.label.hasPrefix("<") && $0.label.hasSuffix(">") })
    }
}

@Suite struct ScopedReportTests {
    @Test func selectedClaimsNarrowTheTimelineAndTheTables() throws {
        let corpus = FixtureCorpus.corpus()
        // Dosym Satpayev's claim shares no sentence with an event; Xi's claim neither; the first
        // sentence (an event) has no claim.
        let scope = CorpusScope(claims: ["pipelines-c2"])
        #expect(Timeline(corpus: corpus, scope: scope).entries.isEmpty)
        let html = BriefingReport(scope: scope).render(corpus)
        let xml = try #require(XMLCheck.parse(html))
        let cells = xml.elements(named: "td").map(\.text)
        #expect(cells.contains("Dosym Satpayev"))
        #expect(!cells.contains("Xi Jinping"), "Xi Jinping is not in the selected claim")
        // The article text stays whole.
        #expect(xml.elements(named: "span").contains { $0.text == "Xi Jinping" })
    }

    @Test func selectedEventsCountEvenWithoutClaims() {
        let scope = CorpusScope(events: ["water-e1"])
        let timeline = Timeline(corpus: FixtureCorpus.corpus(), scope: scope)
        #expect(timeline.entries.map(\.event.id) == ["water-e1"])
        let network = ActorNetwork(corpus: FixtureCorpus.corpus(), scope: scope)
        #expect(Set(network.nodes.map(\.id)) == ["china", "kazakhstan"])
    }
}
