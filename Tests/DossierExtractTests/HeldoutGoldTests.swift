import DossierExtract
import DossierModel
import Foundation
import Testing

/// Scores extraction on the held-out articles in `Gold/Heldout`: analysis pieces on regions and frameworks
/// the samples do not cover. Rules and lexicons must stay general enough to do well here without being
/// tuned on these texts; the floors sit a little below what is achieved, so a regression fails.
@Suite struct HeldoutGoldTests {
    @Test func heldoutArticlesMeetTheFloors() throws {
        let goldFiles = GoldData.heldoutGoldFiles()
        #expect(goldFiles.count >= 3)
        let golds = try goldFiles.map(GoldData.load)
        let folder = try #require(GoldData.heldoutFolder)
        let paths = golds.map { folder.appendingPathComponent($0.article).path }
        let result = CorpusLoader(lexicon: LexiconLoader.shipped).load(paths: paths)
        #expect(result.problems.isEmpty)
        var total = GoldScorer.Report()
        for gold in golds {
            let id = GoldData.slug(ofArticle: gold.article)
            try #require(result.corpus.article(id) != nil)
            let report = GoldScorer(corpus: result.corpus, article: id).score(gold)
            print("held-out \(id):\n\(report.summary)")
            for miss in report.misses { print("    \(miss)") }
            total = total + report
        }
        print("held-out total (\(golds.count) articles):\n\(total.summary)")
        #expect(total.actors.f1 >= 0.95)
        #expect(total.frameworks.f1 >= 0.86)
        #expect(total.claims.f1 >= 0.92)
        #expect(total.claimRecall.value >= 0.93)
        #expect(total.speakerAccuracy.value >= 0.97)
        #expect(total.events.f1 >= 0.97)
    }
}
