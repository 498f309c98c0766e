import DossierModel
import Foundation
import Testing

@testable import DossierExtract

@Suite struct LexiconTests {
    @Test func parsesEveryKindOfEntry() throws {
        let text = """
            # comment
            @entities actor
            Testland\tkind=state\talias=Republic of Testland\tacronym=RT\tdemonym=Testish\tcapital=Testville\tmetonym=the Palace
            Ann Example\tkind=person\taffiliation=Testland\trole=analyst\ttitle=Dr\tshort=Example
            @entities framework
            Test Corridor\tkind=corridor\tacronym=TC\tsponsor=Testland\tyear=2019
            @roles
            analyst\tplural=analysts\tclass=expert
            @verbs
            point out\tforms=point out|pointed out\tkind=speech
            """
        let entries = try LexiconParser.parse(text, file: "t.lex")
        #expect(entries.actors.map(\.name) == ["Testland", "Ann Example"])
        #expect(entries.actors[0].metonyms == ["the Palace"])
        #expect(entries.frameworks.first?.year == 2019)
        #expect(entries.roles.first?.plurals == ["analysts"])
        #expect(entries.verbs.first?.forms == ["point out", "pointed out"])
    }

    @Test(arguments: [
        ("Testland\tkind=state", "t.lex:1: entry before any directive (start the file with one of @entities actor, @entities framework, @roles, @verbs or @given-names)"),
        ("@entities actor\nTestland\tkind=planet", "t.lex:2: unknown actor kind 'planet' (expected state, person, organization, region, bloc, group, company, media, city, place, theatre)"),
        ("@entities actor\n\nTestland\tcapital=X", "t.lex:3: missing kind="),
        ("@entities actor\nTestland\tkind=state\tcolour=blue", "t.lex:2: unknown field 'colour'"),
        ("@entities actor\nTestland kind=state", "t.lex:2: missing kind="),
        ("@entities framework\nX\tkind=initiative\tyear=soon", "t.lex:2: year 'soon' is not a four-digit year"),
        ("@verbs\nsign\tkind=support\tobject=person", "t.lex:2: object must be 'framework', not 'person'"),
        ("@things", "t.lex:1: unknown directive '@things' (expected @entities actor, @entities framework, @roles, @verbs or @given-names)"),
    ])
    func reportsErrorsWithTheLine(text: String, message: String) {
        #expect(throws: LexiconError.self) { try LexiconParser.parse(text, file: "t.lex") }
        do {
            _ = try LexiconParser.parse(text, file: "t.lex")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func laterEntriesReplaceEarlierOnes() throws {
        var entries = try LexiconParser.parse("@entities actor\nTestland\tkind=state\nOther\tkind=state", file: "a.lex")
        entries.merge(try LexiconParser.parse("@entities actor\nTestland\tkind=region\nNew\tkind=city", file: "b.lex"))
        #expect(entries.actors.map(\.name) == ["Testland", "Other", "New"])
        #expect(entries.actors[0].kind == .region)
    }

    @Test func userLexiconsComeFromTheConfigFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-lex-\(UUID().uuidString)")
        let lexicons = folder.appendingPathComponent("dossier/lexicons")
        try FileManager.default.createDirectory(at: lexicons, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "@entities actor\nZorbland\tkind=state\tdemonym=Zorbish\n".write(to: lexicons.appendingPathComponent("extra.lex"), atomically: true, encoding: .utf8)
        let lexicon = try LexiconLoader.load(environment: ["XDG_CONFIG_HOME": folder.path])
        var builder = CorpusBuilder(lexicon: lexicon)
        try builder.add(text: "Title\n\nZorbish officials met Chinese diplomats.\n", path: "z.txt")
        let names = builder.build().actors.map(\.name)
        #expect(names.contains("Zorbland"))
        #expect(names.contains("China"))
    }

    @Test func filesReadInParallelStillMergeAndFailInTheirOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = (0..<4).map { folder.appendingPathComponent("extra\($0).lex").path }
        // Each file replaces the one before: the last one read in order must win, whichever thread read it.
        for (index, path) in paths.enumerated() {
            try "@entities actor\nZorbland\tkind=state\tdemonym=Zorbish\(index)\n".write(toFile: path, atomically: true, encoding: .utf8)
        }
        let lexicon = try LexiconLoader.load(extraFiles: paths, environment: [:])
        #expect(lexicon.entries.actors.first { $0.name == "Zorbland" }?.demonyms == ["Zorbish3"])
        try "@entities actor\nBroken\tkind=nothing\n".write(toFile: paths[1], atomically: true, encoding: .utf8)
        try "@entities actor\nBroken\tkind=nothing\n".write(toFile: paths[2], atomically: true, encoding: .utf8)
        do {
            _ = try LexiconLoader.load(extraFiles: paths, environment: [:])
            Issue.record("two broken lexicon files loaded")
        } catch {
            #expect(error.file == paths[1])
        }
    }

    @Test func theShippedLexiconLoads() {
        let lexicon = LexiconLoader.shipped
        #expect(lexicon.entries.actors.count > 100)
        #expect(lexicon.entries.verbs.contains { $0.lemma == "say" })
    }

    @Test func givenNamesAndActorGendersAreRead() throws {
        let entries = try LexiconParser.parse("@given-names\nAigerim\tgender=female\nNodir\tgender=male\n@entities actor\nMao Ning\tkind=person\tgender=female\n", file: "g.lex")
        #expect(entries.givenNames == [GivenNameEntry(name: "Aigerim", gender: .female), GivenNameEntry(name: "Nodir", gender: .male)])
        #expect(entries.actors.first?.gender == .female)
    }

    @Test func aRegionMayAllowSeveralAdjectivesBeforeItCounts() throws {
        let entries = try LexiconParser.parse("@entities actor\nthe West\tkind=region\tdemonym=Western\tadjectives=3\nAsia\tkind=region\n", file: "r.lex")
        #expect(entries.actors.map(\.passingAdjectives) == [3, nil])
        let named = try LexiconParser.parse("@entities actor\nEurasia\tkind=region\tnames=1\n", file: "r.lex")
        #expect(named.actors.map(\.passingNames) == [1])
        #expect(throws: LexiconError.self) { try LexiconParser.parse("@entities actor\nEurasia\tkind=region\tnames=0\n", file: "r.lex") }
        #expect(throws: LexiconError.self) { try LexiconParser.parse("@entities actor\nthe West\tkind=region\tadjectives=none\n", file: "r.lex") }
        #expect(throws: LexiconError.self) { try LexiconParser.parse("@entities actor\nthe West\tkind=region\tadjectives=0\n", file: "r.lex") }
    }

    @Test(arguments: [
        ("political analyst", "Political Analyst"), ("head of state", "Head of State"), ("vice-president", "Vice-President"),
        ("minister for foreign affairs", "Minister for Foreign Affairs"), ("émigré writer", "Émigré Writer"),
    ])
    func roleNounsAreTitleCasedWordByWord(text: String, expected: String) {
        #expect(Lexicon.titleCased(text) == expected)
    }

    @Test func aGenderMustBeFemaleOrMale() {
        #expect(throws: LexiconError.self) { try LexiconParser.parse("@given-names\nAlex\tgender=both\n", file: "g.lex") }
        #expect(throws: LexiconError.self) { try LexiconParser.parse("@given-names\nAlex\n", file: "g.lex") }
    }

    @Test func givenNamesReadTheSameWithOrWithoutExtraSpacing() throws {
        let plain = try LexiconParser.parse("@given-names\nDinara\tgender=female\nBobur\tgender=male\n", file: "g.lex")
        let spaced = try LexiconParser.parse("@given-names\n  Dinara \t gender=female\r\nBobur\tgender=male\t\n", file: "g.lex")
        #expect(plain.givenNames == spaced.givenNames)
        #expect(plain.givenNames.map(\.name) == ["Dinara", "Bobur"])
    }
}
