extension Corpus {
    /// The ways this corpus breaks the model's promises, one line each; empty when it keeps them all.
    ///
    /// Every item is traceable to its text: sentences are numbered in order and equal the text their
    /// spans cover; paragraphs and sections lie inside the text; a mention, claim or event starts in the
    /// sentence its location names (a claim whose quotation runs on may end in a later one), and its
    /// text is exactly what its span covers. Tests and the fuzz targets check extraction output with it.
    public func integrityProblems() -> [String] {
        var problems: [String] = []
        var scalarsByArticle: [ArticleID: [Unicode.Scalar]] = [:]
        for article in articles {
            let scalars = Array(article.text.unicodeScalars)
            scalarsByArticle[article.id] = scalars
            func covered(_ span: Span) -> String? {
                guard span.start >= 0, span.end <= scalars.count else { return nil }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[span.start..<span.end])
                return String(view)
            }
            for (position, sentence) in article.sentences.enumerated() {
                let place = "\(article.id) sentence \(position)"
                if sentence.index != position { problems.append("\(place): numbered \(sentence.index)") }
                if !article.paragraphs.indices.contains(sentence.paragraph) {
                    problems.append("\(place): in missing paragraph \(sentence.paragraph)")
                }
                if covered(sentence.span) != sentence.text { problems.append("\(place): text differs from its span \(sentence.span)") }
            }
            for paragraph in article.paragraphs {
                if covered(paragraph.span) == nil { problems.append("\(article.id) paragraph \(paragraph.index): span outside the text") }
                if paragraph.sentences.upperBound > article.sentences.count {
                    problems.append("\(article.id) paragraph \(paragraph.index): lists missing sentences")
                }
            }
            for section in article.sections where covered(section.span) == nil {
                problems.append("\(article.id) section \(section.heading ?? "(untitled)"): span outside the text")
            }
        }
        func check(_ location: Location, text: String, item: String) {
            guard let scalars = scalarsByArticle[location.article], let sentence = sentence(at: location) else {
                problems.append("\(item): points at a missing sentence")
                return
            }
            if sentence.paragraph != location.paragraph { problems.append("\(item): names the wrong paragraph") }
            if location.span.start < sentence.span.start || location.span.start > sentence.span.end {
                problems.append("\(item): \(location.span) does not start in its sentence \(sentence.span)")
            }
            guard location.span.end <= scalars.count else {
                problems.append("\(item): \(location.span) runs past the text")
                return
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[location.span.start..<location.span.end])
            if String(view) != text {
                problems.append("\(item): text \(String(reflecting: text)) differs from its span's \(String(reflecting: String(view)))")
            }
        }
        for actor in actors { for mention in actor.mentions { check(mention.location, text: mention.text, item: "mention of \(actor.id)") } }
        for framework in frameworks {
            for mention in framework.mentions { check(mention.location, text: mention.text, item: "mention of \(framework.id)") }
        }
        for claim in claims { check(claim.location, text: claim.text, item: "claim \(claim.id)") }
        for event in events { check(event.location, text: event.text, item: "event \(event.id)") }
        return problems
    }
}
