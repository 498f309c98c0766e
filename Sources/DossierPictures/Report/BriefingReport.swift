import DossierModel

/// A whole corpus as one self-contained HTML page: the network, the timeline, the tables, and every
/// article's text with actors, frameworks and claims highlighted.
///
/// The page needs nothing from the network — styles, script and pictures are inline — and it is
/// well-formed XML as well as HTML, so tests can parse it and it survives XML tooling. Every piece of
/// article text is escaped on the way in.
public struct BriefingReport: Sendable {
    /// The page's title and main heading.
    public var title: String
    /// What the network, timeline and tables show; the articles' text is always whole.
    public var scope: CorpusScope
    /// The most mentioned actors and frameworks the network picture shows; the tables list all.
    public var networkLimit: Int

    public init(title: String = "Dossier briefing", scope: CorpusScope = .everything, networkLimit: Int = 60) {
        self.title = title
        self.scope = scope
        self.networkLimit = networkLimit
    }

    /// The whole page.
    public func render(_ corpus: Corpus) -> String {
        let network = ActorNetwork(corpus: corpus, scope: scope)
        let shown = network.keepingMostMentioned(networkLimit)
        let timeline = Timeline(corpus: corpus, scope: scope)
        let tables = ReportTables(corpus: corpus, scope: scope, shown: Set(network.nodes.map(\.id)))
        let markup = ArticleMarkup(corpus: corpus)
        let articles = corpus.articles.filter { scope.articles?.contains($0.id) ?? true }
        let networkTitle = Self.count(shown.nodes.count, "actor or framework", plural: "actors and frameworks")
            + (shown.nodes.count < network.nodes.count ? ", the most mentioned" : "")
        let timelineTitle = Self.count(timeline.entries.count, "dated event")
            + (timeline.years.map { ", \($0.lowerBound)–\($0.upperBound)" } ?? "")

        var page: [String] = [
            "<!DOCTYPE html>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(MarkupEscaping.text(title))</title>",
            "<style>\n\(ReportStyle.css)</style>",
            "</head>",
            "<body>",
            "<header class=\"top\"><h1>\(MarkupEscaping.text(title))</h1>",
            "<p>\(summary(corpus, articles: articles.count, network: network, timeline: timeline))</p></header>",
            "<nav class=\"toc\"><a href=\"#network\">Network</a><a href=\"#timeline\">Timeline</a>"
                + "<a href=\"#tables\">Tables</a><a href=\"#articles\">Articles</a></nav>",
            "<main>",
            "<section class=\"part\" id=\"network\"><h2>Actor network</h2>",
            "<figure>\(NetworkSVG(title: networkTitle, idPrefix: "net").render(shown))",
            "<figcaption>\(networkCaption(network, shown: shown))</figcaption></figure></section>",
            "<section class=\"part\" id=\"timeline\"><h2>Timeline</h2>",
            "<figure>\(TimelineSVG(title: timelineTitle).render(timeline))",
            "<figcaption>Each mark covers what its date means: a year, a month or a day. Click one to read its sentence.</figcaption></figure></section>",
            "<section class=\"part\" id=\"tables\"><h2>Tables</h2>",
            "<h3>Actors</h3>", tables.actors(),
            "<h3>Frameworks</h3>", tables.frameworks(),
            "<h3>Claims</h3>", tables.claims(),
            "<h3>Events</h3>", tables.events(timeline),
            "</section>",
            "<section class=\"part\" id=\"articles\"><h2>Articles</h2>",
            legend(),
        ]
        for article in articles {
            page.append("<article class=\"text\" id=\"a-\(SentenceAnchor.safe(article.id))\">")
            page.append("<h3>\(MarkupEscaping.text(article.title))</h3>")
            page.append("<p class=\"byline\">\(MarkupEscaping.text(byline(article)))</p>")
            page.append(markup.body(of: article))
            page.append("</article>")
        }
        page += [
            "</section>",
            "</main>",
            "<aside id=\"details\" hidden=\"hidden\"><button id=\"details-close\" type=\"button\">close</button>"
                + "<div id=\"details-text\"></div></aside>",
            "<script>\n\(ReportStyle.script)\n</script>",
            "</body>",
            "</html>",
        ]
        return page.joined(separator: "\n") + "\n"
    }

    private func summary(_ corpus: Corpus, articles: Int, network: ActorNetwork, timeline: Timeline) -> String {
        let actors = network.nodes.filter { !$0.kind.isFramework }.count
        let frameworks = network.nodes.count - actors
        let claims = corpus.claims.filter(scope.includes).count
        return [
            Self.count(articles, "article"), Self.count(actors, "actor"), Self.count(frameworks, "framework"),
            Self.count(claims, "claim"), Self.count(timeline.entries.count, "dated event"),
        ].joined(separator: " · ")
    }

    private func networkCaption(_ network: ActorNetwork, shown: ActorNetwork) -> String {
        var caption = "Hover over a node or line for details. "
        if shown.nodes.count < network.nodes.count {
            caption += "The \(shown.nodes.count) most mentioned of \(network.nodes.count) actors and frameworks are drawn."
        } else {
            caption += "All \(network.nodes.count) actors and frameworks are drawn."
        }
        return caption
    }

    /// Author, date, length and file name — not the whole path, which would tell whoever receives the
    /// briefing how the sender's disk is organised.
    private func byline(_ article: Article) -> String {
        let file = article.path.split(separator: "/").last.map(String.init)
        return [article.author, article.date?.description, "\(article.wordCount) words", file]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    private func legend() -> String {
        let samples = [
            ("mention actor k-state", "state", "An actor of kind state"),
            ("mention actor k-person", "person", "An actor of kind person"),
            ("mention actor k-organization", "organisation", "An actor of kind organization"),
            ("mention actor k-group", "group", "A group of unnamed speakers (“Chinese scholars”)"),
            ("mention framework f-initiative", "framework", "A framework: initiative, pipeline, corridor, summit…"),
            ("claim c-direct", "direct claim", "A claim in quotation marks"),
            ("claim c-indirect", "reported claim", "A claim in reported speech"),
        ]
        return "<p class=\"legend-inline\">"
            + samples.map { "<span class=\"\($0.0)\" title=\"\($0.2)\">\($0.1)</span>" }.joined()
            + "<span>— hover or click a highlight to see who and what it is.</span></p>"
    }

    private static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(value) \(value == 1 ? noun : plural ?? noun + "s")"
    }
}
