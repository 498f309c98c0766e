import DossierExtract
import DossierModel
import Foundation
import Testing

/// Runs every one-sentence case of `Gold/sentences.jsonl` (one or two sentences per extraction rule) and
/// holds the share of cases that come out exactly right to a floor, printing each failure.
@Suite struct GoldSentenceTests {
    struct Outcome {
        var passed: Bool
        var failures: [String]
    }

    static func run(_ gold: GoldSentence) -> Outcome {
        let year = gold.year ?? 2023
        var builder = CorpusBuilder(lexicon: LexiconLoader.shipped)
        let text = "1 January \(year)\n\nTest article\n\nTest Author\n\n\(gold.text)\n"
        guard (try? builder.add(text: text, path: "case.txt")) != nil else { return Outcome(passed: false, failures: ["unreadable"]) }
        let corpus = builder.build()
        var failures: [String] = []
        func names(_ actor: Actor) -> [String] { [actor.name] + actor.aliases }
        func hasActor(_ name: String) -> Bool {
            corpus.actors.contains { names($0).contains { GoldScorer.normalise($0) == GoldScorer.normalise(name) } }
        }
        for name in gold.actors where !hasActor(name) { failures.append("missing actor \(name)") }
        for actor in corpus.actors where !gold.actors.contains(where: { name in names(actor).contains { GoldScorer.normalise($0) == GoldScorer.normalise(name) } }) {
            failures.append("extra actor \(actor.name)")
        }
        for name in gold.frameworks where !corpus.frameworks.contains(where: { ([$0.name] + $0.aliases).map(GoldScorer.normalise).contains(GoldScorer.normalise(name)) }) {
            failures.append("missing framework \(name)")
        }
        var unusedClaims = corpus.claims
        for expected in gold.claims {
            let index = unusedClaims.firstIndex { claim in
                let speakerOK: Bool
                if let speaker = expected.speaker {
                    speakerOK = claim.speaker.flatMap(corpus.actor).map { names($0).map(GoldScorer.normalise).contains(GoldScorer.normalise(speaker)) } ?? false
                } else {
                    speakerOK = claim.speaker == nil
                }
                return speakerOK && claim.cue.lowercased() == expected.cue.lowercased() && claim.kind.rawValue == expected.kind
            }
            if let index { unusedClaims.remove(at: index) } else { failures.append("missing claim \(expected.speaker ?? "nil") \(expected.cue) \(expected.kind)") }
        }
        for claim in unusedClaims { failures.append("extra claim \(claim.speaker ?? "nil") \(claim.cue)") }
        let dates = corpus.events.map(\.date.description)
        if dates.sorted() != gold.events.map(\.date).sorted() { failures.append("events \(dates) expected \(gold.events.map(\.date))") }
        for (framework, sponsors) in gold.sponsors ?? [:] {
            guard let found = corpus.frameworks.first(where: { ([$0.name] + $0.aliases).contains(framework) }) else { continue }
            let got = found.sponsors.compactMap(corpus.actor).map(\.name)
            for sponsor in sponsors where !got.contains(sponsor) { failures.append("missing sponsor \(sponsor) of \(framework)") }
        }
        for (framework, opponents) in gold.opponents ?? [:] {
            guard let found = corpus.frameworks.first(where: { ([$0.name] + $0.aliases).contains(framework) }) else { continue }
            let got = found.stances.filter { !$0.isSupport }.compactMap { corpus.actor($0.actor)?.name }
            for opponent in opponents where !got.contains(opponent) { failures.append("missing opponent \(opponent) of \(framework)") }
        }
        return Outcome(passed: failures.isEmpty, failures: failures)
    }

    @Test func mostSentenceCasesComeOutExactlyRight() throws {
        let cases = try GoldData.sentences()
        #expect(cases.count >= 50)
        var passed = 0
        var byRule: [String: (passed: Int, total: Int)] = [:]
        for gold in cases {
            let outcome = Self.run(gold)
            byRule[gold.rule, default: (0, 0)].total += 1
            if outcome.passed {
                passed += 1
                byRule[gold.rule, default: (0, 0)].passed += 1
            } else {
                print("sentence case [\(gold.rule)] \(gold.text)\n    " + outcome.failures.joined(separator: "\n    "))
            }
        }
        for (rule, counts) in byRule.sorted(by: { $0.key < $1.key }) { print("  \(rule): \(counts.passed)/\(counts.total)") }
        print("sentence cases: \(passed)/\(cases.count) exactly right")
        #expect(Double(passed) / Double(cases.count) >= 0.93)
    }
}
