import DossierExtract
import DossierModel
import Foundation
import Testing

/// Scores extraction against the hand-made gold annotations and holds it to floors a little below what
/// it achieves, so a regression fails the suite. The figures are printed for every run.
@Suite struct GoldScoreTests {
    static let sampleLoad = SampleCorpus.load()

    @Test func samplesMeetTheFloors() throws {
        let corpus = Self.sampleLoad.corpus
        #expect(Self.sampleLoad.problems.isEmpty)
        var total = GoldScorer.Report()
        var scored = 0
        for url in GoldData.goldFiles() {
            let gold = try GoldData.load(url)
            let id = GoldData.slug(ofArticle: gold.article)
            guard corpus.article(id) != nil else { continue }  // gold for an article outside the samples
            let report = GoldScorer(corpus: corpus, article: id).score(gold)
            print((["gold \(id):", report.summary] + report.misses.map { "    \($0)" }).joined(separator: "\n"))
            total = total + report
            scored += 1
        }
        print("gold samples (\(scored) articles):\n\(total.summary)")
        #expect(scored >= 4)
        #expect(total.actors.f1 >= 0.94)
        #expect(total.frameworks.f1 >= 0.94)
        #expect(total.claims.f1 >= 0.93)
        #expect(total.claimRecall.value >= 0.94)
        #expect(total.speakerAccuracy.value >= 0.94)
        #expect(total.events.f1 >= 0.95)
    }

    @Test(.enabled(if: GoldData.sharedArticleExists, "the shared article is not beside the repository"))
    func sharedArticleMeetsTheFloors() throws {
        let goldURL = try #require(GoldData.goldFiles().first { $0.lastPathComponent == "new-stan-dard.gold.json" })
        let gold = try GoldData.load(goldURL)
        let result = CorpusLoader(lexicon: LexiconLoader.shipped).load(paths: [GoldData.sharedArticlePath])
        #expect(result.problems.isEmpty)
        let report = GoldScorer(corpus: result.corpus, article: "new-stan-dard").score(gold)
        print((["gold new-stan-dard:", report.summary] + report.misses.map { "    \($0)" }).joined(separator: "\n"))
        #expect(report.actors.f1 >= 0.94)
        #expect(report.frameworks.f1 >= 0.94)
        #expect(report.claims.f1 >= 0.93)
        #expect(report.claimRecall.value >= 0.94)
        #expect(report.speakerAccuracy.value >= 0.94)
        #expect(report.events.f1 >= 0.95)
    }
}
