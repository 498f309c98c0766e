import DossierModel

/// The field table of every source. `Docs/language.md` lists the same fields; keep them in step.
enum Schema {
    static func table(_ source: SourceKind) -> FieldTable {
        switch source {
        case .articles: articles
        case .actors: actors
        case .frameworks: frameworks
        case .claims: claims
        case .events: events
        case .mentions: mentions
        case .sentences: sentences
        }
    }

    static let articles = FieldTable([
        Field("id", .string, "the article's id: a slug of its file name") { i, r in .string(i.articles[r].id) },
        Field("title", .string, "the title") { i, r in .string(i.articles[r].title) },
        Field("author", .string, "the author, when the article names one") { i, r in FieldValues.text(i.articles[r].author) },
        Field("date", .date, "the publication date") { i, r in FieldValues.date(i.articles[r].date) },
        Field("path", .string, "the file it was read from") { i, r in .string(i.articles[r].path) },
        Field("words", .int, "the number of words") { i, r in .int(i.articles[r].wordCount) },
        Field("sentences", .int, "the number of sentences") { i, r in .int(i.articles[r].sentences.count) },
        Field("paragraphs", .int, "the number of paragraphs") { i, r in .int(i.articles[r].paragraphs.count) },
    ], shown: ["id", "title", "author", "date", "words"])

    static let actors = FieldTable([
        Field("id", .string, "the actor's id: a slug of its canonical name") { i, r in .string(i.actors[r].id) },
        Field("name", .string, "the canonical name") { i, r in .string(i.actors[r].name) },
        Field("kind", .string, "state, person, organization, region, bloc, group, company, media or city") { i, r in
            .string(i.actors[r].kind.rawValue)
        },
        Field("aliases", .list(.string), "other names the text or lexicon uses") { i, r in
            .list(i.actors[r].aliases.map(Value.string))
        },
        Field("affiliation", .row(.actors), "the state or organisation the actor belongs to") { i, r in
            let affiliation = i.actorAffiliation[r]
            return affiliation >= 0 ? .row(RowReference(.actors, affiliation)) : .null
        },
        Field("role", .string, "the role as the text states it") { i, r in FieldValues.text(i.actors[r].role) },
        Field("lexicon_role", .string, "the role as the lexicon normalises it") { i, r in
            FieldValues.text(i.actors[r].lexiconRole)
        },
        Field("mentions", .int, "how often the actor is mentioned") { i, r in .int(i.actors[r].mentions.count) },
        Field("claims", .list(.row(.claims)), "the claims the actor makes") { i, r in
            FieldValues.rows(.claims, i.claimsBySpeaker[r])
        },
        Field("sponsors", .list(.row(.frameworks)), "the frameworks the actor proposed, launched or backs") { i, r in
            FieldValues.rows(.frameworks, i.sponsoredFrameworks[r])
        },
    ], shown: ["name", "kind", "affiliation", "role", "mentions"])

    static let frameworks = FieldTable([
        Field("id", .string, "the framework's id: a slug of its canonical name") { i, r in .string(i.frameworks[r].id) },
        Field("name", .string, "the canonical name") { i, r in .string(i.frameworks[r].name) },
        Field("acronym", .string, "the acronym (BRI, EAEU)") { i, r in FieldValues.text(i.frameworks[r].acronym) },
        Field("aliases", .list(.string), "other names") { i, r in .list(i.frameworks[r].aliases.map(Value.string)) },
        Field("kind", .string, "initiative, organization, agreement, pipeline, corridor, summit, concept or institution") { i, r in
            .string(i.frameworks[r].kind.rawValue)
        },
        Field("sponsors", .list(.row(.actors)), "actors that proposed, launched, back or lead it") { i, r in
            FieldValues.actors(i.frameworks[r].sponsors, i)
        },
        Field("resisted_by", .list(.row(.actors)), "actors the text says resisted it") { i, r in
            FieldValues.actors(i.frameworks[r].stances.filter { !$0.isSupport }.map(\.actor), i)
        },
        Field("stances", .list(.string), "every stance as `actor verb`") { i, r in
            .list(i.frameworks[r].stances.map { stance in
                .string((i.actorPosition[stance.actor].map { i.actors[Int($0)].name } ?? stance.actor) + " " + stance.verb)
            })
        },
        Field("year", .int, "the year it started, when stated") { i, r in i.frameworks[r].year.map(Value.int) ?? .null },
        Field("mentions", .int, "how often it is mentioned") { i, r in .int(i.frameworks[r].mentions.count) },
    ], shown: ["name", "acronym", "kind", "sponsors", "year", "mentions"])

