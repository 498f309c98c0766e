import DossierModel
import Testing
@testable import DossierPictures

@Suite struct TimelineTests {
    let corpus = FixtureCorpus.corpus()

    @Test func eventsAreInDateOrderWithTheirSentenceAnchors() {
        let timeline = Timeline(corpus: corpus)
        #expect(timeline.entries.map(\.event.id) == ["water-e1", "pipelines-e1"])
        #expect(timeline.entries[1].anchor == "s-pipelines-0")
        #expect(timeline.years == 2016...2023)
    }

    @Test func scopeSelectsEvents() {
        let timeline = Timeline(corpus: corpus, scope: CorpusScope(events: ["pipelines-e1"]))
        #expect(timeline.entries.map(\.event.id) == ["pipelines-e1"])
    }

    @Test func terminalTimelineHasAYearAxisAndMarksGaps() {
        let text = TimelineText.render(Timeline(corpus: corpus), width: 80) { $0 }
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "2 dated events, 2016–2023")
        #expect(lines[1].hasPrefix("2016 ┼─● 2016"))
        #expect(lines.contains("     ┊   2017–2022: nothing dated"))
        #expect(lines.last?.hasPrefix("2023 ┼─● 2023-05") == true)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func terminalTimelinePassesArticleTextThroughTheSanitiser() {
        var events = corpus.events
        events[0].text = "Bad \u{1B}]0;owned\u{7} title"
        let hostile = Corpus(articles: corpus.articles, actors: corpus.actors, frameworks: corpus.frameworks,
                             claims: corpus.claims, events: events)
        let text = TimelineText.render(Timeline(corpus: hostile), width: 80) { $0.replacingOccurrences(of: "\u{1B}", with: "\\e")
            .replacingOccurrences(of: "\u{7}", with: "\\a") }
        #expect(!text.contains("\u{1B}") && !text.contains("\u{7}"))
        #expect(text.contains("Bad \\e]0;owned\\a title"))
    }

    @Test func anEmptyTimelineSaysSo() {
        #expect(TimelineText.render(Timeline(corpus: .empty), width: 80) { $0 } == "No dated events.")
        #expect(XMLCheck.parse(TimelineSVG().render(Timeline(corpus: .empty))) != nil)
    }

    @Test func svgLinksEveryEventToItsSentenceWithTheSentenceAsTooltip() throws {
        let timeline = Timeline(corpus: corpus)
        let xml = try #require(XMLCheck.parse(TimelineSVG(linkBase: "briefing.html").render(timeline)))
        let links = xml.elements(named: "a")
        #expect(links.map { $0.attributes["href"] } == timeline.entries.map { "briefing.html#" + $0.anchor })
        let titles = xml.elements(named: "title").map(\.text)
        for entry in timeline.entries { #expect(titles.contains { $0.contains(entry.event.text) }) }
    }

    @Test func yearOnlyDatesCoverTheWholeYear() {
        let (from, to) = TimelineSVG.interval(corpus.events[1])
        #expect(from == 2016 && to == 2017)
        let (monthFrom, monthTo) = TimelineSVG.interval(corpus.events[0])
        #expect(abs(monthFrom - (2023 + 4.0 / 12)) < 1e-9 && abs(monthTo - monthFrom - 1.0 / 12) < 1e-9)
    }
}

@Suite struct DateLabelTests {
    private func event(_ from: String, _ to: String?) -> Event {
        Event(id: "e", location: Location(article: "a", paragraph: 0, sentence: 0, span: Span(start: 0, end: 1)),
              date: PartialDate(from)!, endDate: to.flatMap(PartialDate.init), dateText: from, text: "x", actors: [], frameworks: [])
    }

    @Test func rangesAreWrittenBriefly() {
        #expect(TimelineText.dateLabel(event("2023-03-20", "2023-03-22")) == "2023-03-20–22")
        #expect(TimelineText.dateLabel(event("2023-03-30", "2023-04-02")) == "2023-03-30–04-02")
        #expect(TimelineText.dateLabel(event("2022-12-30", "2023-01-02")) == "2022-12-30–2023-01-02")
        #expect(TimelineText.dateLabel(event("2023-03", "2023-05")) == "2023-03–05")
        #expect(TimelineText.dateLabel(event("2023", nil)) == "2023")
    }
}

@Suite struct TimelineLimitTests {
    @Test func aLongTimelineDrawsAnEvenShareAndSaysSo() throws {
        let base = FixtureCorpus.corpus()
        let template = base.events[0]
        let events = (0..<50).map { index in
            var event = template
            event.id = "e\(index)"
            event.date = PartialDate(year: 2000 + index / 5, month: index % 12 + 1)
            return event
        }
        let corpus = Corpus(articles: base.articles, actors: base.actors, frameworks: base.frameworks, claims: base.claims, events: events)
        let svg = TimelineSVG(maximumEvents: 10).render(Timeline(corpus: corpus))
        let xml = try #require(XMLCheck.parse(svg))
        #expect(xml.elements(named: "a").count == 10)
        #expect(xml.elements(named: "text").contains { $0.text.hasPrefix("10 of 50 events drawn") })
        let spread = TimelineSVG.evenlySpread(Timeline(corpus: corpus).entries, keeping: 10).map(\.event.date.year)
        #expect(spread.first == 2000 && spread.last == 2009)
    }
}

@Suite struct OddModelTests {
    private func corpus(years: [Int]) -> Corpus {
        let base = FixtureCorpus.corpus()
        let events = years.enumerated().map { index, year in
            var event = base.events[0]
            event.id = "e\(index)"
            event.date = PartialDate(year: year)
            return event
        }
        return Corpus(articles: base.articles, actors: base.actors, frameworks: base.frameworks, claims: base.claims, events: events)
    }

    @Test(arguments: [[1, 9_000_000], [Int.min, Int.max], [-500, 2024], [2024]])
    func extremeYearsStillGiveValidPictures(years: [Int]) throws {
        let timeline = Timeline(corpus: corpus(years: years))
        let svg = TimelineSVG().render(timeline)
        let xml = try #require(XMLCheck.parse(svg))
        let labels = xml.elements(named: "text").filter { Int($0.text) != nil }
        #expect((1...17).contains(labels.count), "\(labels.count) year labels")
        #expect(!TimelineText.render(timeline, width: 80) { $0 }.isEmpty)
    }

    @Test func yearStepsKeepLabelsFew() {
        #expect(TimelineSVG.yearStep(10) == 1)
        #expect(TimelineSVG.yearStep(30) == 2)
        #expect(TimelineSVG.yearStep(70) == 5)
        #expect(TimelineSVG.yearStep(150) == 10)
        #expect(TimelineSVG.yearStep(2_000) == 200)
    }

    @Test func spansOutsideTheTextDoNotStopTheReport() throws {
        let base = FixtureCorpus.corpus()
        var article = base.articles[0]
        article.paragraphs[1].span = Span(start: 5_000, end: 6_000)
        article.sentences[2].span = Span(start: 10, end: 90_000)
        var claims = base.claims
        claims[0].location.span = Span(start: 7_000, end: 7_001)
        let broken = Corpus(articles: [article, base.articles[1]], actors: base.actors, frameworks: base.frameworks,
                            claims: claims, events: base.events)
        let html = BriefingReport().render(broken)
        #expect(XMLCheck.parse(html) != nil, "\(XMLCheck.problem(html) ?? "")")
    }
}
