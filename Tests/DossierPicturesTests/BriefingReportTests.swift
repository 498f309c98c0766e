import DossierModel
import Testing
@testable import DossierPictures

@Suite struct BriefingReportTests {
    let corpus = FixtureCorpus.corpus()

    @Test func reportIsWellFormedAndHasEveryPart() throws {
        let html = BriefingReport().render(corpus)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let xml = try #require(XMLCheck.parse(html), "\(XMLCheck.problem(html) ?? "")")
        let ids = Set(xml.elements.compactMap { $0.attributes["id"] })
        #expect(ids.isSuperset(of: ["network", "timeline", "tables", "articles", "details"]))
        #expect(xml.elements(named: "svg").count >= 2)
        #expect(xml.elements(named: "article").count == 2)
        #expect(xml.elements(named: "h4").map(\.text) == ["Energy"])
    }

    @Test func everyLinkInsideThePageHasATarget() throws {
        let xml = try #require(XMLCheck.parse(BriefingReport().render(corpus)))
        let ids = Set(xml.elements.compactMap { $0.attributes["id"] })
        let links = xml.elements(named: "a").compactMap { $0.attributes["href"] }
        #expect(!links.isEmpty)
        for link in links {
            #expect(link.hasPrefix("#"), "link leaves the page: \(link)")
            #expect(ids.contains(String(link.dropFirst())), "no element with id \(link)")
        }
    }

    @Test func highlightsCarrySpeakerKindAndRole() throws {
        let xml = try #require(XMLCheck.parse(BriefingReport().render(corpus)))
        let spans = xml.elements(named: "span")
        let xi = spans.first { $0.attributes["class"] == "mention actor k-person" && $0.text == "Xi Jinping" }
        #expect(xi?.attributes["title"]?.contains("role: president") == true)
        #expect(xi?.attributes["title"]?.contains("affiliation: China") == true)
        let claim = try #require(spans.first { $0.attributes["class"] == "claim c-mixed" })
        #expect(claim.attributes["title"]?.contains("speaker: Xi Jinping — person, president") == true)
        #expect(claim.text.contains("serves everyone"))
        let bri = spans.first { $0.attributes["class"] == "mention framework f-initiative" && $0.text == "Belt and Road Initiative" }
        #expect(bri?.attributes["title"]?.contains("sponsors: China") == true)
    }

    @Test func theArticleTextSurvivesHighlightingUnchanged() throws {
        let xml = try #require(XMLCheck.parse(BriefingReport().render(corpus)))
        let article = try #require(xml.elements(named: "article").first)
        let expected = FixtureCorpus.pipelines.paragraphs.flatMap { $0 }.joined(separator: " ")
        let shown = article.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(shown.hasSuffix(expected))
    }

    @Test func hostileArticleTextIsEscapedEverywhere() throws {
        let hostile = "Officials said \"<script>alert('x')</script> & <img src=x onerror=alert(1)>\" ]]> \u{1B}[2J done."
        let fixture = ArticleFixture(id: "evil<id>", title: "<h1>Title</h1> & \u{1B}]0;t\u{7}", paragraphs: [[hostile]])
        let location = fixture.sentenceLocation(0)
        let speaker = Actor(id: "x\"y", name: "<b>Spokes\"person</b>", kind: .person, role: "<i>role</i>",
                            mentions: [Mention(location: fixture.location(of: "Officials"), text: "Officials", rule: "x")])
        let claim = Claim(id: "c<1>", location: location, speaker: "x\"y", speakerText: "Officials", cue: "said", kind: .direct,
                          text: hostile, quote: "<script>", actors: [], frameworks: [], rule: "quote-said")
        let event = Event(id: "e1", location: location, date: PartialDate(year: 2020), dateText: "<2020>", text: hostile,
                          actors: [], frameworks: [])
        let corpus = Corpus(articles: [fixture.article()], actors: [speaker], claims: [claim], events: [event])
        let html = BriefingReport(title: "Report <&>").render(corpus)
        let xml = try #require(XMLCheck.parse(html), "\(XMLCheck.problem(html) ?? "")")
        #expect(xml.elements(named: "script").count == 1, "only Dossier's own script")
        #expect(xml.elements(named: "img").isEmpty && xml.elements(named: "b").isEmpty && xml.elements(named: "h1").count == 1)
        #expect(!html.contains("\u{1B}") && !html.contains("\u{7}"))
        #expect(!html.contains("<script>alert"))
        #expect(xml.elements(named: "p").contains { $0.text.contains("<script>alert('x')</script>") })
    }

