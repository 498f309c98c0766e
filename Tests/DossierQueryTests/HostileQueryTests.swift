import DossierModel
import Foundation
import Testing
@testable import DossierQuery

/// Queries written to hurt: chains and nesting deep enough to exhaust the stack, patterns that make
/// backtracking engines run for ever, results too big to hold, cancellation, and the promise that
/// every error names its line and column.
@Suite struct HostileQueryTests {
    // MARK: Depth

    /// Chains of one operator build trees as tall as they are long; each used to crash the shell with
    /// a stack overflow somewhere between 700 (`and`, debug build) and 100 000 (`not`, `-`) links.
    @Test(arguments: [
        ("and", "articles | where " + Array(repeating: "true", count: 100_000).joined(separator: " and ")),
        ("or", "articles | where " + Array(repeating: "false", count: 100_000).joined(separator: " or ")),
        ("+", "articles | select n = 1" + String(repeating: " + 1", count: 100_000)),
        ("*", "articles | select n = 1" + String(repeating: " * 1", count: 100_000)),
        ("??", "articles | select n = null" + String(repeating: " ?? null", count: 100_000)),
        ("not", "articles | where " + String(repeating: "not ", count: 100_000) + "true"),
        ("-", "articles | select n = " + String(repeating: "-", count: 100_000) + "1"),
        (".", "claims | select n = speaker" + String(repeating: ".affiliation", count: 100_000)),
    ])
    func longChainsAreRefusedWithAPlace(name: String, query: String) throws {
        let error = try #require(failure(query), "a \(name) chain ran")
        #expect(error.kind == .limit)
        #expect(error.message == "this expression has more than \(Parser.maximumOperators) operators")
        let location = try #require(error.location)
        #expect(location.line == 1 && location.column > 17)
    }

    @Test func aChainAtTheLimitStillRuns() throws {
        let conditions = Array(repeating: "true", count: Parser.maximumOperators + 1).joined(separator: " and ")
        #expect(try rows("articles | where \(conditions) | count").cell(row: 0, column: 0) == .int(2))
        let tooMany = conditions + " and true"
        #expect(failure("articles | where \(tooMany) | count")?.kind == .limit)
    }

    @Test func eachStageHasItsOwnOperatorBudget() throws {
        let half = Array(repeating: "true", count: Parser.maximumOperators / 2 + 10).joined(separator: " and ")
        let query = "articles | where \(half) | where \(half) | select n = 1, m = \(Array(repeating: "1", count: 200).joined(separator: " + ")) | count"
        #expect(try rows(query).cell(row: 0, column: 0) == .int(2))
    }

    @Test func deepBracketsAreRefusedWithAPlace() throws {
        for (open, close) in [("(", ")"), ("[", "]"), ("upper(", ")")] {
            let query = "articles | select n = " + String(repeating: open, count: 50_000) + "1" + String(repeating: close, count: 50_000)
            let error = try #require(failure(query))
            #expect(error.kind == .limit)
            #expect(error.location?.line == 1)
        }
    }

    @Test func manyStagesAndStatementsRun() throws {
        let stages = "articles" + String(repeating: " | take 5", count: 20_000) + " | count"
        #expect(try rows(stages).cell(row: 0, column: 0) == .int(2))
        let statements = String(repeating: "let x = 1\n", count: 20_000) + "articles | count"
        #expect(try rows(statements).cell(row: 0, column: 0) == .int(2))
    }

    // MARK: Regexes and big values

    /// Patterns that take exponential time in a backtracking engine; the engine here is linear, so
    /// each finishes at once even on a long sentence that almost matches.
    @Test(arguments: ["(a+)+$", "(a|a)*b", "(a*)*b", "(a|aa)+$", "^(\\w+\\s?)*$", "(.*a){20}", "(x+x+)+y"])
    func catastrophicPatternsFinish(pattern: String) throws {
        let regex = try Regex(pattern)
        let text = String(repeating: "a", count: 5_000) + "!"
        _ = regex.matches(text)
        let query = "sentences | where text ~ \"\(pattern.replacingOccurrences(of: "\\", with: "\\\\"))\" | count"
        _ = try rows(query)
    }

