import DossierModel

/// Compares the model extracted from one article with its gold annotations.
struct GoldScorer {
    struct Report {
        var actors = Score()
        var frameworks = Score()
        /// Claims matched by sentence fragment and speaker.
        var claims = Score()
        /// Gold claims whose sentence fragment is found in some extracted claim, whoever the speaker.
        var claimRecall = Ratio()
        /// Of the gold claims found, those with the right speaker.
        var speakerAccuracy = Ratio()
        var events = Score()
        var misses: [String] = []

        static func + (lhs: Report, rhs: Report) -> Report {
            Report(actors: lhs.actors + rhs.actors, frameworks: lhs.frameworks + rhs.frameworks, claims: lhs.claims + rhs.claims,
                   claimRecall: lhs.claimRecall + rhs.claimRecall, speakerAccuracy: lhs.speakerAccuracy + rhs.speakerAccuracy,
                   events: lhs.events + rhs.events, misses: lhs.misses + rhs.misses)
        }

        var summary: String {
            """
              actors      \(actors)
              frameworks  \(frameworks)
              claims      \(claims)
              claim recall \(claimRecall), speaker accuracy \(speakerAccuracy)
              events      \(events)
            """
        }
    }

    let corpus: Corpus
    let article: ArticleID

    func score(_ gold: GoldFile) -> Report {
        var report = Report()
        let actors = corpus.actors.filter { $0.mentions.contains { $0.location.article == article } }
        let frameworks = corpus.frameworks.filter { $0.mentions.contains { $0.location.article == article } }
        report.actors = matchEntities(gold.actors, actors.map { [$0.name] + $0.aliases }, actors.map(\.name), label: "actor", &report.misses)
        report.frameworks = matchEntities(
            gold.frameworks, frameworks.map { [$0.name] + $0.aliases + ($0.acronym.map { [$0] } ?? []) }, frameworks.map(\.name),
            label: "framework", &report.misses
        )
        scoreClaims(gold.claims, &report)
        scoreEvents(gold.events, &report)
        return report
    }

    /// Greedy one-to-one matching: canonical names first, then any shared alias.
    private func matchEntities(_ gold: [GoldFile.Entity], _ extracted: [[String]], _ names: [String], label: String, _ misses: inout [String]) -> Score {
        var used = Set<Int>()
        var matched = Set<Int>()
        let extractedNames = extracted.map { Set($0.map(Self.normalise)) }
        for (goldIndex, entity) in gold.enumerated() {
            if let index = names.indices.first(where: { !used.contains($0) && Self.normalise(names[$0]) == Self.normalise(entity.name) }) {
                used.insert(index)
                matched.insert(goldIndex)
            }
        }
        for (goldIndex, entity) in gold.enumerated() where !matched.contains(goldIndex) {
            let goldNames = Set(entity.names.map(Self.normalise))
            if let index = extracted.indices.first(where: { !used.contains($0) && !extractedNames[$0].isDisjoint(with: goldNames) }) {
                used.insert(index)
                matched.insert(goldIndex)
            } else {
                misses.append("missed \(label): \(entity.name)")
            }
        }
        for index in names.indices where !used.contains(index) { misses.append("extra \(label): \(names[index])") }
        return Score(matched: matched.count, extracted: extracted.count, expected: gold.count)
    }

    private func speakerMatches(_ claim: Claim, _ gold: String?) -> Bool {
        guard let gold else { return claim.speaker == nil }
        guard let id = claim.speaker, let actor = corpus.actor(id) else { return false }
        return ([actor.name] + actor.aliases).contains { Self.normalise($0) == Self.normalise(gold) }
    }

    private func scoreClaims(_ gold: [GoldFile.Claim], _ report: inout Report) {
        let claims = corpus.claims.filter { $0.location.article == article }
        var used = Set<Int>()
        var found = 0
        var rightSpeaker = 0
        for expected in gold {
            let candidates = claims.indices.filter { !used.contains($0) && Self.normaliseText(claims[$0].text).contains(Self.normaliseText(expected.contains)) }
            if let index = candidates.first(where: { speakerMatches(claims[$0], expected.speaker) }) {
                used.insert(index)
                found += 1
                rightSpeaker += 1
            } else if let index = candidates.first {
                used.insert(index)
                found += 1
                let got = claims[index].speaker ?? "nil"
                report.misses.append("wrong speaker: \(expected.speaker ?? "nil") (got \(got)) for “\(expected.contains)”")
            } else {
                report.misses.append("missed claim: \(expected.speaker ?? "nil") \(expected.cue) “\(expected.contains)”")
            }
        }
        report.claims = Score(matched: rightSpeaker, extracted: claims.count, expected: gold.count)
        report.claimRecall = Ratio(hits: found, total: gold.count)
        report.speakerAccuracy = Ratio(hits: rightSpeaker, total: found)
    }

    private func scoreEvents(_ gold: [GoldFile.Event], _ report: inout Report) {
        let events = corpus.events.filter { $0.location.article == article }
        var used = Set<Int>()
        var matched = 0
        for expected in gold {
            if let index = events.indices.first(where: {
                !used.contains($0) && events[$0].date.description == expected.date
                    && Self.normaliseText(events[$0].text).contains(Self.normaliseText(expected.contains))
            }) {
                used.insert(index)
                matched += 1
            } else {
                report.misses.append("missed event: \(expected.date) “\(expected.contains)”")
            }
        }
        report.events = Score(matched: matched, extracted: events.count, expected: gold.count)
    }

    /// Names compare without case, with typographic dashes and apostrophes folded, and without a leading article: gold
    /// files written by different hands name the same source "a senior Kazakh diplomat" and "senior Kazakh diplomat".
    static func normalise(_ name: String) -> String {
        let folded = normaliseText(name).lowercased()
        for article in leadingArticles where folded.hasPrefix(article) && folded.count > article.count {
            return String(folded.dropFirst(article.count))
        }
        return folded
    }

    private static let leadingArticles = ["a ", "an ", "the ", "one "]

    static func normaliseText(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text {
            let folded: Character
            switch character {
            case "\u{2013}", "\u{2014}", "\u{2212}": folded = "-"
            case "\u{2019}", "\u{2018}": folded = "'"
            case "\u{201C}", "\u{201D}": folded = "\""
            default: folded = character
            }
            if folded.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(folded)
                lastWasSpace = false
            }
        }
        return result
    }
}
