import DossierModel

// Frameworks with no capitalised head: concepts the text puts in quotation marks, formats named by numbers.
extension NameFinder {
    /// "known as the “Four Nos”", "calls the method "bamboo diplomacy"", "the so-called “Arc of Freedom and
    /// Prosperity”": a short phrase in quotation marks that the text says something is called names a concept.
    func findQuotedConcepts(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        var index = 1
        while index + 2 < sentence.count {
            defer { index += 1 }
            guard sentence.tokens[index].flags.contains(.openQuote) else { continue }
            // "Taro Aso's “Arc of Freedom and Prosperity”": a capitalised phrase in quotation marks that someone owns is
            // their framing, not their words.
            let owned = sentence.ids[index - 1] == words.possessive && sentence.tokens[index + 1].isCapitalised
            // "raised relations to an “all-weather comprehensive strategic partnership for the new era”": a relationship's
            // label may be long and plain.
            let relationLabel = index >= 3 && sentence.ids[index - 2] == words.to && words.relationNouns.contains(sentence.ids[index - 3])
                && ["a", "an"].contains(sentence.word(index - 1))
            var close = index + 1
            while close < sentence.count, close - index <= (relationLabel ? 10 : 6),
                  sentence.tokens[close].isWord || sentence.ids[close] == words.hyphen || commaInTitle(close, sentence) {
                close += 1
            }
            guard close < sentence.count, close - index >= 2, sentence.tokens[close].flags.contains(.closeQuote),
                  !words.determiners.contains(sentence.ids[index + 1]) || opensTitle(index + 1, sentence) else { continue }
            let inside = index + 1..<close
            // The “Listening State”: an article before a quotation in title case names something; nobody says that.
            let titled = words.the.contains(sentence.ids[index - 1]) && inside.count >= 2 && inside.allSatisfy {
                sentence.tokens[$0].isCapitalised || words.connectors.contains(sentence.ids[$0]) || sentence.ids[$0] == words.hyphen
                    || sentence.ids[$0] == words.comma
            }
            // “shuttle diplomacy”: a quotation that a policy noun ends names a doctrine wherever it stands. The “four
            // noes” defence policy, His “Real Armenia” concept: one that a policy noun follows does after its owner.
            let policyNoun = ownerPrecedes(index, sentence) ? policyNoun(after: close, sentence) : nil
            // Its “Terror-Free Türkiye” initiative: a title in quotation marks that a programme's noun follows names it.
            let programmeNoun = ownerPrecedes(index, sentence) && sentence.tokens[index + 1].isCapitalised && close + 1 < sentence.count
                && Self.programmeNouns.contains(sentence.word(close + 1)) ? close + 1 : nil
            let doctrine = Self.doctrineNouns.contains(sentence.word(close - 1)) || policyNoun != nil || programmeNoun != nil
            // A naming noun before or after ("the slogan “…”", "the “right to hope”, the principle") vouches even for a
            // phrase with function words in it.
            let labelled = Self.namingNouns.contains(sentence.word(index - 1))
                || words.the.contains(sentence.ids[index - 1]) && (namingAppositive(after: close, sentence) || namingNounFollows(close, sentence))
            guard owned || titled || relationLabel || doctrine || labelled || namingWordsEnd(at: index, sentence) else { continue }
            // A lower-case phrase is a name only when short and plain ("bamboo diplomacy"); "overdue but badly explained"
            // is a verdict in quotation marks.
            if sentence.isLowercaseWord(index + 1), !relationLabel, !labelled || inside.count > 4,
               inside.filter({ sentence.tokens[$0].isWord }).count > 3 || inside.contains(where: { words.groupBoundaries.contains(sentence.ids[$0]) }) {
                continue
            }
            // A known concept inside a longer quoted one is part of it: "multi-vector" in “multi-vector balance”; so is a
            // place in a concept someone owns or a policy noun names: "Pashinyan's “Real Armenia” concept".
            let nested = matches.entities.filter { $0.range.overlaps(inside) }
            // "the so-called “Global War Party”": a name the text itself calls a label is no body, whatever its head.
            let namedLabel = (labelled || namingWordsEnd(at: index, sentence)) && nested.count == 1 && nested[0].range == inside
                && nested[0].ref.actorID != nil && !Self.knownNameRules.contains(nested[0].rule)
            guard namedLabel || nested.allSatisfy({ ($0.ref.frameworkID != nil || (owned || doctrine) && Self.placeRules.contains($0.rule))
                                      && $0.range.lowerBound >= inside.lowerBound && $0.range.upperBound <= inside.upperBound
                                      && $0.range != inside }),
                  inside.allSatisfy({ matches.isFree($0) || matches.owners[$0].role >= 0 && matches.owners[$0].entity == -1 || matches.owners[$0].entity >= 0 })
            else { continue }
            for entity in nested { matches.remove(entity) }
            // "Rahmon's “open-door” foreign policy": the policy's words after the quotation belong to its name, and the
            // quoted words alone are another name for it.
            let name = policyNoun.map { sentence.text(inside) + " " + sentence.text(close + 1..<$0 + 1) } ?? sentence.text(inside)
            let id = registry.discoverFramework(name: name, kind: programmeNoun != nil ? .initiative : .concept)
            if policyNoun != nil { registry.learn(sentence.text(inside), for: .framework(id)) }
            matches.add(FoundEntity(range: inside, ref: .framework(id), rule: "framework-quoted"))
            index = close
        }
    }

