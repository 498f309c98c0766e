import DossierModel

/// The dated events of (part of) a corpus in date order, each with the sentence it comes from.
public struct Timeline: Sendable, Equatable {
    /// One event with what a picture needs to show and link it.
    public struct Entry: Sendable, Equatable {
        /// The event as the model has it.
        public var event: Event
        /// The title of the article the event is in.
        public var articleTitle: String
        /// The fragment id of the event's sentence in a briefing (`s-article-12`).
        public var anchor: String
    }

    /// By date, then article, then sentence.
    public var entries: [Entry]

    /// The events `scope` selects: the selected events, or when claims are selected the events in the
    /// claims' sentences, or every event in the selected articles and sentences.
    public init(corpus: Corpus, scope: CorpusScope = .everything) {
        var titles: [ArticleID: String] = [:]
        for article in corpus.articles { titles[article.id] = article.title }
        let sentences = scope.events == nil ? scope.selectedSentences(in: corpus) : nil
        let selected = corpus.events.filter { event in
            scope.includes(event) && (sentences?.contains(SentenceKey(event.location)) ?? true)
        }
        entries = selected.map { event in
            Entry(event: event, articleTitle: titles[event.location.article] ?? event.location.article,
                  anchor: SentenceAnchor.id(event.location))
        }.sorted { first, second in
            let a = first.event, b = second.event
            if a.date != b.date { return a.date < b.date }
            if a.location.article != b.location.article { return a.location.article < b.location.article }
            if a.location.sentence != b.location.sentence { return a.location.sentence < b.location.sentence }
            return a.id < b.id
        }
    }

    /// The years the timeline covers, from the first event's to the last event's (end dates included).
    public var years: ClosedRange<Int>? {
        guard let first = entries.first?.event.date.year else { return nil }
        let last = entries.map { ($0.event.endDate ?? $0.event.date).year }.max() ?? first
        return first...max(first, last)
    }
}

/// The fragment ids sentences get in a briefing, shared by every picture that links to a sentence.
public enum SentenceAnchor {
    /// The id of the sentence `location` points into.
    public static func id(_ location: Location) -> String {
        id(article: location.article, sentence: location.sentence)
    }

    /// `s-` + the article id (characters outside `[A-Za-z0-9_-]` become `_`) + `-` + the sentence number.
    public static func id(article: ArticleID, sentence: Int) -> String {
        "s-\(safe(article))-\(sentence)"
    }

    /// `text` with every character outside `[A-Za-z0-9_-]` replaced by `_`, fit for an id.
    static func safe(_ text: String) -> String {
        var safe = ""
        for scalar in text.unicodeScalars {
            let isSafe = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_"
            safe.unicodeScalars.append(isSafe ? scalar : "_")
        }
        return safe
    }
}