    static let claims = FieldTable([
        Field("id", .string, "the claim's id") { i, r in .string(i.claims[r].id) },
        Field("article", .row(.articles), "the article it is in") { i, r in FieldValues.row(.articles, i.claimArticle[r]) },
        Field("speaker", .row(.actors), "who makes the claim (null when the text names nobody)") { i, r in
            let speaker = i.claimSpeaker[r]
            return speaker >= 0 ? .row(RowReference(.actors, speaker)) : .null
        },
        Field("speaker_text", .string, "the speaker as the text writes it") { i, r in FieldValues.text(i.claims[r].speakerText) },
        Field("cue", .string, "the words that mark the attribution") { i, r in .string(i.claims[r].cue) },
        Field("kind", .string, "direct, indirect or mixed") { i, r in .string(i.claimKind[r].rawValue) },
        Field("text", .string, "the whole sentence carrying the claim") { i, r in .string(i.claimText[r]) },
        Field("quote", .string, "the quoted words, if any") { i, r in FieldValues.text(i.claims[r].quote) },
        Field("actors", .list(.row(.actors)), "actors mentioned in the claim") { i, r in FieldValues.actors(i.claims[r].actors, i) },
        Field("frameworks", .list(.row(.frameworks)), "frameworks mentioned in the claim") { i, r in
            FieldValues.frameworks(i.claims[r].frameworks, i)
        },
        Field("rule", .string, "the extraction rule that found it") { i, r in .string(i.claims[r].rule) },
        Field("sentence", .row(.sentences), "the sentence it is in") { i, r in FieldValues.row(.sentences, i.claimSentence[r]) },
        Field("paragraph", .int, "the paragraph number in its article") { i, r in .int(i.claims[r].location.paragraph) },
        Field("start", .int, "offset of its first character in the article") { i, r in .int(i.claims[r].location.span.start) },
        Field("end", .int, "offset just past its last character") { i, r in .int(i.claims[r].location.span.end) },
        Field("date", .date, "the article's date") { i, r in
            let article = i.claimArticle[r]
            return article >= 0 ? i.articleDate[Int(article)] : .null
        },
    ], shown: ["speaker", "kind", "cue", "text"])

    static let events = FieldTable([
        Field("id", .string, "the event's id") { i, r in .string(i.events[r].id) },
        Field("article", .row(.articles), "the article it is in") { i, r in FieldValues.row(.articles, i.eventArticle[r]) },
        Field("date", .date, "the date, to the year, month or day") { i, r in .date(i.events[r].date) },
        Field("end_date", .date, "the last day of a range") { i, r in FieldValues.date(i.events[r].endDate) },
        Field("date_text", .string, "the date as written") { i, r in .string(i.events[r].dateText) },
        Field("text", .string, "the whole sentence") { i, r in .string(i.eventText[r]) },
        Field("actors", .list(.row(.actors)), "actors in the sentence") { i, r in FieldValues.actors(i.events[r].actors, i) },
        Field("frameworks", .list(.row(.frameworks)), "frameworks in the sentence") { i, r in
            FieldValues.frameworks(i.events[r].frameworks, i)
        },
        Field("sentence", .row(.sentences), "the sentence it is in") { i, r in FieldValues.row(.sentences, i.eventSentence[r]) },
        Field("start", .int, "offset of its first character in the article") { i, r in .int(i.events[r].location.span.start) },
        Field("end", .int, "offset just past its last character") { i, r in .int(i.events[r].location.span.end) },
    ], shown: ["date", "date_text", "actors", "text"])

    static let mentions = FieldTable([
        Field("entity", .entity, "the actor or framework mentioned") { i, r in
            let row = i.mentions[r]
            return .row(RowReference(row.isFramework ? .frameworks : .actors, row.entity))
        },
        Field("actor", .row(.actors), "the actor mentioned (null for a framework)") { i, r in
            let row = i.mentions[r]
            return row.isFramework ? .null : .row(RowReference(.actors, row.entity))
        },
        Field("framework", .row(.frameworks), "the framework mentioned (null for an actor)") { i, r in
            let row = i.mentions[r]
            return row.isFramework ? .row(RowReference(.frameworks, row.entity)) : .null
        },
        Field("type", .string, "`actor` or `framework`") { i, r in .string(i.mentions[r].isFramework ? "framework" : "actor") },
        Field("text", .string, "the words as written") { i, r in .string(i.mention(i.mentions[r]).text) },
        Field("rule", .string, "the rule that recognised them (lexicon, acronym, demonym, pronoun…)") { i, r in
            .string(i.mention(i.mentions[r]).rule)
        },
        Field("article", .row(.articles), "the article it is in") { i, r in FieldValues.article(i.mention(i.mentions[r]).location.article, i) },
        Field("sentence", .row(.sentences), "the sentence it is in") { i, r in
            let sentence = i.mentions[r].sentence
            return sentence >= 0 ? .row(RowReference(.sentences, sentence)) : .null
        },
        Field("start", .int, "offset of its first character in the article") { i, r in .int(i.mention(i.mentions[r]).location.span.start) },
        Field("end", .int, "offset just past its last character") { i, r in .int(i.mention(i.mentions[r]).location.span.end) },
    ], shown: ["entity", "type", "text", "rule", "article"])

    static let sentences = FieldTable([
        Field("article", .row(.articles), "the article it is in") { i, r in .row(RowReference(.articles, i.sentenceArticle[r])) },
        Field("index", .int, "its number in the article, from 0") { i, r in .int(Int(i.sentenceLocal[r])) },
        Field("paragraph", .int, "the paragraph number in its article") { i, r in .int(i.sentence(Int32(r)).paragraph) },
        Field("text", .string, "the sentence") { i, r in .string(i.sentence(Int32(r)).text) },
        Field("start", .int, "offset of its first character in the article") { i, r in .int(i.sentence(Int32(r)).span.start) },
        Field("end", .int, "offset just past its last character") { i, r in .int(i.sentence(Int32(r)).span.end) },
        Field("actors", .list(.row(.actors)), "the actors mentioned in it") { i, r in FieldValues.rows(.actors, i.sentenceActors[r]) },
        Field("frameworks", .list(.row(.frameworks)), "the frameworks mentioned in it") { i, r in
            FieldValues.rows(.frameworks, i.sentenceFrameworks[r])
        },
    ], shown: ["article", "index", "text"])
}
