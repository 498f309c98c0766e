import DossierModel

// Laws, bans and policies the text describes in lower case, numbered sanctions packages and numbered resolutions.
extension NameFinder {
    /// Laws and policies the text describes: "Russia's foreign agent law", "the Kyrgyz foreign representatives law",
    /// "Indonesia's nickel ore export ban", "Kazakhstan's multi-vector foreign policy" (a state's possessive or demonym
    /// and at least two modifiers), and "a law on the return of illegally acquired assets" (a topic
    /// of two words or more, named after a state earlier in the sentence or the article, when there is one, so one
    /// country's law is not another's).
    func findDescribedLaws(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: borrowing ArticleState
    ) {
        for index in 1..<sentence.count where words.statePolicyNouns.contains(sentence.ids[index]) && matches.isFree(index) {
            if sentence.ids[index] == words.law, let topic = topicPhrase(from: index + 1, sentence, matches), topic.contentWords >= 2,
               words.instrumentDeterminers.contains(sentence.ids[index - 1]) {
                let earlier = matches.entities.last { $0.range.upperBound <= index && $0.ref.actorID.flatMap { registry.kind(ofActor: $0) } == .state }
                let owner = (earlier?.ref.actorID ?? state.lastState).flatMap { registry.name(ofActor: $0) }
                let written = sentence.text(index..<topic.range.upperBound)
                let id = registry.discoverFramework(name: owner.map { $0 + "'s " + written } ?? written, kind: .initiative)
                registry.learn(written, for: .framework(id))
                matches.add(FoundEntity(range: index..<topic.range.upperBound, ref: .framework(id), rule: "framework-description"))
                continue
            }
            var start = index
            var modifiers = 0
            while start > 0, index - start < 6, matches.owners[start - 1].entity == -1 {
                if sentence.isLowercaseWord(start - 1), !words.groupBoundaries.contains(sentence.ids[start - 1]),
                   !words.determiners.contains(sentence.ids[start - 1]) {
                    modifiers += 1
                } else if !(sentence.ids[start - 1] == words.hyphen && start >= 2 && sentence.touches(start - 2, start - 1)
                            && sentence.touches(start - 1, start)) {
                    break  // "multi-vector": a hyphen joins two modifiers into one
                }
                start -= 1
            }
            guard modifiers >= 2, sentence.isLowercaseWord(start) else { continue }
            var ownerEnd = start
            if ownerEnd >= 2, sentence.ids[ownerEnd - 1] == words.possessive { ownerEnd -= 1 }
            guard let owner = matches.entity(endingAt: ownerEnd - 1), let id = owner.ref.actorID, registry.kind(ofActor: id) == .state,
                  ownerEnd < start || owner.rule == "demonym" else { continue }
            let ownerName = registry.name(ofActor: id)
            let written = sentence.text(start..<index + 1)
            let kind: Framework.Kind = sentence.ids[index] == words.law || sentence.word(index) == "ban" ? .initiative : .concept
            let framework = registry.discoverFramework(name: ownerName + "'s " + written, kind: kind)
            registry.learn(written, for: .framework(framework))
            matches.add(FoundEntity(range: start..<index + 1, ref: .framework(framework), rule: "framework-description"))
        }
    }

    /// "its 19th sanctions package", "the 14th package of sanctions": the EU numbers its rounds of sanctions, and each is
    /// a framework of its own.
    func findNumberedSanctionsPackages(
        _ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry, _ state: inout ArticleState
    ) {
        // Only a token that opens with a digit and ends with a letter is looked at as a string: this runs on every token.
        for index in 0..<max(0, sentence.count - 1) where (Bytes.isDigit(sentence.bytes[sentence.tokens[index].start])
            && Bytes.isLower(sentence.bytes[sentence.tokens[index].end - 1]) || sentence.isLowercaseWord(index))
            && matches.isFree(index) && Self.isOrdinalNumber(sentence.word(index)) {
            let length: Int
            if sentence.word(index + 1) == "sanctions", index + 2 < sentence.count, sentence.word(index + 2) == "package" {
                length = 3
            } else if sentence.word(index + 1) == "package", index + 3 < sentence.count, sentence.word(index + 2) == "of",
                      sentence.word(index + 3) == "sanctions" {
                length = 4
            } else if sentence.word(index + 1) == "package", state.speaksOfSanctions {
                length = 2  // "the 17th package", once the article has spoken of sanctions
            } else {
                continue
            }
            let range = index..<index + length
            guard range.allSatisfy({ matches.isFree($0) }) else { continue }
            let numbered = sentence.word(index) + " sanctions package"
            // "the EU's 14th sanctions package", "the European Union's 14th sanctions package": the bloc that adopted it
            // opens the name, by its code.
            let ownerEnd = index >= 2 && sentence.ids[index - 1] == words.possessive ? index - 2 : index - 1
            let owner = matches.entity(endingAt: ownerEnd).flatMap { $0.ref.actorID.map { registry.kind(ofActor: $0) } == .bloc ? $0 : nil }
            let id = registry.discoverFramework(name: owner.map { shortName(ofBloc: $0, sentence, registry) + " " + numbered } ?? numbered, kind: .initiative)
            if owner != nil { registry.learn(numbered, for: .framework(id)) }
            registry.learn(sentence.text(range), for: .framework(id))
            matches.add(FoundEntity(range: range, ref: .framework(id), rule: "framework-description"))
        }
    }

