import DossierModel

/// A corpus of generated sentences, big enough to exercise limits and cancellation.
enum SyntheticCorpus {
    static func make(articles: Int, sentencesPerArticle: Int) -> Corpus {
        var built: [Article] = []
        var chinaMentions: [Mention] = []
        for number in 0..<articles {
            let id = "synthetic-\(number)"
            var sentences: [Sentence] = []
            var text = ""
            for index in 0..<sentencesPerArticle {
                let sentence = "China sentence \(index) of article \(number)."
                let start = text.unicodeScalars.count
                text += sentence + " "
                sentences.append(Sentence(index: index, paragraph: index / 5, span: Span(start: start, end: start + sentence.unicodeScalars.count), text: sentence))
                chinaMentions.append(Mention(location: Location(article: id, paragraph: index / 5, sentence: index, span: Span(start: start, end: start + 5)), text: "China", rule: "lexicon"))
            }
            let paragraphs = stride(from: 0, to: sentencesPerArticle, by: 5).map { first in
                Paragraph(index: first / 5, section: 0, span: sentences[first].span, sentences: first..<min(first + 5, sentencesPerArticle))
            }
            built.append(Article(id: id, title: "Synthetic \(number)", author: nil, date: PartialDate(year: 2020 + number % 5),
                                 path: "/synthetic/\(id).txt", text: text, sections: [], paragraphs: paragraphs,
                                 sentences: sentences, wordCount: sentencesPerArticle * 5))
        }
        let china = Actor(id: "china", name: "China", kind: .state, mentions: chinaMentions)
        return Corpus(articles: built, actors: [china])
    }
}
