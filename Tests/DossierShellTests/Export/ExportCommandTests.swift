import Foundation
import Testing

/// `dossier export` end to end: the JSON shape, problems on standard error and the exit code.
@Suite struct ExportCommandTests {
    static let article = """
        5 June 2024

        A Test Article

         Test Author

        Kazakhstani analyst Dina Serikova warned that the Middle Corridor needs new ferries. \u{1B}[31mRed text\u{1B}[0m was injected here in 2023.
        """

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func exportsTheWholeModelAsJSON() throws {
        let folder = TemporaryFolder()
        folder.write(Self.article, to: "test-article.txt")
        let run = BinaryRun(["export", "test-article.txt", "--format", "json"], in: folder)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(!run.output.contains("\u{1B}"))  // escapes in article text stay escaped in the JSON
        let model = try Self.json(run.output)
        let articles = try #require(model["articles"] as? [[String: Any]])
        #expect(articles.first?["id"] as? String == "test-article")
        #expect(articles.first?["date"] as? String == "2024-06-05")
        let actors = try #require(model["actors"] as? [[String: Any]])
        let analyst = try #require(actors.first { $0["name"] as? String == "Dina Serikova" })
        #expect(analyst["kind"] as? String == "person")
        #expect(analyst["affiliation"] as? String == "kazakhstan")
        #expect(analyst["role"] as? String == "analyst")
        let claims = try #require(model["claims"] as? [[String: Any]])
        #expect(claims.first?["speaker"] as? String == "dina-serikova")
        #expect(claims.first?["cue"] as? String == "warned")
        #expect(claims.first?["quote"] is NSNull)
        let events = try #require(model["events"] as? [[String: Any]])
        #expect(events.first?["date"] as? String == "2023")
        #expect((events.first?["text"] as? String)?.contains("\u{1B}[31m") == true)
        let start = try #require(claims.first?["start"] as? Int)
        let end = try #require(claims.first?["end"] as? Int)
        let scalars = Array(Self.article.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == claims.first?["text"] as? String)
    }

    @Test func reportsSkippedFilesAndExitsWithTwo() throws {
        let folder = TemporaryFolder()
        folder.write(Self.article, to: "good.txt")
        folder.write("", to: "empty.txt")
        let run = BinaryRun(["export", "good.txt", "empty.txt", "missing.txt"], in: folder)
        #expect(run.status == 2)
        #expect(run.errors == "empty.txt: empty file\nmissing.txt: no such file or folder\n")
        let articles = try #require(Self.json(run.output)["articles"] as? [[String: Any]])
        #expect(articles.count == 1)
    }

    @Test func exportsTheSamplesWithoutPaths() throws {
        let run = BinaryRun(["export", "--compact"])
        #expect(run.status == 0)
        #expect(run.output.split(separator: "\n").count == 1)
        let articles = try #require(Self.json(run.output)["articles"] as? [[String: Any]])
        #expect(articles.count >= 4)
    }

    @Test func aBrokenLexiconStopsTheCommand() {
        let folder = TemporaryFolder()
        folder.write("@entities actor\nNowhere\tkind=planet\n", to: "bad.lex")
        let run = BinaryRun(["export", "--lexicon", "bad.lex"], in: folder)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("bad.lex:2: unknown actor kind 'planet'"))
    }
}
