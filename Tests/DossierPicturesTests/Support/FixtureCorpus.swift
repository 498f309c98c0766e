import DossierModel

/// Builds small corpora by hand, with offsets computed from the text, so the pictures are tested
/// independently of how well extraction works.
struct ArticleFixture {
    let id: ArticleID
    let title: String
    let paragraphs: [[String]]
    var heading: String?

    var text: String { paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n") }

    /// The article with paragraphs, sentences and one section.
    func article() -> Article {
        var sentences: [Sentence] = []
        var paragraphModels: [Paragraph] = []
        var offset = 0
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            let paragraphStart = offset
            let firstSentence = sentences.count
            for (position, sentence) in paragraph.enumerated() {
                if position > 0 { offset += 1 }
                let length = sentence.unicodeScalars.count
                sentences.append(Sentence(index: sentences.count, paragraph: paragraphIndex,
                                          span: Span(start: offset, end: offset + length), text: sentence))
                offset += length
            }
            paragraphModels.append(Paragraph(index: paragraphIndex, section: 0, span: Span(start: paragraphStart, end: offset),
                                             sentences: firstSentence..<sentences.count))
            offset += 2
        }
        let total = text.unicodeScalars.count
        return Article(
            id: id, title: title, author: "A. Writer", date: PartialDate(year: 2024, month: 3), path: "/fixtures/\(id).txt",
            text: text, sections: [Section(heading: heading, span: Span(start: 0, end: total), paragraphs: 0..<paragraphs.count)],
            paragraphs: paragraphModels, sentences: sentences, wordCount: text.split(separator: " ").count)
    }

    /// Where the `occurrence`-th (from 0) appearance of `words` is: sentence, paragraph and span.
    func location(of words: String, occurrence: Int = 0) -> Location {
        let article = article()
        let scalars = Array(article.text.unicodeScalars)
        let needle = Array(words.unicodeScalars)
        var found = -1
        var start = 0
        for candidate in 0...(scalars.count - needle.count) where Array(scalars[candidate..<(candidate + needle.count)]) == needle {
            found += 1
            if found == occurrence { start = candidate; break }
        }
        precondition(found == occurrence, "\(words) #\(occurrence) is not in the fixture")
        let sentence = article.sentences.first { $0.span.start <= start && start < $0.span.end }!
        return Location(article: id, paragraph: sentence.paragraph, sentence: sentence.index,
                        span: Span(start: start, end: start + needle.count))
    }

    /// The location of a whole sentence (by number).
    func sentenceLocation(_ index: Int) -> Location {
        let sentence = article().sentences[index]
        return Location(article: id, paragraph: sentence.paragraph, sentence: index, span: sentence.span)
    }
}

enum FixtureCorpus {
    static let pipelines = ArticleFixture(
        id: "pipelines", title: "Pipelines and summits",
        paragraphs: [
            [
                "China and Russia met in Astana in May 2023.",
                "Xi Jinping said the Belt and Road Initiative \"serves everyone\".",
            ],
            [
                "According to Dosym Satpayev, Kazakhstan watches Russia closely.",
                "Russia backs the Power of Siberia 2 pipeline.",
            ],
        ],
        heading: "Energy")

    /// Two articles, four actors, two frameworks, two claims and two events.
    static func corpus() -> Corpus {
        let a = pipelines
        let b = ArticleFixture(
            id: "water", title: "Water in the valley",
            paragraphs: [["In 2016 Kazakhstan and China signed a water accord.", "Xi Jinping hailed it."]])
        let actors = [
            Actor(id: "china", name: "China", kind: .state, mentions: [
                Mention(location: a.location(of: "China"), text: "China", rule: "lexicon"),
                Mention(location: b.location(of: "China"), text: "China", rule: "lexicon"),
            ]),
            Actor(id: "russia", name: "Russia", kind: .state, mentions: [
                Mention(location: a.location(of: "Russia"), text: "Russia", rule: "lexicon"),
                Mention(location: a.location(of: "Russia", occurrence: 1), text: "Russia", rule: "lexicon"),
                Mention(location: a.location(of: "Russia", occurrence: 2), text: "Russia", rule: "lexicon"),
            ]),
            Actor(id: "kazakhstan", name: "Kazakhstan", kind: .state, mentions: [
                Mention(location: a.location(of: "Kazakhstan"), text: "Kazakhstan", rule: "lexicon"),
                Mention(location: b.location(of: "Kazakhstan"), text: "Kazakhstan", rule: "lexicon"),
            ]),
            Actor(id: "xi-jinping", name: "Xi Jinping", kind: .person, affiliation: "china", role: "president", mentions: [
                Mention(location: a.location(of: "Xi Jinping"), text: "Xi Jinping", rule: "lexicon"),
                Mention(location: b.location(of: "Xi Jinping"), text: "Xi Jinping", rule: "lexicon"),
            ]),
            Actor(id: "dosym-satpayev", name: "Dosym Satpayev", kind: .person, affiliation: "kazakhstan", role: "analyst",
                  mentions: [Mention(location: a.location(of: "Dosym Satpayev"), text: "Dosym Satpayev", rule: "role-descriptor")]),
        ]
        let frameworks = [
            Framework(id: "belt-and-road-initiative", name: "Belt and Road Initiative", acronym: "BRI", kind: .initiative,
                      sponsors: ["china"], mentions: [
                        Mention(location: a.location(of: "Belt and Road Initiative"), text: "Belt and Road Initiative", rule: "lexicon"),
                      ]),
            Framework(id: "power-of-siberia-2", name: "Power of Siberia 2", kind: .pipeline, sponsors: ["russia"],
                      stances: [Stance(actor: "russia", kind: .backs, verb: "backs", location: a.sentenceLocation(3))],
                      mentions: [Mention(location: a.location(of: "Power of Siberia 2"), text: "Power of Siberia 2", rule: "lexicon")]),
        ]
        let claims = [
            Claim(id: "pipelines-c1", location: a.sentenceLocation(1), speaker: "xi-jinping", speakerText: "Xi Jinping",
                  cue: "said", kind: .mixed, text: a.article().sentences[1].text, quote: "serves everyone",
                  actors: [], frameworks: ["belt-and-road-initiative"], rule: "quote-said"),
            Claim(id: "pipelines-c2", location: a.sentenceLocation(2), speaker: "dosym-satpayev", speakerText: "Dosym Satpayev",
                  cue: "According to", kind: .indirect, text: a.article().sentences[2].text, quote: nil,
                  actors: ["kazakhstan", "russia"], frameworks: [], rule: "according-to"),
        ]
        let events = [
            Event(id: "pipelines-e1", location: a.sentenceLocation(0), date: PartialDate(year: 2023, month: 5), dateText: "May 2023",
                  text: a.article().sentences[0].text, actors: ["china", "russia"], frameworks: []),
            Event(id: "water-e1", location: b.sentenceLocation(0), date: PartialDate(year: 2016), dateText: "2016",
                  text: b.article().sentences[0].text, actors: ["kazakhstan", "china"], frameworks: []),
        ]
        return Corpus(articles: [a.article(), b.article()], actors: actors, frameworks: frameworks, claims: claims, events: events)
    }
}
