import Testing
@testable import DossierQuery

/// Unknown names and type mistakes are errors with a place and a fix, never silently empty results.
@Suite struct SemanticErrorTests {
    @Test(arguments: [
        ("claimz | take 3",
         "query:1:1: error: unknown source or variable `claimz`\n 1 | claimz | take 3\n   | ^^^^^^\nhelp: did you mean `claims`?"),
        ("claims | where speker == \"Xi\"",
         "query:1:16: error: unknown field `speker`\n 1 | claims | where speker == \"Xi\"\n   |                ^^^^^^\nhelp: did you mean `speaker`?"),
        ("claims | select speaker.afiliation",
         "query:1:25: error: an actor has no field `afiliation`\n 1 | claims | select speaker.afiliation\n   |                         ^^^^^^^^^^\nhelp: did you mean `affiliation`?"),
        ("actors | select lowr(name)",
         "query:1:17: error: unknown function `lowr`\n 1 | actors | select lowr(name)\n   |                 ^^^^\nhelp: did you mean `lower`?"),
        ("claims | join actorz on speaker == this",
         "query:1:15: error: unknown source `actorz`\n 1 | claims | join actorz on speaker == this\n   |               ^^^^^^\nhelp: did you mean `actors`?"),
        ("events | where date > true",
         "query:1:16: error: cannot compare a date with true/false\n 1 | events | where date > true\n   |                ^^^^^^^^^^^\nhelp: dates compare with dates: `date >= 2023-01`"),
        ("events | where date >= \"March\"",
         "query:1:24: error: \"March\" is not a date\n 1 | events | where date >= \"March\"\n   |                        ^^^^^^^\nhelp: write dates as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-03"),
        ("actors | where name",
         "query:1:16: error: `where` needs a condition that is true or false, but this is text\n 1 | actors | where name\n   |                ^^^^\nhelp: compare it: `… == \"text\"`, or search it: `… has \"word\"`"),
        ("actors | where mentions has \"x\"",
         "query:1:16: error: `has` searches text, but this is a whole number\n 1 | actors | where mentions has \"x\"\n   |                ^^^^^^^^"),
        ("actors | select n = mentions * name",
         "query:1:32: error: cannot do arithmetic (`*`) with text\n 1 | actors | select n = mentions * name\n   |                                ^^^^"),
        ("actors | where len(1)",
         "query:1:20: error: `len` needs text or a list here, not a whole number\n 1 | actors | where len(1)\n   |                    ^\nhelp: len(text or list) → the number of characters or items"),
        ("actors | select upper()",
         "query:1:17: error: `upper` takes 1 argument, not 0\n 1 | actors | select upper()\n   |                 ^^^^^^^\nhelp: upper(text) → the text in upper case"),
        ("actors | where name matches \"(a\"",
         "query:1:29: error: bad regular expression: this group is never closed (at character 1 of the pattern)\n 1 | actors | where name matches \"(a\"\n   |                             ^^^^\nhelp: patterns support . [a-z] [^…] \\d \\w \\s \\b ^ $ (…) | * + ? {m,n}; start with (?i) to ignore case"),
        ("actors | group by kind aggregate n = len(name)",
         "query:1:38: error: after `aggregate`, each column must be an aggregate such as `n = count()`\n 1 | actors | group by kind aggregate n = len(name)\n   |                                      ^^^^^^^^^\nhelp: aggregates are: count(), count_distinct(), sum(), min(), max(), avg(), list(), first()"),
        ("actors | where count() > 1",
         "query:1:16: error: `count()` adds up a group; it can only be used after `group by … aggregate`\n 1 | actors | where count() > 1\n   |                ^^^^^\nhelp: write `group by speaker aggregate n = count(…)`"),
        ("actors | group by kind | why",
         "query:1:26: error: `why` needs rows that come from the corpus, but these were computed by `group by`, `count` or `cooccurrence`\n 1 | actors | group by kind | why\n   |                          ^^^\nhelp: use `why` before grouping, e.g. `claims | where … | why`"),
        ("actors | select name | where kind == \"state\"",
         "query:1:30: error: unknown field `kind`\n 1 | actors | select name | where kind == \"state\"\n   |                              ^^^^\nhelp: fields here are: `name`"),
        ("actors | flatten name",
         "query:1:18: error: `flatten` needs a list, but `name` is text\n 1 | actors | flatten name\n   |                  ^^^^\nhelp: flatten a list field such as `actors`, `frameworks` or `aliases`"),
        ("cooccurrence actors claims",
         "query:1:21: error: co-occurrence pairs `actors` and `frameworks`, not `claims`\n 1 | cooccurrence actors claims\n   |                     ^^^^^^\nhelp: write `cooccurrence actors frameworks by sentence`"),
        ("cooccurrence actors by chapter",
         "query:1:24: error: co-occurrence is counted `by sentence` or `by paragraph`, not `chapter`\n 1 | cooccurrence actors by chapter\n   |                        ^^^^^^^\nhelp: write `by sentence` or `by paragraph`"),
        ("def f(a, a) = claims",
         "query:1:10: error: the parameter `a` is named twice\n 1 | def f(a, a) = claims\n   |          ^"),
        ("actors | take \"ten\"",
         "query:1:15: error: `take` needs a whole number of rows\n 1 | actors | take \"ten\"\n   |               ^^^^^\nhelp: write e.g. `take 10`"),
        ("let claims = actors",
         "query:1:5: error: `claims` is part of the language and cannot be redefined\n 1 | let claims = actors\n   |     ^^^^^^\nhelp: choose another name, e.g. `my_claims`"),
        ("actors | where this == events",
         "query:1:24: error: `events` is a source, not a field\n 1 | actors | where this == events\n   |                        ^^^^^^\nhelp: a source starts a pipeline (`events | …`) or follows `join`"),
    ])
    func errorsNameTheirPlaceAndFix(query: String, expected: String) {
        #expect(failure(query)?.rendered == expected)
    }

    @Test func errorsInLaterLinesOfAChunkCountLines() {
        let error = failure("actors | count\n\nclaims\n  | where nope")
        #expect(error?.location?.line == 4)
        #expect(error?.location?.column == 11)
        #expect(error?.sourceName == "query")
    }

    @Test func namedChunksNameTheirErrors() {
        let session = QuerySession(corpus: FixtureCorpus.corpus)
        do {
            _ = try session.run("actors | where x", named: "script.dq")
            Issue.record("expected an error")
        } catch {
            #expect(error.rendered.hasPrefix("script.dq:1:16: error: unknown field `x`"))
        }
    }
}
