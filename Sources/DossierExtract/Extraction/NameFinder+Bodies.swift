import DossierModel

// How the text names a body beyond its capitalised words: by its owner's possessive, by a noun before it, by a short form.
extension NameFinder {
    /// "Hanbit Institute" of "Hanbit Institute for Northeast Asian Studies": the words before the first connector, when
    /// they are a name of their own that ends in a body's head; later mentions often stop there.
    func shortName(of run: Range<Int>, _ sentence: SentenceTokens) -> Range<Int>? {
        guard let connector = run.first(where: { words.nameInnerPrepositions.contains(sentence.ids[$0]) }), connector - run.lowerBound >= 2,
              HeadNouns.organisations[sentence.word(connector - 1)] != nil,
              !(run.lowerBound..<connector).contains(where: { Self.institutionRanks.contains(sentence.word($0)) || Self.portfolioWords.contains(sentence.word($0)) })
        else { return nil }
        return run.lowerBound..<connector
    }

    /// "the Italian defence group Leonardo", "Slovakia's transmission operator, Eustream,", "the civic platform Peace for
    /// Ukraine": a noun saying what kind of body comes next names the body that follows.
    func bodyNounBefore(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Actor.Kind? {
        var noun = run.lowerBound - 1
        if noun >= 1, sentence.ids[noun] == words.comma { noun -= 1 }
        guard noun >= 1, sentence.isLowercaseWord(noun), let kind = HeadNouns.bodyNouns[sentence.word(noun)] else { return nil }
        // "the civic platform Peace for Ukraine", "the daily Neutral Turkmenistan", "Petróleos de Venezuela", "Rossiya-1":
        // a name that goes on past the run is not the body's whole name.
        let next = run.upperBound
        if next < sentence.count, words.nameInnerPrepositions.contains(sentence.ids[next]) || sentence.ids[next] == words.hyphen
            || matches.owners[next].entity >= 0
            || sentence.isLowercaseWord(next) && (Self.nameParticles.contains(sentence.word(next)) || Self.doubledParticles.contains(sentence.word(next))) {
            return nil
        }
        return kind
    }

    /// "Türkmengaz, the Turkmen state gas concern,", "Vietsovpetro, a joint venture of …": a name alone, then an article
    /// and a noun saying what kind of body it is.
    /// After a preposition opening a frame ("For Temir Osmonov, the new treaty …") the comma ends the frame instead, and
    /// a name that goes on from a known word ("Georgian Railway") is left to the rules for longer names.
    func theBodyAppositive(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Actor.Kind? {
        guard run.upperBound + 1 < sentence.count, run.lowerBound > 0,
              sentence.word(run.upperBound + 1) == "the" || ["a", "an"].contains(sentence.word(run.upperBound + 1)) && !continuesAName(run, sentence),
              !Self.frameOpeners.contains(sentence.word(run.lowerBound - 1)), matches.entity(endingAt: run.lowerBound - 1) == nil
        else { return nil }
        return bodyAppositive(after: run.upperBound, sentence, matches, allowingThe: true)
    }

    /// "Shohin SM", "Uranium One Group", "Rivers without Boundaries": a capitalised word one or two before the run means
    /// the run is the end of a longer name, which "a company" describes whole.
    private func continuesAName(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        sentence.tokens[run.lowerBound - 1].isCapitalised || run.lowerBound >= 2 && sentence.tokens[run.lowerBound - 2].isCapitalised
    }

    private static let frameOpeners: WordSet = ["For", "In", "To", "At", "By", "With", "Under", "As", "From", "On", "for", "to"]

    /// "Nexperia's chief executive", "Wingtech's shares", "Nexperia's Dutch headquarters": a word no lexicon knows whose
    /// possessive owns what only a company has is a company's name. Places own plants and staff too, so those do not count.
    func ownsWhatCompaniesOwn(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        guard run.count == 1, sentence.ids[run.lowerBound] == TokenInterner.unknown, run.upperBound + 1 < sentence.count,
              sentence.ids[run.upperBound] == words.possessive else { return false }
        var noun = run.upperBound + 1
        // One modifier may stand between: "Nexperia's European managers", "Wingtech's Shanghai-listed shares".
        if !Self.corporateBelongings.contains(sentence.word(noun)), noun + 1 < sentence.count, sentence.tokens[noun].isWord { noun += 1 }
        return sentence.isLowercaseWord(noun) && Self.corporateBelongings.contains(sentence.word(noun))
            || sentence.word(noun) == "CEO"
    }

    private static let corporateBelongings: WordSet = [
        "chief", "founder", "founders", "shares", "shareholder", "shareholders", "subsidiary", "subsidiaries", "headquarters",
        "chairman", "chairwoman", "managers", "management", "customers", "executives", "boardroom", "stock", "bondholders",
    ]

    /// The state whose possessive stands before an institution's name that every state has ("Foreign Ministry",
    /// "Ministry of Energy", "Constitutional Court", "Navy").
    func ownerOfGenericInstitution(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> EntityKey? {
        guard ownedByState(run, sentence, matches, registry), Self.institutionHeads.contains(headWord(run, sentence)),
              run.allSatisfy({ index in
                  let word = sentence.word(index)
                  return Self.institutionHeads.contains(word) || Self.portfolioWords.contains(word) || Self.institutionRanks.contains(word)
                      || sentence.ids[index] == words.of || sentence.ids[index] == words.and || word == "for"
              })
        else { return nil }
        return matches.entity(endingAt: run.lowerBound - 2)?.ref.actorID
    }

    /// "French Armed Forces Minister Sébastien Lecornu": a portfolio's words right before a role, with no institution's
    /// noun among them, are part of the person's title rather than a body ("Foreign Ministry spokeswoman" keeps its
    /// ministry).
    func isTitlePart(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        // "Internal Affairs and Migration Commissioner": a second portfolio may join the first before the role.
        var roleStart = run.upperBound
        if roleStart + 1 < sentence.count, sentence.ids[roleStart] == words.and, Self.portfolioWords.contains(sentence.word(roleStart + 1)) {
            roleStart += 2
        }
        guard roleStart < sentence.count, matches.role(startingAt: roleStart) != nil else { return false }
        return run.allSatisfy { index in
            let word = sentence.word(index)
            return Self.portfolioWords.contains(word) || Self.institutionRanks.contains(word) || Self.forcesWords.contains(word)
                || sentence.ids[index] == words.and && index > run.lowerBound
        }
    }

    /// Armed forces named in a title ("Armed Forces Minister"); "Defence" is already a portfolio word.
    private static let forcesWords: WordSet = ["Forces", "Force"]

    static let institutionHeads: WordSet = [
        "Ministry", "Office", "Court", "Council", "Committee", "Agency", "Service", "Bank", "Navy", "Army", "Parliament",
        "Senate", "Assembly", "Cabinet", "Guard", "Embassy", "Government", "Commission", "Consulate",
    ]
    /// Words that rank or place an institution rather than name it: "Supreme Court", "Central Bank", "State Committee".
    static let institutionRanks: WordSet = [
        "Supreme", "Constitutional", "Central", "State", "Federal", "Presidential", "Prosecutor", "General", "Intelligence",
        "Border", "Coast", "Air", "Armed", "Prime", "High", "Audit", "Electoral", "Election",
    ]

    /// "Russia's 102nd military base", "the 201st Military Base": a numbered base is a military unit, a body of its own,
    /// owned by the state named right before it.
    func findNumberedBases(_ sentence: SentenceTokens, _ matches: inout SentenceMatches, _ registry: inout EntityRegistry) {
        // Bytes first: a digit opening the token and a letter closing it ("102nd"), before any word is read as a string.
        for index in 0..<max(0, sentence.count - 2)
        where Bytes.isDigit(sentence.bytes[sentence.tokens[index].start]) && !Bytes.isDigit(sentence.bytes[sentence.tokens[index].end - 1]) {
            guard Self.isOrdinalNumber(sentence.word(index)), sentence.word(index + 1).lowercased() == "military",
                  sentence.word(index + 2).lowercased() == "base",
                  (index...index + 2).allSatisfy({ matches.owners[$0].entity < 0 }) else { continue }
            let range = index..<index + 3
            let id = registry.discoverActor(name: sentence.text(range), kind: .organization, affiliation: affiliationBefore(index, sentence, matches))
            matches.add(FoundEntity(range: range, ref: .actor(id), rule: "organisation-name"))
        }
    }
}
