import DossierModel
import Testing
@testable import DossierQuery

@Suite struct EvaluatorTests {
    @Test func sourcesListEveryRow() throws {
        #expect(try rows("articles").rowCount == 2)
        #expect(try rows("actors").rowCount == 8)
        #expect(try rows("frameworks").rowCount == 3)
        #expect(try rows("claims").rowCount == 6)
        #expect(try rows("events").rowCount == 3)
        #expect(try rows("mentions").rowCount == 21)
        #expect(try rows("sentences").rowCount == 10)
        #expect(try rows("actors").columns == ["name", "kind", "affiliation", "role", "mentions"])
    }

    @Test func whereFiltersOnFieldsAndPaths() throws {
        let russian = try rows(#"claims | where speaker.affiliation == "Russia" | select speaker"#)
        #expect(column("speaker", of: russian) == ["Maria Zakharova"])
        let direct = try rows(#"claims | where kind == "direct" | count"#)
        #expect(column("count", of: direct) == ["1"])
        let people = try rows(#"actors | where kind == "person" and mentions >= 2 | select name"#)
        #expect(column("name", of: people) == ["Xi Jinping", "Vladimir Putin", "Dosym Satpayev"])
    }

    @Test func entitiesMatchNamesAliasesAndSurnames() throws {
        #expect(try rows(#"actors | where this == "PRC" | select name"#).rowCount == 1)
        #expect(column("name", of: try rows(#"actors | where this == "prc" | select name"#)) == ["China"])
        #expect(column("id", of: try rows(#"claims | where speaker == "Satpayev" | select id"#))
            == ["steppe-notes-c2", "caspian-brief-c1"])
        #expect(column("name", of: try rows(#"frameworks | where this == "eaeu" | select name"#)) == ["Eurasian Economic Union"])
        #expect(try rows(#"claims | where speaker in ["Xi", "Zakharova"]"#).rowCount == 2)
        #expect(try rows(#"claims | where speaker != "Satpayev""#).rowCount == 4)
    }

    @Test func unknownEntityNamesWarnWithASuggestion() throws {
        let found = try warnings(#"claims | where speaker == "Satpaev""#)
        #expect(found.count == 1)
        #expect(found.first?.help == #"did you mean "Satpayev"?"#)
    }

    @Test func threeTextOperatorsDiffer() throws {
        // `has` wants whole words, `contains` any substring, both ignore case.
        #expect(try rows(#"sentences | where text has "asia""#).rowCount == 1)
        #expect(try rows(#"sentences | where text has "asi""#).rowCount == 0)
        #expect(try rows(#"sentences | where text contains "asi""#).rowCount == 1)
        #expect(try rows(#"sentences | where text matches "\bXi\b""#).rowCount == 2)
        #expect(try rows(#"sentences | where text ~ "(?i)^kazakh""#).rowCount == 1)
        #expect(try rows(#"sentences | where text !~ "e""#).rowCount == 0)
        #expect(try rows(#"claims | where speaker has "zakharova""#).rowCount == 1)
    }

    @Test func selectRenamesAndComputes() throws {
        let result = try rows(#"actors | where kind == "state" | select who = name, twice = mentions * 2, upper(name)"#)
        #expect(result.columns == ["who", "twice", "upper"])
        #expect(column("twice", of: result) == ["6", "4", "4"])
        #expect(column("upper", of: result) == ["CHINA", "RUSSIA", "KAZAKHSTAN"])
    }

    @Test func sortOnSeveralKeys() throws {
        let result = try rows("actors | sort kind, mentions desc, name | select name")
        #expect(column("name", of: result) == [
            "Chinese scholars", "Dosym Satpayev", "Vladimir Putin", "Xi Jinping", "Maria Zakharova", "China", "Kazakhstan", "Russia",
        ])
        #expect(column("name", of: try rows("actors | sort name desc | take 2 | select name")) == ["Xi Jinping", "Vladimir Putin"])
        // References sort by their labels, nulls first; dates by their earliest day.
        #expect(column("speaker", of: try rows("claims | sort speaker | select speaker")) == [
            "", "Chinese scholars", "Dosym Satpayev", "Dosym Satpayev", "Maria Zakharova", "Xi Jinping",
        ])
        #expect(column("speaker", of: try rows("claims | sort speaker desc | take 1 | select speaker")) == ["Xi Jinping"])
        #expect(column("date", of: try rows("events | sort date desc | select date")) == ["2024-01-15", "2023-03", "2013"])
    }

