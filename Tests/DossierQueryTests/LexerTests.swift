import Testing
@testable import DossierQuery

@Suite struct LexerTests {
    private func kinds(_ text: String) throws -> [Token.Kind] { try Lexer.tokenize(text).map(\.kind) }

    @Test func tokensOfAPipeline() throws {
        #expect(try kinds(#"claims | where speaker == "Xi" and n >= 2.5 # note"#) == [
            .identifier, .pipe, .identifier, .identifier, .equal, .string, .identifier, .identifier, .greaterEqual, .decimal, .end,
        ])
        #expect(try kinds("a ?? b != c ~ d !~ e; f\n[1, 2] (x.y) % - + * / < <= > =") == [
            .identifier, .coalesce, .identifier, .notEqual, .identifier, .tilde, .identifier, .notTilde, .identifier, .semicolon,
            .identifier, .newline, .leftBracket, .integer, .comma, .integer, .rightBracket, .leftParen, .identifier, .dot,
            .identifier, .rightParen, .percent, .minus, .plus, .star, .slash, .less, .lessEqual, .greater, .assign, .end,
        ])
    }

    @Test func datesAreLiteralsNotSubtractions() throws {
        let tokens = try Lexer.tokenize("date >= 2023-01 and d < 2023-03-05 or y == 2023 - 1")
        #expect(tokens.filter { $0.kind == .date }.map(\.text) == ["2023-01", "2023-03-05"])
        #expect(tokens.filter { $0.kind == .integer }.map(\.text) == ["2023", "1"])
    }

    @Test func stringsDecodeEscapesButKeepRegexEscapes() throws {
        let tokens = try Lexer.tokenize(#"'it\'s' "a\tb" "\bword\d""#)
        #expect(tokens.prefix(3).map(\.text) == ["it's", "a\tb", #"\bword\d"#])
    }

    @Test func rangesAreUTF8Offsets() throws {
        let tokens = try Lexer.tokenize("\"Kürelsükh\" | x")
        #expect(tokens[0].range == SourceRange(0, 13))
        #expect(tokens[1].range == SourceRange(14, 15))
    }

    @Test(arguments: [
        ("claims | where a && b", "query:1:18: error: unexpected character `&`\n 1 | claims | where a && b\n   |                  ^\nhelp: write `and` instead of `&&`"),
        ("x == \u{201C}Xi\u{201D}", "query:1:6: error: unexpected character `\u{201C}`\n 1 | x == \u{201C}Xi\u{201D}\n   |      ^\nhelp: use straight quotes \" or ' around strings"),
        ("take 10rows", "query:1:6: error: a number cannot run into letters\n 1 | take 10rows\n   |      ^^^^^^\nhelp: put a space between `10` and `rows`"),
        ("events | where date > 2023-13", "query:1:23: error: `2023-13` is not a valid date\n 1 | events | where date > 2023-13\n   |                       ^^^^^^^\nhelp: dates are written YYYY, YYYY-MM or YYYY-MM-DD with a real month and day"),
        ("a\n  | where x == \"open", "query:2:16: error: this string is never closed\n 2 |   | where x == \"open\n   |                ^^^^^\nhelp: end it with \""),
    ])
    func lexicalErrorsNameTheirPlace(query: String, expected: String) {
        #expect(failure(query)?.rendered == expected)
    }
}
