import Testing
@testable import DossierQuery

@Suite struct RegexTests {
    @Test(arguments: [
        ("Xi", "President Xi spoke", true),
        ("^Xi", "President Xi spoke", false),
        ("spoke$", "President Xi spoke", true),
        ("\\bXi\\b", "Xiamen", false),
        ("\\bXi\\b", "Mr Xi.", true),
        ("\\BXi", "Mr Xi.", false),
        ("[A-Z]{3}", "the SCO summit", true),
        ("[A-Z]{4}", "the SCO summit", false),
        ("[^a-z ]", "only lower case", false),
        ("\\d{4}-\\d\\d", "on 2023-03", true),
        ("colou?r", "color", true),
        ("(Belt|Road)+ and", "RoadBelt and", true),
        ("a.c", "a\nc", false),
        ("(?i)power OF siberia", "Power of Siberia 2", true),
        ("power of siberia", "Power of Siberia 2", false),
        ("(?i)[a-c]x", "BX", true),
        ("\\s\\S\\w\\W", " a..", false),
        ("\\s\\S\\w\\W", " ab.", true),
        ("a{2,3}b", "aab", true),
        ("a{2,}b", "ab", false),
        ("a*?b", "b", true),
        ("Türkiye|Қазақстан", "in Қазақстан today", true),
        ("(?:ab)+c", "ababc", true),
        ("", "anything", true),
        ("a\\.b", "axb", false),
    ])
    func matching(pattern: String, text: String, expected: Bool) throws {
        #expect(try Regex(pattern).matches(text) == expected)
    }

    @Test(arguments: [
        ("(a", "this group is never closed"),
        ("a)", "unmatched `)`"),
        ("[a-", "this class is never closed with `]`"),
        ("*a", "nothing to repeat"),
        ("a**", "a repetition cannot be repeated"),
        ("a{5,2}", "`{5,2}` has its bounds reversed"),
        ("a{2000}", "repetition counts are limited to 1000"),
        ("\\q", "unknown escape `\\q`"),
        ("[z-a]", "the range `z-a` is reversed"),
        ("((((a{1000}){1000}){1000}))", "this pattern is too large once its repetitions are expanded"),
    ])
    func badPatternsAreRefused(pattern: String, message: String) {
        #expect(throws: RegexError.self) { try Regex(pattern) }
        do {
            _ = try Regex(pattern)
        } catch {
            #expect(error.message == message)
        }
    }

    /// Patterns that make backtracking engines take exponential time finish here in one linear pass.
    @Test func pathologicalPatternsStayLinear() throws {
        let text = String(repeating: "a", count: 20_000)
        #expect(try Regex("(a*)*b").matches(text) == false)
        #expect(try Regex("(a|aa)+$").matches(text) == true)
        #expect(try Regex("(a|a)*c").matches(text) == false)
        #expect(try Regex("a{0,1000}a{1000}").matches(String(repeating: "a", count: 1500)) == true)
    }

    @Test func queryOperatorsUseTheEngine() throws {
        #expect(try rows(#"actors | where name ~ "^[A-Z][a-z]+$""#).rowCount == 3)
        #expect(try rows(#"actors | where name !~ "^[A-Z][a-z]+$""#).rowCount == 5)
        #expect(try rows(#"actors | where matches(name, "(?i)^x")"#).rowCount == 1)
    }
}
