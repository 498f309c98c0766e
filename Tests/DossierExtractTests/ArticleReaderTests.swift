import DossierModel
import Testing

@testable import DossierExtract

@Suite struct ArticleReaderTests {
    static let plain = """
        11 August 2023

        A Test of the Reader

         Jane Analyst

        The first paragraph has two sentences. This is the second one.

        A second paragraph follows here.

        A Heading Without Punctuation

        The last paragraph ends the article. ■

        Share this:
        """

    @Test func readsThePlainTextLayout() throws {
        let article = try ArticleReader.read(text: Self.plain, path: "dir/test-article.txt", id: "test-article")
        #expect(article.title == "A Test of the Reader")
        #expect(article.author == "Jane Analyst")
        #expect(article.date == PartialDate(year: 2023, month: 8, day: 11))
        #expect(article.paragraphs.count == 3)
        #expect(article.sentences.map(\.text) == [
            "The first paragraph has two sentences.", "This is the second one.", "A second paragraph follows here.",
            "The last paragraph ends the article.",
        ])
        #expect(article.sections.map(\.heading) == [nil, "A Heading Without Punctuation"])
        #expect(article.sections.map(\.paragraphs) == [0..<2, 2..<3])
        #expect(article.wordCount == 22)
    }

    @Test func spansIndexUnicodeScalarsOfTheText() throws {
        let text = "1 May 2024\n\nTítulo\n\nAutor\n\nChina’s “view” is clear. Erdoğan agreed.\n"
        let article = try ArticleReader.read(text: text, path: "a.txt", id: "a")
        let scalars = Array(text.unicodeScalars)
        for sentence in article.sentences {
            let slice = String(String.UnicodeScalarView(scalars[sentence.span.start..<sentence.span.end]))
            #expect(slice == sentence.text)
        }
        #expect(article.sentences.count == 2)
    }

    @Test func readsMarkdownWithFrontMatter() throws {
        let text = """
            ---
            title: "Markdown Article"
            author: Sam Writer
            date: 2022-10-05
            ---

            Opening paragraph here.

            ## First Section

            Inside the section.
            """
        let article = try ArticleReader.read(text: text, path: "m.md", id: "m", markdown: true)
        #expect(article.title == "Markdown Article")
        #expect(article.author == "Sam Writer")
        #expect(article.date == PartialDate(year: 2022, month: 10, day: 5))
        #expect(article.sections.map(\.heading) == [nil, "First Section"])
        #expect(article.sentences.map(\.text) == ["Opening paragraph here.", "Inside the section."])
    }

    @Test func readsAMarkdownTitleLine() throws {
        let article = try ArticleReader.read(text: "# The Title\n\nBy A. Person\n\nBody text.\n", path: "x.md", id: "x")
        #expect(article.title == "The Title")
        #expect(article.author == "A. Person")
        #expect(article.sentences.map(\.text) == ["Body text."])
    }

    @Test func rejectsTextWithoutParagraphs() {
        #expect(throws: ReadError.noContent) { try ArticleReader.read(text: "1 May 2024\n\nJust a title\n", path: "t.txt", id: "t") }
    }
}
