@testable import DossierShell
import DossierModel
import DossierQuery

/// A one-article corpus written for these tests, with a hostile title and name to prove that article
/// text reaches the terminal only escaped.
enum ShellFixture {
    static let sentences = [
        "Kazakhstan and China discussed the Middle Corridor.",
        "\u{201C}The corridor is a hedge,\u{201D} said Aigerim Bekova.",
    ]

    static let corpus: Corpus = {
        var text = ""
        var built: [Sentence] = []
        for (index, sentence) in sentences.enumerated() {
            if !text.isEmpty { text += " " }
            let start = text.unicodeScalars.count
            text += sentence
            built.append(Sentence(index: index, paragraph: 0, span: Span(start: start, end: text.unicodeScalars.count), text: sentence))
        }
        let article = Article(
            id: "corridor-notes", title: "Corridor \u{1B}]0;pwned\u{7}Notes", author: "Test Author",
            date: PartialDate(year: 2024, month: 3), path: "/fixtures/corridor-notes.txt", text: text,
            sections: [Section(heading: nil, span: Span(start: 0, end: text.unicodeScalars.count), paragraphs: 0..<1)],
            paragraphs: [Paragraph(index: 0, section: 0, span: Span(start: 0, end: text.unicodeScalars.count), sentences: 0..<2)],
            sentences: built, wordCount: 14
        )
        func location(_ sentence: Int, _ words: String) -> Location {
            let sentenceText = sentences[sentence]
            let offset = built[sentence].span.start
            let range = sentenceText.firstRange(of: words)!
            let start = offset + sentenceText[..<range.lowerBound].unicodeScalars.count
            return Location(article: article.id, paragraph: 0, sentence: sentence,
                            span: Span(start: start, end: start + words.unicodeScalars.count))
        }
        let actors = [
            Actor(id: "kazakhstan", name: "Kazakhstan", kind: .state, aliases: ["Astana"],
                  mentions: [Mention(location: location(0, "Kazakhstan"), text: "Kazakhstan", rule: "lexicon")]),
            Actor(id: "china", name: "China", kind: .state, aliases: ["PRC", "Beijing"],
                  mentions: [Mention(location: location(0, "China"), text: "China", rule: "lexicon")]),
            Actor(id: "aigerim-bekova", name: "Aigerim Bekova", kind: .person, affiliation: "kazakhstan", role: "analyst",
                  mentions: [Mention(location: location(1, "Aigerim Bekova"), text: "Aigerim Bekova", rule: "name")]),
            Actor(id: "chimera", name: "Chi\u{1B}[31mmera", kind: .group,
                  mentions: [Mention(location: location(0, "China"), text: "China", rule: "lexicon")]),
        ]
        let frameworks = [
            Framework(id: "middle-corridor", name: "Middle Corridor", kind: .corridor,
                      mentions: [Mention(location: location(0, "Middle Corridor"), text: "Middle Corridor", rule: "lexicon")]),
        ]
        let claims = [
            Claim(id: "corridor-notes-c1", location: Location(article: article.id, paragraph: 0, sentence: 1, span: built[1].span),
                  speaker: "aigerim-bekova", speakerText: "Aigerim Bekova", cue: "said", kind: .direct, text: sentences[1],
                  quote: "The corridor is a hedge,", actors: ["aigerim-bekova"], frameworks: [], rule: "quote-said"),
        ]
        return Corpus(articles: [article], actors: actors, frameworks: frameworks, claims: claims)
    }()

    /// A shell over the fixture corpus that reads `lines`, writing into buffers.
    static func shell(
        lines: [String], environment: [String: String] = [:], startupFile: String? = nil, explicitStartup: Bool = false
    ) -> (Shell, ScriptedLineReader, TextBuffer, TextBuffer) {
        let reader = ScriptedLineReader(lines: lines)
        let output = TextBuffer()
        let errors = TextBuffer()
        let configuration = ShellConfiguration(
            isInteractive: true, usesColor: false, outputIsTerminal: false, pagerMode: .off,
            startupFile: startupFile, startupFileIsExplicit: explicitStartup, environment: environment
        )
        let shell = Shell(
            configuration: configuration, session: QuerySession(corpus: corpus),
            corpusOrigin: "the test fixture", reader: reader, output: output, errorOutput: errors
        )
        return (shell, reader, output, errors)
    }
}
