import DossierModel
import Testing

@testable import DossierExtract

/// Rules beyond the gold sentences: lists of sponsors, numbered framework names, and names the
/// lexicon does not know.
@Suite struct StanceAndNameTests {
    static func corpus(_ body: String) throws -> Corpus {
        var builder = CorpusBuilder(lexicon: LexiconLoader.shipped)
        try builder.add(text: "2 February 2025\n\nTitle\n\nAuthor\n\n" + body + "\n", path: "case.txt")
        return builder.build()
    }

    @Test func everyActorInAListSponsors() throws {
        let corpus = try Self.corpus("The Trans-Caspian Cable Project, launched by Azerbaijan and Kazakhstan in 2023, is running.")
        let project = try #require(corpus.frameworks.first { $0.name == "Trans-Caspian Cable Project" })
        #expect(project.sponsors == ["azerbaijan", "kazakhstan"])
        #expect(project.year == 2023)
    }

    @Test func aPlusSignEndsAnAcronym() throws {
        let corpus = try Self.corpus("Mongolia joined the Global Scheme of Trade Preferences Plus (GSTP+) in 2022. GSTP+ members met.")
        let scheme = try #require(corpus.frameworks.first { $0.name == "Global Scheme of Trade Preferences Plus" })
        #expect(scheme.acronym == "GSTP+")
    }

    @Test func aDealNamedInQuotationMarksIsNoClaim() throws {
        let corpus = try Self.corpus("The party calls its method \"porcupine diplomacy\".")
        #expect(corpus.frameworks.map(\.name) == ["porcupine diplomacy"])
        #expect(corpus.claims.isEmpty)
    }

    @Test func aSurnameTheArticleUsesIsAnAliasOfThePerson() throws {
        let corpus = try Self.corpus("Tobias Reinholt, an analyst in Berlin, was sceptical. Reinholt argued that the talks would fail.")
        let person = try #require(corpus.actors.first { $0.name == "Tobias Reinholt" })
        #expect(person.aliases.contains("Reinholt"))
        #expect(corpus.claims.first?.speaker == person.id)
    }

    @Test func aDealWithItsPartiesAfterItIsKnownAsWrittenToo() throws {
        let corpus = try Self.corpus("Officials praised the peace agreement between the DRC and Rwanda at the ceremony.")
        let deal = try #require(corpus.frameworks.first)
        #expect(deal.name == "Democratic Republic of the Congo–Rwanda peace agreement")
        #expect(deal.aliases.contains("peace agreement between the DRC and Rwanda"))
    }

    @Test func aDescribedDealKeepsItsWrittenForms() throws {
        let corpus = try Self.corpus("Gazprom and the Uzbek government signed a two-year gas supply agreement.")
        let deal = try #require(corpus.frameworks.first)
        #expect(deal.name == "Gazprom–Uzbekistan gas supply agreement")
        #expect(Set(deal.aliases) == ["two-year gas supply agreement", "gas supply agreement", "Uzbekistan–Gazprom gas supply agreement"])
        #expect(deal.sponsors == ["gazprom", "uzbekistan"])
    }

    @Test func aNumberedVisionIsOneNameAndNotADate() throws {
        let corpus = try Self.corpus("Analysts warn that the Turkic World Vision 2040 could pull members apart.")
        #expect(corpus.frameworks.map(\.name) == ["Turkic World Vision 2040"])
        #expect(corpus.events.isEmpty)
    }

    @Test func unknownNamesNeedEvidence() throws {
        let corpus = try Self.corpus("Victory Day on May 9 drew crowds. Nodir Rashidov met the delegates in Tashkent.")
        #expect(corpus.actors.map(\.name).sorted() == ["Nodir Rashidov", "Uzbekistan"])
    }

    @Test func aSurnameOfSomeoneMetEarlierBeatsALexiconShortForm() throws {
        let corpus = try Self.corpus("Wang Yuting, a researcher at a Beijing institute, disagrees. In Wang's view, price is not the obstacle.")
        #expect(corpus.claims.map(\.speaker) == ["wang-yuting"])
        #expect(!corpus.actors.contains { $0.name == "Wang Yi" })
    }

    @Test func placesAreRecognisedButAreNotActors() throws {
        let corpus = try Self.corpus("Ships crossed the Persian Gulf and the Black Sea before reaching Georgia.")
        #expect(corpus.actors.map(\.name) == ["Georgia"])
    }
}
