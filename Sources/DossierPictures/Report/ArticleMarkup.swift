import DossierModel

/// An article's text as HTML: sections with their headings, paragraphs, every sentence an anchor, and
/// actors, frameworks and claims highlighted with what Dossier knows about them in their tooltips.
struct ArticleMarkup {
    let corpus: Corpus
    /// Actor and framework mentions, per article.
    private let mentions: [ArticleID: [LayeredMarkup.Mark]]
    private let claims: [ArticleID: [LayeredMarkup.Mark]]

    init(corpus: Corpus) {
        self.corpus = corpus
        var mentions: [ArticleID: [LayeredMarkup.Mark]] = [:]
        for actor in corpus.actors {
            let tip = Self.describe(actor, in: corpus)
            let attributes = " class=\"mention actor k-\(actor.kind.rawValue)\" title=\"\(MarkupEscaping.attribute(tip))\""
            for mention in actor.mentions {
                mentions[mention.location.article, default: []].append(Self.mark(2, mention.location.span, attributes))
            }
        }
        for framework in corpus.frameworks {
            let tip = Self.describe(framework, in: corpus)
            let attributes = " class=\"mention framework f-\(framework.kind.rawValue)\" title=\"\(MarkupEscaping.attribute(tip))\""
            for mention in framework.mentions {
                mentions[mention.location.article, default: []].append(Self.mark(2, mention.location.span, attributes))
            }
        }
        var claims: [ArticleID: [LayeredMarkup.Mark]] = [:]
        for claim in corpus.claims {
            let tip = Self.describe(claim, in: corpus)
            let attributes = " class=\"claim c-\(claim.kind.rawValue)\" title=\"\(MarkupEscaping.attribute(tip))\""
            var mark = Self.mark(1, claim.location.span, attributes)
            mark.firstAttributes = " id=\"\(MarkupEscaping.attribute(ClaimAnchor.id(claim)))\""
            claims[claim.location.article, default: []].append(mark)
        }
        self.mentions = mentions
        self.claims = claims
    }

    private static func mark(_ layer: Int, _ span: Span, _ attributes: String) -> LayeredMarkup.Mark {
        LayeredMarkup.Mark(layer: layer, start: span.start, end: span.end, element: "span", attributes: attributes, firstAttributes: "")
    }

    /// The body of one article: headings and paragraphs.
    func body(of article: Article) -> String {
        let scalars = Array(article.text.unicodeScalars)
        let sentenceMarks = article.sentences.map { sentence in
            LayeredMarkup.Mark(
                layer: 0, start: sentence.span.start, end: sentence.span.end, element: "span",
                attributes: " class=\"sentence\"",
                firstAttributes: " id=\"\(SentenceAnchor.id(article: article.id, sentence: sentence.index))\"")
        }
        let marks = sentenceMarks + (claims[article.id] ?? []) + (mentions[article.id] ?? [])
        let layered = LayeredMarkup(layers: 3)
        let sections = article.sections.isEmpty
            ? [Section(heading: nil, span: Span(start: 0, end: scalars.count), paragraphs: article.paragraphs.indices)]
            : article.sections
        var html: [String] = []
        for section in sections {
            if let heading = section.heading {
                html.append("<h4>\(MarkupEscaping.text(heading))</h4>")
            }
            for index in section.paragraphs where article.paragraphs.indices.contains(index) {
                let span = article.paragraphs[index].span
                // Clamped, so a span the model got wrong shows less text instead of stopping the report.
                let lower = min(max(0, span.start), scalars.count)
                let range = lower..<min(scalars.count, max(lower, span.end))
                let relevant = marks.filter { $0.start < range.upperBound && $0.end > range.lowerBound }
                html.append("<p>" + layered.render(scalars, range: range, marks: relevant) + "</p>")
            }
        }
        return html.joined(separator: "\n")
    }

    static func describe(_ actor: Actor, in corpus: Corpus) -> String {
        var lines = ["\(actor.name) — \(actor.kind.rawValue)"]
        if let role = actor.role ?? actor.lexiconRole { lines.append("role: \(role)") }
        if let affiliation = actor.affiliation {
            lines.append("affiliation: \(corpus.actor(affiliation)?.name ?? affiliation)")
        }
        lines.append("\(actor.mentions.count) mention\(actor.mentions.count == 1 ? "" : "s") in the corpus")
        return lines.joined(separator: "\n")
    }

    static func describe(_ framework: Framework, in corpus: Corpus) -> String {
        var lines = ["\(framework.name)\(framework.acronym.map { " (\($0))" } ?? "") — framework: \(framework.kind.rawValue)"]
        if !framework.sponsors.isEmpty {
            lines.append("sponsors: " + framework.sponsors.map { corpus.actor($0)?.name ?? $0 }.joined(separator: ", "))
        }
        if let year = framework.year { lines.append("since \(year)") }
        return lines.joined(separator: "\n")
    }

    static func describe(_ claim: Claim, in corpus: Corpus) -> String {
        var lines = ["Claim (\(claim.kind.rawValue))"]
        if let speaker = claim.speaker, let actor = corpus.actor(speaker) {
            var who = "speaker: \(actor.name) — \(actor.kind.rawValue)"
            if let role = actor.role ?? actor.lexiconRole { who += ", \(role)" }
            lines.append(who)
        } else {
            lines.append("speaker: not identified" + (claim.speakerText.map { " (“\($0)”)" } ?? ""))
        }
        lines.append("cue: \(claim.cue)")
        return lines.joined(separator: "\n")
    }
}

/// The fragment id a claim gets in a briefing.
enum ClaimAnchor {
    static func id(_ claim: Claim) -> String {
        SentenceAnchor.id(article: claim.location.article, sentence: claim.location.sentence)
            .replacingPrefix("s-", with: "c-") + "-" + SentenceAnchor.safe(claim.id)
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