    /// "“Two Corridors, One Belt”", "“Three Seas”": a number word in title case opens a name as other words do; an
    /// article does not.
    private func opensTitle(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        sentence.tokens[index].isCapitalised && !words.the.contains(sentence.ids[index]) && !words.singularArticles.contains(sentence.ids[index])
            && index + 1 < sentence.count && sentence.tokens[index + 1].isCapitalised && sentence.tokens[index + 1].isWord
    }

    /// "the “Two Corridors, One Belt” framework": a comma between capitalised words inside a quotation is part of a
    /// title; anywhere else it ends the phrase.
    private func commaInTitle(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        sentence.ids[index] == words.comma && index + 1 < sentence.count && sentence.tokens[index - 1].isCapitalised
            && sentence.tokens[index + 1].isCapitalised && sentence.tokens[index + 1].isWord
    }

    /// "the “right to hope”, the principle …": a comma, "the" and a naming noun after the closing quotation mark.
    private func namingAppositive(after close: Int, _ sentence: SentenceTokens) -> Bool {
        close + 3 < sentence.count && sentence.ids[close + 1] == words.comma && words.the.contains(sentence.ids[close + 2])
            && (Self.namingNouns.contains(sentence.word(close + 3)) || Self.doctrineNouns.contains(sentence.word(close + 3)))
    }

    /// "the “right to hope” principle": a naming noun right after the closing quotation mark.
    private func namingNounFollows(_ close: Int, _ sentence: SentenceTokens) -> Bool {
        close + 1 < sentence.count && Self.namingNouns.contains(sentence.word(close + 1))
    }

    /// "the", "his", "its" or a possessive right before the opening quotation mark.
    private func ownerPrecedes(_ quote: Int, _ sentence: SentenceTokens) -> Bool {
        let before = sentence.ids[quote - 1]
        return words.the.contains(before) || words.possessivePronounsAnyCase.contains(before) || before == words.possessive
            || ["its", "Its"].contains(sentence.word(quote - 1))
    }

    /// "the “four noes” defence policy": where a policy noun stands right after the closing quotation mark, or after one
    /// modifier ("the “plus one” diplomacy" is a style of diplomacy, not its name).
    private func policyNoun(after close: Int, _ sentence: SentenceTokens) -> Int? {
        for next in close + 1..<min(close + 3, sentence.count) {
            guard sentence.isLowercaseWord(next) else { return nil }
            let noun = sentence.word(next)
            if Self.doctrineNouns.contains(noun) && noun != "diplomacy" || Self.namingNouns.contains(noun) { return next }
        }
        return nil
    }

    private static let doctrineNouns: WordSet = ["diplomacy", "doctrine", "policy", "principle", "principles", "strategy", "formula", "approach"]
    /// Rules that find names the lexicon or the article already knew, which a quotation does not turn into a label.
    private static let knownNameRules: WordSet = ["lexicon", "alias", "demonym", "capital", "acronym", "learnt", "surname", "title"]
    /// How a place inside a quoted name was found: "Türkiye" in “Terror-Free Türkiye” is the lexicon's alias for Turkey.
    private static let placeRules: WordSet = ["lexicon", "alias"]
    private static let programmeNouns: WordSet = ["initiative", "campaign", "programme", "program", "plan", "project", "agenda", "scheme"]

    /// Whether the words before an opening quotation mark say that what follows is a name: "known as (the)", "dubbed",
    /// "so-called", or "calls the method".
    private func namingWordsEnd(at quote: Int, _ sentence: SentenceTokens) -> Bool {
        var before = quote - 1
        let indefinite = sentence.word(before) == "a"
        if words.the.contains(sentence.ids[before]) || indefinite, before > 0 { before -= 1 }
        let word = sentence.word(before)
        // "the formula “…”", "the slogan “…”".
        if Self.namingNouns.contains(sentence.word(quote - 1)) { return true }
        if word == "called", before >= 2, sentence.ids[before - 1] == words.hyphen, sentence.word(before - 2) == "so" { return true }
        if Self.namingWords.contains(word) { return word != "as" || before > 0 && sentence.word(before - 1) == "known" }
        // "calls the method …", "called its approach …"; "called the text a “truly breakthrough document”" says what
        // the text is, not what it is called, and a single word in lower case is a verdict: "called the violence
        // “heart-wrenching”", "called the strikes “murder”", and so is an adverb's phrase: "called the message
        // “extremely inappropriate”".
        return !indefinite && before >= 2 && sentence.isLowercaseWord(before) && Self.callForms.contains(sentence.word(before - 2))
            && (words.the.contains(sentence.ids[before - 1]) || words.possessivePronouns.contains(sentence.ids[before - 1]) || sentence.word(before - 1) == "its")
            && !quotesOneLowercaseWord(from: quote + 1, sentence)
            && !(quote + 1 < sentence.count && sentence.isLowercaseWord(quote + 1) && sentence.endsWith(quote + 1, "ly", longerThan: 3))
    }