    @Test func patternsThatWouldExpandHugelyAreRefusedWithAPlace() throws {
        for pattern in ["(a{1000}){1000}", "((a{100}){100}){100}", String(repeating: "(", count: 500) + String(repeating: ")", count: 500)] {
            let error = try #require(failure("sentences | where text ~ \"\(pattern)\""), "\(pattern) compiled")
            #expect(error.location?.line == 1)
        }
    }

    /// Integer overflow is null, as in `+`, never a trap or a wrapped value; `Int.min % -1` and
    /// `abs(Int.min)` used to trap, and `-Int.min` wrapped round to itself.
    @Test(arguments: [
        "9223372036854775807 + 1", "-9223372036854775807 - 2", "9223372036854775807 * 2",
        "-(-9223372036854775807 - 1)", "abs(-9223372036854775807 - 1)", "1 / 0", "1 % 0", "1.5 % 0",
    ])
    func overflowIsNullNotATrap(expression: String) throws {
        #expect(try rows("articles | take 1 | select n = \(expression)").cell(row: 0, column: 0) == .null)
    }

    @Test func edgeValuesAreAnswersOrErrorsNeverTraps() throws {
        #expect(try rows("articles | take 1 | select n = (-9223372036854775807 - 1) % -1").cell(row: 0, column: 0) == .int(0))
        #expect(failure("articles | select n = 99999999999999999999999")?.kind == .limit)
        #expect(failure("articles | take -5")?.location != nil)
        #expect(try rows("articles | take 9223372036854775807").rowCount == 2)
        _ = try rows("articles | take 1 | select n = round(1.5, 9223372036854775807), m = round(1.5, -9223372036854775807)")
        let long = String(repeating: "é", count: 200_000)
        #expect(try rows("articles | where title == \"\(long)\" | count").cell(row: 0, column: 0) == .int(0))
    }

    // MARK: Size and time

    @Test func anEnormousResultEndsWithALimitErrorNamingTheStage() throws {
        let session = QuerySession(corpus: SyntheticCorpus.make(articles: 10, sentencesPerArticle: 40), limits: QueryLimits(maximumRows: 50_000))
        let error = try #require(failure("sentences | join sentences as a on 1 == 1 | join sentences as b on 1 == 1 | count", session: session))
        #expect(error.kind == .limit)
        #expect(error.location?.column == 13)
    }

    /// The shell's Ctrl-C sets a flag that the session polls; a long stage must stop soon after it is
    /// set, whichever stage is running.
    @Test(arguments: [
        "sentences | join sentences as other on 1 == 1 | count",
        "sentences | join sentences as other on 1 == 1 | where other.text has \"9\" | count",
        "sentences | join sentences as other on 1 == 1 | group by other.article | count",
        "sentences | join sentences as other on 1 == 1 | sort other.text desc | take 1",
    ])
    func cancellationStopsEveryKindOfLongStage(query: String) throws {
        let session = QuerySession(corpus: SyntheticCorpus.make(articles: 40, sentencesPerArticle: 50))
        let polls = PollCounter(cancelAfter: 2)
        session.isCancelled = { polls.poll() }
        let error = try #require(failure(query, session: session))
        #expect(error.kind == .cancelled)
        #expect(polls.count >= 2)
    }

    @Test func aCancelledSessionRunsTheNextStatementNormally() throws {
        let session = QuerySession(corpus: SyntheticCorpus.make(articles: 10, sentencesPerArticle: 10))
        let polls = PollCounter(cancelAfter: 0)
        session.isCancelled = { polls.poll() }
        #expect(failure("sentences | join sentences as other on 1 == 1 | count", session: session)?.kind == .cancelled)
        session.isCancelled = { false }
        #expect(try rows("sentences | count", session: session).cell(row: 0, column: 0) == .int(100))
    }

