import DossierModel

extension Corpus {
    /// "4 articles: 61 actors, 23 frameworks, 40 claims, 52 events".
    var summary: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return count(articles.count, "article") + ": " + [
            count(actors.count, "actor"), count(frameworks.count, "framework"),
            count(claims.count, "claim"), count(events.count, "event"),
        ].joined(separator: ", ")
    }
}
