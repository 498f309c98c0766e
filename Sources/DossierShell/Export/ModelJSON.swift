import DossierModel

/// The whole model as JSON, the format of `dossier export --format json` (every field is described in
/// Docs/model.md). Links between items are ids; offsets are Unicode-scalar offsets into the article text.
public enum ModelJSON {
    public static func render(_ corpus: Corpus, pretty: Bool = true) -> String {
        document(corpus).rendered(indent: pretty ? 2 : nil)
    }

    /// The same JSON handed over in pieces of about a megabyte, for writing a large corpus without
    /// holding its whole document in memory (the document is about twice the size of the articles).
    public static func write(_ corpus: Corpus, pretty: Bool = true, drain: ([UInt8]) -> Void) {
        document(corpus).write(indent: pretty ? 2 : nil, drain: drain)
    }

    static func document(_ corpus: Corpus) -> JSONValue {
        .object([
            ("articles", .generated(count: corpus.articles.count) { article(corpus.articles[$0]) }),
            ("actors", .generated(count: corpus.actors.count) { actor(corpus.actors[$0]) }),
            ("frameworks", .generated(count: corpus.frameworks.count) { framework(corpus.frameworks[$0]) }),
            ("claims", .generated(count: corpus.claims.count) { claim(corpus.claims[$0]) }),
            ("events", .generated(count: corpus.events.count) { event(corpus.events[$0]) }),
        ])
    }

    static func article(_ article: Article) -> JSONValue {
        .object([
            ("id", .string(article.id)),
            ("title", .string(article.title)),
            ("author", .optional(article.author)),
            ("date", .optional(article.date?.description)),
            ("path", .string(article.path)),
            ("sections", .array(article.sections.map { section in
                .object([("heading", .optional(section.heading)), ("paragraphs", .int(section.paragraphs.count))])
            })),
            ("words", .int(article.wordCount)),
        ])
    }

    static func actor(_ actor: Actor) -> JSONValue {
        .object([
            ("id", .string(actor.id)),
            ("name", .string(actor.name)),
            ("kind", .string(actor.kind.rawValue)),
            ("aliases", .strings(actor.aliases)),
            ("affiliation", .optional(actor.affiliation)),
            ("role", .optional(actor.role)),
            ("mentions", .int(actor.mentions.count)),
        ])
    }

    static func framework(_ framework: Framework) -> JSONValue {
        .object([
            ("id", .string(framework.id)),
            ("name", .string(framework.name)),
            ("acronym", .optional(framework.acronym)),
            ("aliases", .strings(framework.aliases)),
            ("kind", .string(framework.kind.rawValue)),
            ("sponsors", .strings(framework.sponsors)),
            ("mentions", .int(framework.mentions.count)),
        ])
    }

    static func claim(_ claim: Claim) -> JSONValue {
        .object([
            ("id", .string(claim.id)),
            ("article", .string(claim.location.article)),
            ("speaker", .optional(claim.speaker)),
            ("speaker_text", .optional(claim.speakerText)),
            ("cue", .string(claim.cue)),
            ("kind", .string(claim.kind.rawValue)),
            ("text", .string(claim.text)),
            ("quote", .optional(claim.quote)),
            ("paragraph", .int(claim.location.paragraph)),
            ("sentence", .int(claim.location.sentence)),
            ("start", .int(claim.location.span.start)),
            ("end", .int(claim.location.span.end)),
            ("actors", .strings(claim.actors)),
            ("frameworks", .strings(claim.frameworks)),
            ("rule", .string(claim.rule)),
        ])
    }

    static func event(_ event: Event) -> JSONValue {
        .object([
            ("id", .string(event.id)),
            ("article", .string(event.location.article)),
            ("date", .string(event.date.description)),
            ("text", .string(event.text)),
            ("actors", .strings(event.actors)),
            ("start", .int(event.location.span.start)),
            ("end", .int(event.location.span.end)),
        ])
    }
}
