import DossierModel

extension Corpus {
    /// "4 articles: 61 actors, 23 frameworks, 40 claims, 52 events".
    var summary: String { articleCount + ": " + contentSummary }

    /// "4 articles".
    var articleCount: String { Self.count(articles.count, "article") }

    /// "61 actors, 23 frameworks, 40 claims, 52 events".
    var contentSummary: String {
        [
            Self.count(actors.count, "actor"), Self.count(frameworks.count, "framework"),
            Self.count(claims.count, "claim"), Self.count(events.count, "event"),
        ].joined(separator: ", ")
    }

    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
