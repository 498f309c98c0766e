import Testing
@testable import DossierQuery

@Suite struct CompletionTests {
    private let session = QuerySession(corpus: FixtureCorpus.corpus)

    private func complete(_ text: String) -> Completions { session.completions(in: text, at: text.utf8.count) }

    @Test func stagesAfterAPipe() {
        #expect(complete("claims | wh").candidates == ["where", "why"])
        #expect(complete("claims | ").candidates == QuerySession.stageKeywords.sorted())
        #expect(complete("claims | wh").replacing == 9..<11)
    }

    @Test func sourcesAtTheStart() {
        #expect(complete("cl").candidates == ["claims"])
        #expect(complete("let x = fr").candidates == ["frameworks"])
        #expect(complete("claims | join ac").candidates == ["actors"])
        #expect(complete("cooccurrence actors frameworks by p").candidates == ["paragraph"])
    }

    @Test func fieldsOfTheSourceBeingQueried() {
        #expect(complete("claims | where spe").candidates == ["speaker", "speaker_text"])
        #expect(complete("actors | where aff").candidates == ["affiliation"])
        #expect(complete("claims | where speaker.aff").candidates == ["affiliation"])
        #expect(complete("claims | where speaker.affiliation.na").candidates == ["name"])
        #expect(complete("actors | select who = name | where w").candidates == ["who"])
        #expect(complete("claims | sort da").candidates == ["date"])
    }

    @Test func entityNamesInsideQuotes() {
        let found = complete(#"claims | where speaker == "Sat"#)
        #expect(found.candidates == ["Satpayev"])
        #expect(found.replacing == 27..<30)
        #expect(complete(#"frameworks | where this == "e"#).candidates == ["EAEU", "Eurasian Economic Union"])
        #expect(complete(#"actors | where this == "x"#).candidates == ["Xi", "Xi Jinping"])
    }

    @Test func variablesAndFunctions() throws {
        _ = try session.run("let people = actors; def by_state(s) = claims | where speaker.affiliation == s")
        #expect(complete("peo").candidates == ["people"])
        #expect(complete("by_").candidates == ["by_state"])
        #expect(complete("people | where ki").candidates == ["kind"])
    }

    @Test func cursorInTheMiddle() {
        let text = "claims | wh | take 3"
        #expect(session.completions(in: text, at: 11).candidates == ["where", "why"])
    }
}