    @Test func reportIsSelfContained() {
        let html = BriefingReport().render(corpus)
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(!html.contains("@import"))
        #expect(!html.contains("@font-face"))
        // Namespaces are names, not fetched; anything else that looks like an address is a leak.
        let addresses = html.components(separatedBy: "http").dropFirst().map { String($0.prefix(30)) }
        #expect(addresses.allSatisfy { $0.hasPrefix("://www.w3.org/") }, "\(addresses)")
        let urls = html.components(separatedBy: "url(").dropFirst()
        #expect(urls.allSatisfy { $0.hasPrefix("#") })
    }

    @Test func reportPrintsCleanly() {
        let html = BriefingReport().render(corpus)
        #expect(html.contains("@media print"))
        #expect(html.contains("nav.toc, #details { display: none !important; }"))
    }
}

@Suite struct LayeredMarkupTests {
    private func render(_ text: String, _ marks: [LayeredMarkup.Mark], layers: Int = 3) -> String {
        let scalars = Array(text.unicodeScalars)
        return LayeredMarkup(layers: layers).render(scalars, range: 0..<scalars.count, marks: marks)
    }

    private func mark(_ layer: Int, _ start: Int, _ end: Int, _ name: String) -> LayeredMarkup.Mark {
        .init(layer: layer, start: start, end: end, element: name, attributes: "", firstAttributes: " id=\"\(name)\"")
    }

    @Test func nestedSpansNest() {
        #expect(render("abcdef", [mark(0, 0, 6, "s"), mark(2, 2, 4, "m")]) == "<s id=\"s\">ab<m id=\"m\">cd</m>ef</s>")
    }

    @Test func crossingSpansAreSplitAndStillNest() throws {
        // The mention (layer 2) crosses the end of the claim (layer 1).
        let output = render("abcdef", [mark(1, 0, 3, "c"), mark(2, 2, 5, "m")])
        #expect(output == "<c id=\"c\">ab<m id=\"m\">c</m></c><m>de</m>f")
        #expect(XMLCheck.parse("<root>\(output)</root>") != nil)
    }

    @Test func overlappingSpansOfOneLayerDoNotBreakNesting() {
        let output = render("abcdef", [mark(2, 0, 4, "a"), mark(2, 2, 6, "b")])
        #expect(XMLCheck.parse("<root>\(output)</root>") != nil)
        #expect(output.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression) == "abcdef")
    }

    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func anyMarksGiveWellFormedMarkupAroundTheSameText(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let text = "Kazakhstan & <Russia> said “yes” — 習近平 agreed."
        let length = text.unicodeScalars.count
        for _ in 0..<100 {
            let marks = (0..<Int(random.next() % 12)).map { index -> LayeredMarkup.Mark in
                let start = Int(random.next() % UInt64(length + 2)) - 1
                let end = start + Int(random.next() % 20)
                return mark(Int(random.next() % 3), start, end, ["s", "c", "m"][index % 3] + "\(index)")
            }
            let output = render(text, marks)
            let xml = try #require(XMLCheck.parse("<root>\(output)</root>"), "\(output)")
            #expect(xml.elements.first?.text == text)
            let ids = xml.elements.compactMap { $0.attributes["id"] }
            #expect(ids.count == Set(ids).count, "an id was repeated")
        }
    }

    @Test func spansOutsideTheTextAreIgnored() {
        #expect(render("abc", [mark(2, 10, 12, "x"), mark(2, 1, 1, "empty")]) == "abc")
    }
}