    /// A bloc by its code when it has one ("EU" for "the European Union"), else as written.
    private func shortName(ofBloc entity: FoundEntity, _ sentence: SentenceTokens, _ registry: borrowing EntityRegistry) -> String {
        let written = sentence.text(entity.range)
        guard written.contains(where: \.isLowercase), let id = entity.ref.actorID,
              let code = registry.actor(id).aliases.first(where: { $0.count <= 5 && $0.allSatisfy(\.isUppercase) }) else { return written }
        return code
    }

    /// "resolution 50/80", "Resolution 2758": a numbered resolution of the UN or another body is a text of its own, named
    /// by its number.
    func findNumberedResolutions(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        for index in 0..<max(0, sentence.count - 1) where words.resolutionNouns.contains(sentence.ids[index]) && matches.isFree(index) {
            let number = index + 1
            let noun = sentence.word(index).prefix(1).uppercased() + sentence.word(index).dropFirst()
            // An order is numbered only as an executive one: "Executive Order 14024", not "order 66 tanks".
            let executive = noun == "Order" && index > 0 && sentence.word(index - 1) == "Executive"
            guard sentence.tokens[number].isNumber, matches.isFree(number), noun != "Order" || executive else { continue }
            var end = number + 1
            if end + 1 < sentence.count, sentence.word(end) == "/", sentence.touches(number, end), sentence.touches(end, end + 1),
               sentence.tokens[end + 1].isNumber {
                end += 2  // a General Assembly session and its number: "50/80"
            }
            // "UN Security Council Resolution 2397": the body that adopted it opens the name; the number alone stays a name.
            let start = executive ? index - 1 : index
            let numbered = (executive ? "Executive " : "") + noun + " " + sentence.text(number..<end)
            let body = matches.entity(endingAt: start - 1).flatMap { $0.ref.actorID != nil && $0.rule != "demonym" ? sentence.text($0.range) : nil }
            let kind: Framework.Kind = noun == "Resolution" ? .agreement : .initiative
            let id = registry.discoverFramework(name: body.map { $0 + " " + numbered } ?? numbered, kind: kind)
            if body != nil { registry.learn(numbered, for: .framework(id)) }
            registry.learn(sentence.text(start..<end), for: .framework(id))
            matches.add(FoundEntity(range: start..<end, ref: .framework(id), rule: "framework-name"))
        }
    }

    /// "the 46th ASEAN Summit", "the fourth MRC Summit", "the 15th Five-Year Plan": a numbered meeting or plan of a
    /// series is a framework of its own, and its number belongs to its name.
    func withOrdinal(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Range<Int> {
        let before = run.lowerBound - 1
        // Token tests first: this is asked of every run.
        guard before >= 0, matches.isFree(before), Bytes.isDigit(sentence.bytes[sentence.tokens[before].start]) || sentence.isLowercaseWord(before),
              Self.numberedHeads.contains(sentence.word(run.upperBound - 1)), Self.isOrdinalNumber(sentence.word(before)) else { return run }
        return before..<run.upperBound
    }

    /// Heads of what comes numbered in a series: meetings, plans ("the 15th Five-Year Plan") and military units ("the 45th
    /// Panzer Brigade").
    private static let numberedHeads: WordSet = [
        "Summit", "Summits", "Forum", "Conference", "Meeting", "Congress", "Session", "Plan", "Programme", "Program",
        "Brigade", "Division", "Regiment", "Battalion", "Corps", "Fleet", "Flotilla", "Squadron",
    ]

    /// "19th", "1st", "22nd": digits and an ordinal suffix.
    static func isOrdinalNumber(_ word: String) -> Bool {
        if ordinalWords.contains(word) { return true }  // "the tenth sanctions package"
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(word.dropFirst(digits.count))
    }

    /// Ordinals written as words, which number a package and rank a deal without saying what it is.
    static let ordinalWords: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ]
}