    // MARK: Every error has a place

    /// One query per way of going wrong, as the last line (3) of a script.
    @Test(arguments: [
        "claims | where text == \"unterminated",
        "claims | where text == 'mixed\"",
        "claims | where text ~ \"(unclosed\"",
        "claims | where text ~ \"a{5,2}\"",
        "claims | where @",
        "claims | wher speaker == 1",
        "claimz",
        "claims | where nosuchfield == 1",
        "claims | where text + 1",
        "claims | where date > 2023-13",
        "claims | take \"three\"",
        "claims | where upper(1, 2, 3)",
        "claims | select",
        "claims | group speaker",
        "claims | join actors speaker == this",
        "let claims = 1",
        "def f(x, x) = claims",
        "claims |",
        "| claims",
        "claims | where (1",
        "claims | where [1, 2",
        "include",
        "claims | flatten speaker",
        "explain",
        "claims | sort",
        "\u{1B}[31m",
        "claims | where text == \"\u{202E}\" and \u{7F}",
    ])
    func everyErrorNamesItsLineAndColumn(statement: String) throws {
        let script = "let a = 1\n# a comment\n\(statement)"
        let error = try #require(failure(script))
        let location = try #require(error.location, "no place for: \(error.message)")
        #expect(location.line == 3)
        #expect(error.rendered.hasPrefix("query:3:\(location.column): error: "))
    }
}

/// Counts polls of the cancellation check and says "cancel" from the given poll on.
private final class PollCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var polls = 0
    private let cancelAfter: Int

    init(cancelAfter: Int) { self.cancelAfter = cancelAfter }

    var count: Int { lock.withLock { polls } }

    func poll() -> Bool {
        lock.withLock {
            polls += 1
            return polls > cancelAfter
        }
    }
}

/// An error on a line of megabytes shows a window of it around the caret, not the whole line.
@Suite struct HostileErrorLineTests {
    @Test func aHugeLineIsShownAsAWindowWithTheCaretInPlace() throws {
        let padding = String(repeating: "x", count: 500_000)
        let query = "articles | where title == \"\(padding)\" and bogus == 1"
        let error = try #require(failure(query))
        let lines = error.rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "query:1:\(500_034): error: unknown field `bogus`")
        #expect(lines[1].count < LineWindow.maximumWidth + 10)
        #expect(lines[1].hasSuffix("xxxx\" and bogus == 1"))
        let caret = try #require(lines[2].firstIndex(of: "^"))
        let shown = lines[1]
        let underlined = shown[shown.index(shown.startIndex, offsetBy: lines[2].distance(from: lines[2].startIndex, to: caret))...]
        #expect(underlined.hasPrefix("bogus"))
        #expect(lines[2].filter { $0 == "^" }.count == 5)
    }

    @Test func theWindowKeepsShortLinesWholeAndCutsBothEndsOfLongOnes() {
        #expect(LineWindow(line: "claims | wher x", column: 10, endColumn: 14) == LineWindow(text: "claims | wher x", column: 10, width: 4))
        let long = String(repeating: "a", count: 1_000) + "BAD" + String(repeating: "b", count: 1_000)
        let window = LineWindow(line: long, column: 1_001, endColumn: 1_004)
        #expect(window.text.hasPrefix("…") && window.text.hasSuffix("…"))
        #expect(window.text.count == LineWindow.maximumWidth + 2)
        let characters = Array(window.text)
        #expect(String(characters[(window.column - 1)..<(window.column - 1 + window.width)]) == "BAD")
        let atStart = LineWindow(line: long, column: 1, endColumn: 5_000)
        #expect(atStart.text.first == "a" && atStart.column == 1 && atStart.width == LineWindow.maximumWidth)
        let atEnd = LineWindow(line: long, column: 2_003, endColumn: 2_004)
        #expect(Array(atEnd.text)[atEnd.column - 1] == "b" && atEnd.text.last == "b")
    }
}