    /// Whether the quotation opening at `start` holds one lower-case word, perhaps hyphenated, and nothing else.
    private func quotesOneLowercaseWord(from start: Int, _ sentence: SentenceTokens) -> Bool {
        guard start < sentence.count, sentence.isLowercaseWord(start) else { return false }
        var index = start + 1
        while index + 1 < sentence.count, sentence.ids[index] == words.hyphen, sentence.touches(index - 1, index) { index += 2 }
        return index < sentence.count && sentence.tokens[index].flags.contains(.closeQuote)
    }

    /// "the 5+2 format", "the 3+3 talks": a format named by how many sides it brings together.
    func findNumberedFormats(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        var index = 0
        while index + 3 < sentence.count {
            defer { index += 1 }
            guard sentence.tokens[index].isNumber, sentence.word(index + 1) == "+", sentence.tokens[index + 2].isNumber,
                  sentence.touches(index, index + 1), sentence.touches(index + 1, index + 2) else { continue }
            // "a “2+2” dialogue": the format's number may stand in quotation marks.
            let quoted = index >= 1 && sentence.tokens[index - 1].flags.contains(.openQuote) && index + 4 < sentence.count
                && sentence.tokens[index + 3].flags.contains(.closeQuote)
            let noun = quoted ? index + 4 : index + 3
            guard (index...noun).allSatisfy({ matches.isFree($0) }), let kind = Self.formatNouns[sentence.word(noun)] else { continue }
            let id = registry.discoverFramework(name: sentence.text(index..<index + 3) + " " + sentence.word(noun), kind: kind)
            registry.learn(sentence.text(index..<index + 3), for: .framework(id))
            matches.add(FoundEntity(range: index..<noun + 1, ref: .framework(id), rule: "framework-name"))
            index = noun
        }
    }

    /// "the 28-point plan", "a 20-point Gaza plan", "the Five-Point Consensus": a plan counted by its points is named by
    /// the count, a word or two, and its noun.
    func findPointedPlans(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        var index = 0
        while index + 3 < sentence.count {
            defer { index += 1 }
            // The hyphen's id first: this looks at every token of a sentence holding a number.
            guard sentence.ids[index + 1] == words.hyphen, sentence.touches(index, index + 1), sentence.touches(index + 1, index + 2),
                  sentence.word(index + 2).lowercased() == "point",
                  sentence.tokens[index].isNumber || NumberWords.isPlural(sentence.word(index).lowercased()),
                  let (head, kind) = (index + 3..<min(index + 6, sentence.count)).lazy
                      .compactMap({ at in Self.pointedHeads[sentence.word(at).lowercased()].map { (at, $0) } }).first,
                  // A plan the lexicon or an earlier rule knows keeps its name; a place inside the name is part of it.
                  !matches.entities.contains(where: { $0.range.overlaps(index..<head + 1) && $0.ref.frameworkID != nil }),
                  (index + 3..<head).allSatisfy({ sentence.tokens[$0].isWord && matches.owners[$0].verb < 0 && !words.determiners.contains(sentence.ids[$0]) })
            else { continue }
            for entity in matches.entities where entity.range.overlaps(index..<head + 1) { matches.remove(entity) }
            let id = registry.discoverFramework(name: sentence.text(index..<head + 1), kind: kind)
            matches.add(FoundEntity(range: index..<head + 1, ref: .framework(id), rule: "framework-name"))
            index = head
        }
    }

    private static let pointedHeads: WordMap<Framework.Kind> = [
        "plan": .initiative, "proposal": .initiative, "programme": .initiative, "program": .initiative, "roadmap": .initiative,
        "agenda": .initiative, "formula": .concept, "framework": .initiative, "consensus": .agreement, "initiative": .initiative,
    ]

    /// Nouns that say the quotation after them is a name: "the slogan “…”".
    private static let namingNouns: WordSet = [
        "slogan", "formula", "motto", "doctrine", "concept", "principle", "label", "term", "notion", "mantra", "catchphrase", "banner",
        "hashtag",
    ]
    private static let namingWords: WordSet = ["as", "dubbed", "branded", "termed", "labelled", "labeled", "nicknamed"]
    private static let callForms: WordSet = ["call", "calls", "called", "calling"]
    private static let formatNouns: WordMap<Framework.Kind> = [
        "format": .summit, "talks": .summit, "mechanism": .institution, "dialogue": .summit, "group": .summit, "platform": .summit,
    ]
}
