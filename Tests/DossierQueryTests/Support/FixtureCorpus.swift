import DossierModel

/// A small hand-built corpus (two articles written for these tests), so evaluator tests do not depend
/// on how well extraction works.
enum FixtureCorpus {
    static let steppe = ArticleBuilder(id: "steppe-notes", title: "Notes from the Steppe", author: "Ana Test",
                                       date: PartialDate(year: 2023, month: 5, day: 10), paragraphs: [
        ["China and Russia pledged to deepen cooperation in Central Asia.",
         "Beijing expanded the Belt and Road Initiative in 2013."],
        ["\u{201C}The EAEU remains our priority,\u{201D} said Maria Zakharova.",
         "Kazakhstani analyst Dosym Satpayev argued that the PRC is cautious."],
        ["According to Chinese scholars, the Power of Siberia 2 pipeline is stalled.",
         "In March 2023, Xi Jinping met Vladimir Putin in Moscow."],
    ])

    static let caspian = ArticleBuilder(id: "caspian-brief", title: "A Caspian Brief", author: nil,
                                        date: PartialDate(year: 2024, month: 1), paragraphs: [
        ["On 15 January 2024, Satpayev said Kazakhstan would join no new bloc.",
         "Putin backs the EAEU and the Power of Siberia 2 project."],
        ["Xi told reporters that the Belt and Road Initiative is open to all.",
         "Some say \u{1B}[2J the region is calm."],
    ])

    static let corpus: Corpus = {
        let a = steppe, b = caspian
        func mention(_ builder: ArticleBuilder, _ sentence: Int, _ words: String, _ rule: String = "lexicon") -> Mention {
            Mention(location: builder.location(of: words, in: sentence), text: words, rule: rule)
        }
        let actors = [
            Actor(id: "china", name: "China", kind: .state, aliases: ["PRC", "People's Republic of China", "Beijing"],
                  mentions: [mention(a, 0, "China"), mention(a, 1, "Beijing", "capital"), mention(a, 3, "PRC", "acronym")]),
            Actor(id: "russia", name: "Russia", kind: .state, aliases: ["Russian Federation", "Moscow"],
                  mentions: [mention(a, 0, "Russia"), mention(a, 5, "Moscow", "capital")]),
            Actor(id: "kazakhstan", name: "Kazakhstan", kind: .state, aliases: ["Kazakhstani"],
                  mentions: [mention(a, 3, "Kazakhstani", "demonym"), mention(b, 0, "Kazakhstan")]),
            Actor(id: "xi-jinping", name: "Xi Jinping", kind: .person, aliases: ["Xi"], affiliation: "china", role: "president",
                  lexiconRole: "president", mentions: [mention(a, 5, "Xi Jinping"), mention(b, 2, "Xi")]),
            Actor(id: "vladimir-putin", name: "Vladimir Putin", kind: .person, aliases: ["Putin"], affiliation: "russia",
                  role: "president", lexiconRole: "president", mentions: [mention(a, 5, "Vladimir Putin"), mention(b, 1, "Putin")]),
            Actor(id: "maria-zakharova", name: "Maria Zakharova", kind: .person, affiliation: "russia", role: "spokeswoman",
                  lexiconRole: "spokesperson", mentions: [mention(a, 2, "Maria Zakharova")]),
            Actor(id: "dosym-satpayev", name: "Dosym Satpayev", kind: .person, affiliation: "kazakhstan", role: "analyst",
                  lexiconRole: "analyst", mentions: [mention(a, 3, "Dosym Satpayev"), mention(b, 0, "Satpayev", "surname")]),
            Actor(id: "chinese-scholars", name: "Chinese scholars", kind: .group, affiliation: "china", role: "scholars",
                  mentions: [mention(a, 4, "Chinese scholars")]),
        ]
        let frameworks = [
            Framework(id: "belt-and-road-initiative", name: "Belt and Road Initiative", acronym: "BRI", kind: .initiative,
                      sponsors: ["china"],
                      stances: [Stance(actor: "china", kind: .launched, verb: "expanded", location: a.location(of: "expanded", in: 1))],
                      year: 2013, mentions: [mention(a, 1, "Belt and Road Initiative"), mention(b, 2, "Belt and Road Initiative")]),
            Framework(id: "eurasian-economic-union", name: "Eurasian Economic Union", acronym: "EAEU", kind: .organization,
                      sponsors: ["russia", "vladimir-putin"],
                      stances: [Stance(actor: "vladimir-putin", kind: .backs, verb: "backs", location: b.location(of: "backs", in: 1))],
                      mentions: [mention(a, 2, "EAEU", "acronym"), mention(b, 1, "EAEU", "acronym")]),
            Framework(id: "power-of-siberia-2", name: "Power of Siberia 2", kind: .pipeline, sponsors: ["vladimir-putin"],
                      mentions: [mention(a, 4, "Power of Siberia 2"), mention(b, 1, "Power of Siberia 2")]),
        ]
        func claim(_ id: String, _ builder: ArticleBuilder, _ sentence: Int, speaker: EntityID?, speakerText: String?,
                   cue: String, kind: Claim.Kind, quote: String? = nil, actors: [EntityID] = [], frameworks: [EntityID] = [],
                   rule: String) -> Claim {
            Claim(id: id, location: builder.sentenceLocation(sentence), speaker: speaker, speakerText: speakerText, cue: cue,
                  kind: kind, text: builder.sentences[sentence], quote: quote, actors: actors, frameworks: frameworks, rule: rule)
        }
        let claims = [
            claim("steppe-notes-c1", a, 2, speaker: "maria-zakharova", speakerText: "Maria Zakharova", cue: "said", kind: .direct,
                  quote: "The EAEU remains our priority,", actors: ["maria-zakharova"], frameworks: ["eurasian-economic-union"],
                  rule: "quote-said"),
            claim("steppe-notes-c2", a, 3, speaker: "dosym-satpayev", speakerText: "Kazakhstani analyst Dosym Satpayev",
                  cue: "argued", kind: .indirect, actors: ["kazakhstan", "dosym-satpayev", "china"], rule: "reported-speech"),
            claim("steppe-notes-c3", a, 4, speaker: "chinese-scholars", speakerText: "Chinese scholars", cue: "According to",
                  kind: .indirect, actors: ["chinese-scholars"], frameworks: ["power-of-siberia-2"], rule: "according-to"),
            claim("caspian-brief-c1", b, 0, speaker: "dosym-satpayev", speakerText: "Satpayev", cue: "said", kind: .indirect,
                  actors: ["dosym-satpayev", "kazakhstan"], rule: "reported-speech"),
            claim("caspian-brief-c2", b, 2, speaker: "xi-jinping", speakerText: "Xi", cue: "told reporters", kind: .indirect,
                  actors: ["xi-jinping"], frameworks: ["belt-and-road-initiative"], rule: "reported-speech"),
            claim("caspian-brief-c3", b, 3, speaker: nil, speakerText: nil, cue: "say", kind: .indirect, rule: "reported-speech"),
        ]
        let events = [
            Event(id: "steppe-notes-e1", location: a.location(of: "in 2013", in: 1), date: PartialDate(year: 2013),
                  dateText: "in 2013", text: a.sentences[1], actors: ["china"], frameworks: ["belt-and-road-initiative"]),
            Event(id: "steppe-notes-e2", location: a.location(of: "In March 2023", in: 5), date: PartialDate(year: 2023, month: 3),
                  dateText: "In March 2023", text: a.sentences[5], actors: ["xi-jinping", "vladimir-putin", "russia"], frameworks: []),
            Event(id: "caspian-brief-e1", location: b.location(of: "15 January 2024", in: 0),
                  date: PartialDate(year: 2024, month: 1, day: 15), dateText: "15 January 2024", text: b.sentences[0],
                  actors: ["dosym-satpayev", "kazakhstan"], frameworks: []),
        ]
        return Corpus(articles: [a.article, b.article], actors: actors, frameworks: frameworks, claims: claims, events: events)
    }()
}

