import CustomDump
import Testing
@testable import DossierQuery

@Suite struct ParserTests {
    @Test func pipelineAST() throws {
        let statements = try Parser.parse(#"claims | where speaker == "Xi" | sort date desc, id | take 3"#)
        expectNoDifference(statements, [
            .query(Pipeline(
                head: .expression(.name("claims", SourceRange(0, 6))),
                stages: [
                    .filter(.binary(.equal, .name("speaker", SourceRange(15, 22)), .literal(.string("Xi"), SourceRange(26, 30)),
                                    SourceRange(15, 30)), range: SourceRange(9, 30)),
                    .sort([SortKey(expression: .name("date", SourceRange(38, 42)), descending: true),
                           SortKey(expression: .name("id", SourceRange(49, 51)), descending: false)], range: SourceRange(33, 51)),
                    .take(.literal(.integer(3), SourceRange(59, 60)), range: SourceRange(54, 60)),
                ],
                range: SourceRange(0, 60))),
        ])
    }

    @Test func precedenceAndPaths() throws {
        let parsed = try Parser.parse("a.b.c ?? 1 + 2 * 3 > 4 and not y or z")
        guard case .query(let query) = parsed[0], case .expression(let tree) = query.head else { return }
        // `??` binds looser than arithmetic and tighter than comparison, as in C# and JavaScript.
        guard case .binary(.or, .binary(.and, .binary(.greater, let fallback, _, _), .unary(.not, _, _), _), .name("z", _), _) = tree,
              case .binary(.coalesce, .member(.member(.name("a", _), _, _), let c, _), .binary(.add, _, .binary(.multiply, _, _, _), _), _) = fallback
        else {
            Issue.record("wrong tree: \(tree)")
            return
        }
        #expect(c.name == "c")
    }

    @Test func statementsSplitOnNewlinesAndSemicolons() throws {
        let statements = try Parser.parse("""
            # who speaks
            let people = actors
                | where kind == "person"
            def speaks(x) = claims | where speaker == x; explain people
            claims
            | count
            include "other.dq"
            """)
        #expect(statements.count == 5)
        guard case .assignment(let name, let value, _) = statements[0] else { Issue.record("not a let"); return }
        #expect(name.name == "people")
        #expect(value.stages.count == 1)
        guard case .definition(let function, let parameters, _, _) = statements[1] else { Issue.record("not a def"); return }
        #expect(function.name == "speaks")
        #expect(parameters.map(\.name) == ["x"])
        guard case .explain = statements[2], case .query(let counted) = statements[3], case .include(let path, _) = statements[4] else {
            Issue.record("wrong statements")
            return
        }
        #expect(counted.stages.count == 1)
        #expect(path == "other.dq")
    }

    @Test func stagesWithTheirClauses() throws {
        let statements = try Parser.parse("""
            claims | group by s = speaker.affiliation, kind aggregate n = count(), who = list(speaker)
                   | join actors as a on s == this | lookup events on article == article | flatten who
                   | distinct s, n | select s, n | why | count
            """)
        guard case .query(let pipeline) = statements[0] else { return }
        #expect(pipeline.stages.map(\.keyword) == ["group", "join", "lookup", "flatten", "distinct", "select", "why", "count"])
        guard case .group(let keys, let aggregates, _) = pipeline.stages[0],
              case .join(let join) = pipeline.stages[1] else { return }
        #expect(keys.map { $0.name?.name } == ["s", nil])
        #expect(aggregates.map { $0.name?.name } == ["n", "who"])
        #expect(join.alias?.name == "a")
        #expect(!join.keepsUnmatched)
        guard case .cooccurrence(let left, let right, let scope, _) = try Parser.parse("cooccurrence actors frameworks by paragraph")
            .first.map({ if case .query(let p) = $0 { p.head } else { Head.expression(.literal(.null, SourceRange(0, 0))) } })!
        else { Issue.record("not a cooccurrence"); return }
        #expect([left.name, right?.name, scope?.name] == ["actors", "frameworks", "paragraph"])
    }

    @Test(arguments: [
        ("claims | wher speaker == \"Xi\"",
         "query:1:10: error: unknown stage `wher`\n 1 | claims | wher speaker == \"Xi\"\n   |          ^^^^\nhelp: did you mean `where`?"),
        ("claims | where speaker = \"Xi\"",
         "query:1:24: error: `=` names a column; to compare, use `==`\n 1 | claims | where speaker = \"Xi\"\n   |                        ^\nhelp: write `==`"),
        ("claims |",
         "query:1:9: error: expected a stage after `|`, found the end of the input\n 1 | claims |\n   |         ^\nhelp: stages are: where, select, sort, take, count, distinct, group, join, lookup, flatten, why"),
        ("| where x",
         "query:1:1: error: expected a source before the first `|`, found `|`\n 1 | | where x\n   | ^\nhelp: start with a source, e.g. `claims | …`"),
        ("where kind == 1",
         "query:1:1: error: a pipeline starts with a source, not the stage `where`\n 1 | where kind == 1\n   | ^^^^^\nhelp: start with a source, e.g. `claims | where …`"),
        ("actors | group kind",
         "query:1:16: error: expected `by` after `group`, found `kind`\n 1 | actors | group kind\n   |                ^^^^\nhelp: write `group by speaker aggregate n = count()`"),
        ("actors | select upper(name",
         "query:1:27: error: expected `)` to close the call, found the end of the input\n 1 | actors | select upper(name\n   |                           ^\nhelp: separate arguments with `,`"),
        ("actors | where kind in [\"a\" \"b\"]",
         "query:1:29: error: expected `]` to close the list, found a string\n 1 | actors | where kind in [\"a\" \"b\"]\n   |                             ^^^\nhelp: separate items with `,`"),
        ("actors take 3",
         "query:1:8: error: expected the end of the statement, found `take`\n 1 | actors take 3\n   |        ^^^^\nhelp: stages are joined with `|`"),
        ("let = actors",
         "query:1:5: error: expected a name for the variable, found `=`\n 1 | let = actors\n   |     ^"),
        ("claims | join actors speaker == this",
         "query:1:22: error: expected `on` and a condition, found `speaker`\n 1 | claims | join actors speaker == this\n   |                      ^^^^^^^\nhelp: write `join actors on this == speaker`"),
        ("def f(a, = claims",
         "query:1:10: error: expected a parameter name, found `=`\n 1 | def f(a, = claims\n   |          ^"),
        ("def f(a) claims",
         "query:1:10: error: expected `=` before the function's body, found `claims`\n 1 | def f(a) claims\n   |          ^^^^^^\nhelp: write `def f(x) = claims | where speaker == x`"),
        ("let x claims",
         "query:1:7: error: expected `=` after the variable's name, found `claims`\n 1 | let x claims\n   |       ^^^^^^\nhelp: write `let x = claims | …`"),
        ("claims | sort",
         "query:1:14: error: expected a field to sort by, found the end of the input\n 1 | claims | sort\n   |              ^\nhelp: write `sort date desc, name`"),
        ("claims | select",
         "query:1:16: error: expected a field or `name = expression` to select, found the end of the input\n 1 | claims | select\n   |                ^"),
        ("claims | group by kind aggregate",
         "query:1:33: error: expected an aggregate such as `n = count()`, found the end of the input\n 1 | claims | group by kind aggregate\n   |                                 ^"),
        ("claims | join actors on speaker this",
         "query:1:33: error: expected `==` between the two sides of the join, found `this`\n 1 | claims | join actors on speaker this\n   |                                 ^^^^\nhelp: a join matches `incoming == joined`, e.g. `on this == speaker`"),
        ("claims | flatten",
         "query:1:17: error: expected a list field to flatten, found the end of the input\n 1 | claims | flatten\n   |                 ^"),
        ("cooccurrence",
         "query:1:13: error: expected a source to pair: `actors` or `frameworks`, found the end of the input\n 1 | cooccurrence\n   |             ^"),
        ("cooccurrence actors by",
         "query:1:23: error: expected `sentence` or `paragraph`, found the end of the input\n 1 | cooccurrence actors by\n   |                       ^"),
        ("claims | where (kind == \"direct\"",
         "query:1:33: error: expected `)` to close the `(`, found the end of the input\n 1 | claims | where (kind == \"direct\"\n   |                                 ^\nhelp: every `(` needs a matching `)`"),
        ("explain",
         "query:1:8: error: expected a pipeline to explain, found the end of the input\n 1 | explain\n   |        ^\nhelp: write `explain claims | where …`"),
        ("claims | take 1 2",
         "query:1:17: error: expected the end of the statement, found `2`\n 1 | claims | take 1 2\n   |                 ^\nhelp: put one statement per line, or separate them with `;`"),
        ("x\n| where a ==\n   | take 1",
         "query:3:4: error: expected a value, field or source, found `|`\n 3 |    | take 1\n   |    ^"),
    ])
    func syntaxErrorsNameTheirPlace(query: String, expected: String) {
        #expect(failure(query)?.rendered == expected)
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let query = "actors | where " + String(repeating: "(", count: 500) + "true" + String(repeating: ")", count: 500)
        let error = failure(query)
        #expect(error?.kind == .limit)
        #expect(error?.message == "this expression is nested too deeply")
    }
}