    @Test func distinctKeepsFirstOccurrences() throws {
        #expect(column("kind", of: try rows("actors | distinct kind")) == ["state", "person", "group"])
        #expect(try rows("claims | select kind | distinct").rowCount == 2)
    }

    @Test func groupByWithAggregates() throws {
        let result = try rows("""
            claims | where speaker != null
                   | group by state = speaker.affiliation aggregate n = count(), who = list(speaker), first_cue = min(cue)
                   | sort n desc, state
            """)
        #expect(result.columns == ["state", "n", "who", "first_cue"])
        #expect(column("state", of: result) == ["China", "Kazakhstan", "Russia"])
        #expect(column("n", of: result) == ["2", "2", "1"])
        #expect(column("who", of: result)[1] == "Dosym Satpayev, Dosym Satpayev")
        let plain = try rows("actors | group by kind")
        #expect(plain.columns == ["kind", "count"])
        let numbers = try rows("actors | group by kind aggregate total = sum(mentions), mean = avg(mentions), most = max(mentions), distinct_roles = count_distinct(role)")
        #expect(column("total", of: numbers) == ["7", "7", "1"])
        #expect(column("mean", of: numbers)[0] == "2.333")
        #expect(column("distinct_roles", of: numbers) == ["0", "3", "1"])
    }