/// Lays out paragraphs of sentences as article text and computes every span in Unicode scalars.
struct ArticleBuilder {
    let article: Article
    let sentences: [String]

    init(id: String, title: String, author: String?, date: PartialDate?, paragraphs: [[String]]) {
        var text = ""
        var scalarCount = 0
        var sentenceModels: [Sentence] = []
        var paragraphModels: [Paragraph] = []
        var flat: [String] = []
        func append(_ piece: String) {
            text += piece
            scalarCount += piece.unicodeScalars.count
        }
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            if paragraphIndex > 0 { append("\n\n") }
            let paragraphStart = scalarCount
            let firstSentence = sentenceModels.count
            for (offset, sentence) in paragraph.enumerated() {
                if offset > 0 { append(" ") }
                let start = scalarCount
                append(sentence)
                sentenceModels.append(Sentence(index: sentenceModels.count, paragraph: paragraphIndex,
                                               span: Span(start: start, end: scalarCount), text: sentence))
                flat.append(sentence)
            }
            paragraphModels.append(Paragraph(index: paragraphIndex, section: 0, span: Span(start: paragraphStart, end: scalarCount),
                                             sentences: firstSentence..<sentenceModels.count))
        }
        let section = Section(heading: nil, span: Span(start: 0, end: scalarCount), paragraphs: 0..<paragraphModels.count)
        article = Article(id: id, title: title, author: author, date: date, path: "/fixtures/\(id).txt", text: text,
                          sections: [section], paragraphs: paragraphModels, sentences: sentenceModels,
                          wordCount: text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count)
        sentences = flat
    }

    func sentenceLocation(_ index: Int) -> Location {
        let sentence = article.sentences[index]
        return Location(article: article.id, paragraph: sentence.paragraph, sentence: index, span: sentence.span)
    }

    /// Where `words` first occur in sentence `index`.
    func location(of words: String, in index: Int) -> Location {
        let sentence = article.sentences[index]
        let scalars = Array(sentence.text.unicodeScalars)
        let needle = Array(words.unicodeScalars)
        let offset = (0...(scalars.count - needle.count)).first { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }!
        let start = sentence.span.start + offset
        return Location(article: article.id, paragraph: sentence.paragraph, sentence: index,
                        span: Span(start: start, end: start + needle.count))
    }
}
