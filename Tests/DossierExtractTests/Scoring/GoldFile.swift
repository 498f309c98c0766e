/// The hand-annotated expectations for one article (`Gold/<slug>.gold.json`).
struct GoldFile: Decodable {
    struct Entity: Decodable {
        var name: String
        var aliases: [String]?
        var kind: String?

        var names: [String] { [name] + (aliases ?? []) }
    }

    struct Claim: Decodable {
        var speaker: String?
        var kind: String
        var cue: String
        var contains: String
    }

    struct Event: Decodable {
        var date: String
        var contains: String
    }

    var article: String
    var published: String?
    var actors: [Entity]
    var frameworks: [Entity]
    var claims: [Claim]
    var events: [Event]
}

/// One line of `Gold/sentences.jsonl`: a sentence and what each rule should find in it.
struct GoldSentence: Decodable {
    struct Claim: Decodable {
        var speaker: String?
        var kind: String
        var cue: String
    }

    struct Event: Decodable {
        var date: String
    }

    var rule: String
    var text: String
    var claims: [Claim]
    var actors: [String]
    var frameworks: [String]
    var events: [Event]
    var year: Int?
    var sponsors: [String: [String]]?
    var opponents: [String: [String]]?
}