    @Test func joinsAndLookups() throws {
        let spoken = try rows(#"actors | where kind == "person" | join claims on this == speaker | select name, claim.cue"#)
        #expect(column("name", of: spoken) == ["Xi Jinping", "Maria Zakharova", "Dosym Satpayev", "Dosym Satpayev"])
        #expect(column("cue", of: spoken) == ["told reporters", "said", "argued", "said"])
        let everyone = try rows(#"actors | where kind == "person" | lookup claims as c on this == speaker"#)
        #expect(everyone.rowCount == 5)
        let speakers = try rows("claims | join actors as who on speaker == this | select id, who.role")
        #expect(speakers.rowCount == 5)
        #expect(column("role", of: speakers).contains("scholars"))
    }

    @Test func flattenListFields() throws {
        let result = try rows("claims | flatten actors | group by actors | sort count desc, actors | take 2")
        #expect(column("actors", of: result) == ["Dosym Satpayev", "Kazakhstan"])
        #expect(column("count", of: result) == ["2", "2"])
        #expect(try rows("frameworks | flatten sponsors | select name, sponsors.kind").rowCount == 4)
    }

    @Test func nullsAndDefaults() throws {
        let result = try rows(#"claims | select who = speaker.name ?? "(nobody)", quote ?? "-""#)
        #expect(column("who", of: result).last == "(nobody)")
        #expect(column("quote", of: result).filter { $0 != "-" } == ["The EAEU remains our priority,"])
        #expect(try rows("claims | where speaker == null").rowCount == 1)
        #expect(try rows("actors | where affiliation.affiliation.name == null").rowCount == 8)
    }

    @Test func datesCompareAtTheirPrecision() throws {
        #expect(try rows("events | where date >= 2023-01").rowCount == 2)
        #expect(try rows(#"events | where date >= "2023-01""#).rowCount == 2)
        #expect(try rows("events | where date == 2024").rowCount == 1)
        #expect(try rows("events | where date < 2023-03-02").rowCount == 2)
        #expect(column("y", of: try rows("events | select y = year(date) | sort y")) == ["2013", "2023", "2024"])
        #expect(try rows("claims | where date == 2024-01").rowCount == 3)
    }

    @Test func listFunctionsAndMembership() throws {
        let result = try rows(#"frameworks | select name, who = join(sponsors, " & "), n = len(sponsors), lead = first(sponsors)"#)
        #expect(column("who", of: result) == ["China", "Russia & Vladimir Putin", "Vladimir Putin"])
        #expect(column("lead", of: result) == ["China", "Russia", "Vladimir Putin"])
        #expect(try rows(#"actors | where kind in ["group", "state"]"#).rowCount == 4)
        #expect(try rows(#"actors | where kind not in ["group", "state"]"#).rowCount == 4)
        #expect(try rows(#"claims | where contains(frameworks, "BRI")"#).rowCount == 1)
        #expect(try rows(#"claims | where frameworks == "BRI""#).rowCount == 1)
        #expect(try rows(#"actors | where starts_with(name, "x") or ends_with(name, "STAN")"#).rowCount == 2)
    }

    @Test func cooccurrenceBySentenceAndParagraph() throws {
        let pairs = try rows("cooccurrence actors frameworks by sentence")
        #expect(pairs.columns == ["actor", "framework", "count", "sentences"])
        #expect(pairs.rowCount == 6)
        let putin = try rows(#"cooccurrence actors frameworks | where actor == "Putin""#)
        #expect(column("framework", of: putin) == ["Eurasian Economic Union", "Power of Siberia 2"])
        #expect(column("sentences", of: putin)[0] == "Putin backs the EAEU and the Power of Siberia 2 project.")
        let actorPairs = try rows("cooccurrence actors by sentence | sort count desc, actor_a, actor_b | take 1")
        #expect(actorPairs.columns == ["actor_a", "actor_b", "count", "sentences"])
        let wide = try rows(#"cooccurrence actors frameworks by paragraph | where actor == "Zakharova""#)
        #expect(column("framework", of: wide) == ["Eurasian Economic Union"])
        #expect(try rows("cooccurrence actors frameworks by paragraph").rowCount > pairs.rowCount)
    }

    @Test func whyShowsSentencesWithMarks() throws {
        let result = try rows(#"actors | where this == "Xi" | why"#)
        #expect(result.columns == ["row", "article", "sentence", "start", "end", "text"])
        #expect(column("text", of: result) == [
            "In March 2023, «Xi Jinping» met Vladimir Putin in Moscow.",
            "«Xi» told reporters that the Belt and Road Initiative is open to all.",
        ])
        #expect(column("article", of: result) == ["steppe-notes", "caspian-brief"])
        let claim = try rows(#"claims | where kind == "direct" | why"#)
        #expect(column("text", of: claim) == ["“«The EAEU remains our priority,»” said Maria Zakharova."])
        let event = try rows(#"events | where date == 2013 | why"#)
        #expect(column("text", of: event) == ["Beijing expanded the Belt and Road Initiative «in 2013»."])
        // Offsets index the article text in Unicode scalars.
        let article = FixtureCorpus.steppe.article
        let start = Int(column("start", of: result)[0])!, end = Int(column("end", of: result)[0])!
        let scalars = Array(article.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "Xi Jinping")
    }

    @Test func scalarExpressions() throws {
        #expect(try value("1 + 2 * 3") == .int(7))
        #expect(try value(#"len("Astana")"#) == .int(6))
        #expect(try value("7 / 2") == .number(3.5))
        #expect(try value("7 % 2") == .int(1))
        #expect(try value(#""a" + "b""#) == .text("ab"))
        #expect(try value("1 / 0") == .null)
        #expect(try value("round(2.345, 2)") == .number(2.35))
        #expect(try value(#"coalesce(null, "x")"#) == .text("x"))
    }
}
