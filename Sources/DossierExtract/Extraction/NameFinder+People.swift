import DossierModel

// Evidence that a capitalised run names a person: roles, appositives, given names, reporting verbs, frames.
extension NameFinder {
    /// Capitalised words of two letters or more, none in capitals throughout: the words a person's name is made of.
    func hasOnlyNameWords(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        run.allSatisfy { index in
            let token = sentence.tokens[index]
            if isArabicParticle(index, sentence) || token.id == words.hyphen && index > run.lowerBound && isArabicParticle(index - 1, sentence)
                || index > run.lowerBound && isLineageParticle(index, sentence) || isSurnameParticle(index, in: run, sentence) {
                return true
            }
            if isGivenNameHalf(index, sentence) || index + 1 < run.upperBound && isGivenNameHalf(index + 1, sentence) && token.id == words.hyphen {
                return true
            }
            // "Pannier-Runacher": a double surname joined by a hyphen.
            if token.id == words.hyphen, index + 1 < run.upperBound, isDoubleNameHalf(index + 1, run, sentence) { return true }
            if index == run.lowerBound, sentence.isInitials(index) { return true }
            return token.isWord && token.isCapitalised && !token.flags.contains(.allCaps) && token.end - token.start >= 2
        }
    }

    /// How many words a name has, an Arabic particle and its hyphen aside, and a hyphenated name counted once:
    /// "Mustafa al-Kadhimi", "Ahn Duk-geun" and "Agnès Pannier-Runacher" have two, "Cholpon-Ata" one.
    /// A father's name after "bin" counts for nothing, so "Mohammed bin Abdulaziz Al-Khulaifi" has two words as
    /// "Mohammed Al-Khulaifi" would.
    func nameWordCount(_ run: Range<Int>, _ sentence: SentenceTokens) -> Int {
        run.count - run.filter { isArabicParticle($0, sentence) || isGivenNameHalf($0, sentence) || isDoubleNameHalf($0, run, sentence)
            || $0 > run.lowerBound && isLineageParticle($0, sentence) }.count * 2 - run.filter { isSurnameParticle($0, in: run, sentence) }.count
    }

    /// "da" of "Fernando Dias da Costa", "van der" of "Joost van der Meulen": particles inside a name that are no words of it.
    private func isSurnameParticle(_ index: Int, in run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        index > run.lowerBound && index + 1 < run.upperBound && sentence.isLowercaseWord(index) && Self.surnameParticles.contains(sentence.word(index))
    }

    /// "bin" of "Tamim bin Hamad Al Thani", "ibn" and "bint": a particle that names the father, written apart.
    private func isLineageParticle(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        index + 1 < sentence.count && sentence.isLowercaseWord(index) && Self.lineageParticles.contains(sentence.word(index))
            && sentence.tokens[index + 1].isCapitalised
    }

    private static let lineageParticles: WordSet = ["bin", "ibn", "bint"]

    /// "Runacher" of "Pannier-Runacher", "Ata" of "Cholpon-Ata": the capitalised second half of a hyphenated word.
    private func isDoubleNameHalf(_ index: Int, _ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        index >= run.lowerBound + 2 && sentence.ids[index - 1] == words.hyphen && sentence.touches(index - 2, index - 1)
            && sentence.touches(index - 1, index) && sentence.tokens[index].isCapitalised && sentence.tokens[index - 2].isCapitalised
    }

    /// "geun" of "Duk-geun", "yeon" of "Seo-yeon": the lower-case half of a hyphenated given name.
    private func isGivenNameHalf(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        index >= 2 && sentence.ids[index - 1] == words.hyphen && sentence.touches(index - 2, index - 1) && sentence.touches(index - 1, index)
            && sentence.tokens[index - 2].isCapitalised && isLowercaseNamePart(index, sentence)
    }

    /// "al" of "al-Kadhimi": a particle followed by a hyphen inside a name.
    private func isArabicParticle(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        index + 1 < sentence.count && sentence.ids[index + 1] == words.hyphen && sentence.isLowercaseWord(index)
            && Self.nameParticles.contains(sentence.word(index))
    }

    /// A role, "at" (perhaps after "now"), perhaps "the" and an "X-based", then the run: "a senior fellow at the Caspian
    /// Energy Forum", "a former official now at the Potomac Asia Forum"; a person "of the" run ("Layla al-Khafaji of the
    /// Shatt Policy Forum"); "a paper for the" run; or "directs the" run: where people work and publish is a body.
    func isWorkplace(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> Bool {
        var index = run.lowerBound - 1
        if let place = matches.placeBasedStart(endingAt: index, sentence) { index = place - 1 }
        if index >= 0, words.the.contains(sentence.ids[index]) { index -= 1 }
        guard index >= 1 else { return false }
        switch sentence.word(index) {
        case "at":
            var role = index - 1
            if role >= 1, sentence.isAdverb(role) { role -= 1 }
            // "145 people at Crocus City Hall" are where they were, not where they work.
            return matches.role(endingAt: role).map { lexicon.entries.roles[$0.entry].role != "person" } ?? false
        case "of":
            guard let person = matches.entity(endingAt: index - 1)?.ref.actorID else { return false }
            return registry.kind(ofActor: person) == .person
        case "for":
            return Self.publications.contains(sentence.word(index - 1))
        default:
            // "who now directs the Turku-based Archipelago Security Forum", when a head noun ends the run
            return Self.leadershipVerbs.contains(sentence.word(index)) && HeadNouns.frameworks[sentence.word(run.upperBound - 1)] != nil
        }
    }

    /// "Farah Nadiah Ismail of the Centre for Straits and Security Studies": name words followed by "of" and a body (an
    /// organisation already known, or capitalised words ending in a body's head noun) are someone who works there.
    func bodyFollows(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches, _ registry: borrowing EntityRegistry) -> Bool {
        var next = run.upperBound
        guard next + 1 < sentence.count, sentence.ids[next] == words.of else { return false }
        next += 1
        if words.the.contains(sentence.ids[next]) { next += 1 }
        // "of the Mumbai-based Gateway Institute", "of the New Delhi-based Centre": where the body is based comes first.
        var placeEnd = matches.entity(startingAt: next)?.range.upperBound ?? next + 1
        while placeEnd < sentence.count, matches.owners[placeEnd - 1].entity == -2, matches.owners[placeEnd].entity == -2 { placeEnd += 1 }
        if placeEnd + 2 < sentence.count, sentence.isPlaceBased(endingAt: placeEnd + 1) { next = placeEnd + 2 }
        guard next < sentence.count else { return false }
        if let known = matches.entity(startingAt: next), let body = known.ref.actorID {
            let kind = registry.kind(ofActor: body)
            if [.organization, .company, .media].contains(kind) { return true }
            // "of the Tokyo Forum for Security Studies": a place opens the body's name.
            guard [.state, .region].contains(kind) else { return false }
            next = known.range.upperBound
        }
        var end = next
        while end < sentence.count, sentence.tokens[end].isCapitalised
            || words.connectors.contains(sentence.ids[end]) && end + 1 < sentence.count && sentence.tokens[end + 1].isCapitalised {
            end += 1
        }
        return end > next && (HeadNouns.organisations[headWord(next..<end, sentence)] != nil || HeadNouns.namesThinkTank((next..<end).map { sentence.word($0) }))
    }

    private static let leadershipVerbs: WordSet = ["directs", "directed", "heads", "headed", "chairs", "chaired", "founded", "co-founded"]

    private static let publications: WordSet = ["paper", "report", "brief", "commentary", "column"]

    /// "One of them, Gao Xuemei of …", "Among them, Li Na": a name picked out of a group of people just mentioned.
    func followsAPartitive(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        let comma = run.lowerBound - 1
        guard comma >= 2, sentence.ids[comma] == words.comma, ["them", "those", "these"].contains(sentence.word(comma - 1)) else { return false }
        let before = sentence.word(comma - 2)
        return before == "Among" || before == "among" || before == "of" && comma >= 3 && ["One", "one", "Another"].contains(sentence.word(comma - 3))
    }

    /// Two or three capitalised words that open with a known given name ("met Bobur Alimov in Tashkent") or initials,
    /// or close with a surname ending that only people's names have ("Alimov", "Kuanysheva"), wherever they stand.
    func shapedLikeAPersonsName(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        // "Makhabat Tajibek kyzy": a patronymic particle ends only a person's name.
        if (3...4).contains(run.count), words.patronymics.contains(sentence.ids[run.upperBound - 1]) { return true }
        guard (2...3).contains(nameWordCount(run, sentence)), hasOnlyNameWords(run, sentence) else { return false }
        let last = sentence.word(run.upperBound - 1)
        guard !Self.placeNouns.contains(last) else { return false }
        return lexicon.givenNameGenders[sentence.word(run.lowerBound)] != nil || PersonGender.hasSurnameEnding(last)
            || sentence.isInitials(run.lowerBound)  // "A.P. Singh": initials open only a person's name
    }

    /// "Jorge "Tuto" Quiroga": only people have nicknames written inside their names.
    func hasNickname(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        run.count >= 4 && run.dropFirst().contains { sentence.tokens[$0].flags.contains(.openQuote) }
    }

    /// The two or three words from a known given name to the end of a longer run: "Democrat Steve Cohen" → "Steve Cohen".
    func personsName(inside run: Range<Int>, _ sentence: SentenceTokens) -> Range<Int>? {
        guard run.count >= 3 else { return nil }
        // A father's given name after "bin" opens no name of its own: "Mohammed bin Abdulaziz Al-Khulaifi".
        for start in run.lowerBound + 1..<run.upperBound - 1 where lexicon.givenNameGenders[sentence.word(start)] != nil && !isLineageParticle(start - 1, sentence) {
            let name = start..<run.upperBound
            return shapedLikeAPersonsName(name, sentence) ? name : nil
        }
        return nil
    }

    /// First words of mountains, lakes and forts: "Mount Kailash" listed beside a person is still a place.
    static let placeOpeners: WordSet = ["Mount", "Lake", "Cape", "Fort", "Port", "Saint", "St", "Lakes", "Mt"]

    /// Last words that make a name a place or a thing even after a given name: "Victoria Island", "Elizabeth Line".
    /// Place nouns that are no one's surname, unlike Hall, Field, Bank, Park or Hill.
    static let placeNounsNoSurname = placeNouns.subtracting([
        "Hall", "Field", "Bank", "Point", "Range", "Sound", "Tower", "Park", "Line", "Fort", "Camp", "Pass", "Cape", "Town",
        "Falls", "Prize", "Award", "Channel", "Hills", "Mine", "Coast", "Port", "Bay", "Bridge",
    ])

    static let placeNouns: WordSet = [
        "Street", "Square", "Avenue", "Road", "Island", "Islands", "Lake", "River", "Bay", "Bridge", "Station", "Airport", "Base",
        "Prize", "Award", "Hall", "Tower", "Park", "Line", "Canal", "Dam", "Port", "Harbour", "Harbor", "Peninsula",
        "Mountains", "Mountain", "Valley", "Desert", "Sea", "Strait", "Straits", "Gulf", "Falls", "Cathedral", "Mosque", "Palace",
        "Stadium", "Museum", "Hospital", "Field", "Oblast", "Region", "Province", "District", "County", "City", "Town",
        "Shoal", "Reef", "Atoll", "Cape", "Point", "Pass", "Plateau", "Basin", "Delta", "Coast", "Ocean", "Glacier",
        "Heights", "Hills", "Range", "Bank", "Sound", "Channel", "Lagoon", "Creek", "Fort", "Base", "Camp", "Mine",
    ]

    func person(
        _ run: Range<Int>, _ name: String, role: RoleMatch?, roleEnd: Int? = nil, affiliation: EntityKey?, _ sentence: SentenceTokens,
        _ registry: inout EntityRegistry, _ state: inout ArticleState
    ) -> EntityRef {
        // The role as written, with its portfolio when one follows it ("minister of industry and mineral resources").
        let roleText = role.map { sentence.text($0.range.lowerBound..<(roleEnd ?? $0.range.upperBound)).lowercased() }
        let lexiconRole = role.map { lexicon.entries.roles[$0.entry].role }
        let id = registry.discoverActor(name: name, kind: .person, role: roleText, lexiconRole: lexiconRole, affiliation: affiliation)
        rememberSurname(run, id, sentence, &state)
        return .actor(id)
    }

    /// A role, "of" and a portfolio in capitals before a name ("Minister of Energy Almasadam Satkaliyev"): the role and
    /// the name's own words, or nil when the run does not open with portfolio words and end in two or three name words.
    func nameAfterPortfolio(_ run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> (RoleMatch, Range<Int>)? {
        // "Minister of Investment, Industry and Trade Laziz Kudratov": earlier words of a listed portfolio may stand in
        // runs of their own before this one.
        var before = run.lowerBound - 1
        while before > 1, sentence.ids[before] == words.comma || sentence.ids[before] == words.and
                || sentence.tokens[before].isCapitalised && Self.isPortfolioOrChamber(sentence.word(before)) {
            before -= 1
        }
        // "Speaker of the Senate Ahmed Khan": the chamber may take its article.
        if before > 1, words.the.contains(sentence.ids[before]), before + 1 < run.upperBound,
           Self.chamberWords.contains(sentence.word(before + 1)) || Self.chamberWords.contains(sentence.word(run.lowerBound)) {
            before -= 1
        }
        // "Commissioner for Sustainable Transport and Tourism Apostolos Tzitzikostas": "for" leads to a portfolio as "of" does.
        guard before >= 1, sentence.ids[before] == words.of || sentence.word(before) == "for", let role = matches.role(endingAt: before - 1),
              !role.isPlural else { return nil }
        var nameStart = run.lowerBound
        while nameStart < run.upperBound, Self.isPortfolioOrChamber(sentence.word(nameStart))
            || nameStart > run.lowerBound && (sentence.ids[nameStart] == words.and || sentence.ids[nameStart] == words.comma) {
            nameStart += 1
        }
        let name = nameStart..<run.upperBound
        guard nameStart > run.lowerBound, (2...3).contains(name.count), personLike(name, sentence) else { return nil }
        return (role, name)
    }

    /// Capitalised words that name a ministry's portfolio: "Foreign Affairs", "Industry and Mineral Resources".
    static let portfolioWords: WordSet = [
        "Foreign", "Affairs", "External", "Internal", "Interior", "Home", "Defence", "Defense", "National", "Finance",
        "Economy", "Economic", "Trade", "Commerce", "Industry", "Industries", "Mineral", "Minerals", "Resources", "Natural",
        "Energy", "Oil", "Gas", "Petroleum", "Hydrocarbons", "Mining", "Mines", "Water", "Irrigation", "Agriculture", "Food",
        "Justice", "Health", "Education", "Science", "Technology", "Innovation", "Digital", "Development", "Transport",
        "Communications", "Information", "Culture", "Tourism", "Sports", "Youth", "Labour", "Labor", "Social", "Protection",
        "Environment", "Ecology", "Climate", "Emergency", "Emergencies", "Situations", "Security", "Planning", "Investment",
        "Investments", "Infrastructure", "Construction", "Housing", "Public", "Works", "Integration", "Aerospace", "Fisheries",
        "Migration", "Enlargement", "Neighbourhood", "Competition", "Budget", "Cohesion", "Sustainable", "International", "Relations",
        "Regional", "Rural", "Urban", "Special", "Initiatives",
    ]

    /// Chambers a presiding officer's title names: "Speaker of Parliament Shalva Papuashvili", "Speaker of the Senate".
    static let chamberWords: WordSet = [
        "Parliament", "Senate", "House", "Assembly", "Congress", "Duma", "Majlis", "Representatives", "Deputies", "Mazhilis",
    ]

    private static func isPortfolioOrChamber(_ word: String) -> Bool {
        portfolioWords.contains(word) || chamberWords.contains(word)
    }

    /// Whether a word in either case names a portfolio: "defence" in "the Kazakh defence ministry" as "Defence" in a title.
    static func namesPortfolio(_ word: String) -> Bool {
        portfolioWords.contains(word.prefix(1).uppercased() + word.dropFirst())
    }

    /// Both ends of a name can stand for the person later: "Satpayev", and "Wang" for "Wang Yuting"
    /// (family names come first in Chinese names). A double-barrelled surname comes back whole
    /// ("Traoré-Keita" after "Aminata Traoré-Keita"), so it is remembered whole.
    func rememberSurname(_ run: Range<Int>, _ id: EntityKey, _ sentence: SentenceTokens, _ state: inout ArticleState) {
        guard run.count > 1 else { return }
        var parts = [sentence.word(run.upperBound - 1), sentence.word(run.lowerBound)]
        var tail = run.upperBound - 1
        while tail - 2 > run.lowerBound, sentence.ids[tail - 1] == words.hyphen, sentence.touches(tail - 2, tail - 1),
              sentence.touches(tail - 1, tail) {
            tail -= 2
        }
        if tail < run.upperBound - 1 { parts.append(sentence.text(tail..<run.upperBound)) }
        // "Nurul Aina" after "Nurul Aina Kamarudin", "Mai Anh" after "Tran Thi Mai Anh", "Jashim Uddin" after "Md Jashim
        // Uddin": many naming traditions shorten a long name to two of its words.
        if run.count >= 3, run.allSatisfy({ sentence.tokens[$0].isCapitalised }) {
            parts += [sentence.text(run.lowerBound..<run.lowerBound + 2), sentence.text(run.upperBound - 2..<run.upperBound)]
        }
        // "Fernando Dias" after "Fernando Dias da Costa": the two words before a particle.
        if run.count >= 3, sentence.tokens[run.lowerBound + 1].isCapitalised, sentence.isLowercaseWord(run.lowerBound + 2) {
            parts.append(sentence.text(run.lowerBound..<run.lowerBound + 2))
        }
        // "Tchiroma" after "Issa Tchiroma Bakary": a middle word may be the name the article goes on with, but it yields
        // to anyone whose surname or first name it is ("Quader" after "Abdul Quader Mollah" and "Farhana Quader" is her).
        if run.count >= 3 {
            for inner in run.dropFirst().dropLast() where sentence.tokens[inner].isCapitalised && sentence.tokens[inner].isWord {
                let word = sentence.word(inner)
                if state.innerNames[word] == nil { state.innerNames[word] = id }
            }
        }
        // "van der Meulen" after "Joost van der Meulen", also opening a sentence as "Van der Meulen".
        if let particle = run.dropFirst().first(where: { sentence.isLowercaseWord($0) && words.connectors.contains(sentence.ids[$0]) }) {
            let surname = sentence.text(particle..<run.upperBound)
            parts += [surname, surname.prefix(1).uppercased() + surname.dropFirst()]
        }
        for part in parts where state.surnames[part] == nil {
            state.surnames[part] = id
        }
    }

    /// A name in an attribution frame: "For X,", "According to X,", "In X's view", "X's warning", "the view of X".
    func framesAView(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        let before = run.lowerBound - 1
        let after = run.upperBound
        if before == 0, sentence.ids[0] == words.forWord, after < sentence.count, sentence.ids[after] == words.comma { return true }
        if before >= 1, words.according.contains(sentence.ids[before - 1]), sentence.ids[before] == words.to { return true }
        // "the warning from X", "the view of X", "the warning from hydrologist X".
        for preposition in [before, before - 1] where preposition >= 1 && ["of", "from"].contains(sentence.word(preposition)) {
            let noun = sentence.ids[preposition - 1]
            if words.possessiveSpeechNouns.contains(noun) || words.viewNouns.contains(noun) { return true }
        }
        if after + 1 < sentence.count, sentence.ids[after] == words.possessive,
           words.possessiveSpeechNouns.contains(sentence.ids[after + 1]) || words.viewNouns.contains(sentence.ids[after + 1]) {
            return true
        }
        return false
    }

    /// Two or three capitalised words, at least one of them unknown to every lexicon and rule, followed by
    /// a past-tense verb or ", who": "Nodir Rashidov met …", "Dilnoza Karimova spoke …". Known places, organisations
    /// and frameworks were matched before this, and names with a head noun were classified already.
    func looksLikeFullName(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        guard (2...3).contains(nameWordCount(run, sentence)), hasOnlyNameWords(run, sentence) else { return false }
        guard run.contains(where: { sentence.tokens[$0].id == TokenInterner.unknown }), !Self.placeNouns.contains(sentence.word(run.upperBound - 1))
        else { return false }
        // "East Shield envisaged …": a compass word opens a place's or a programme's name, not a person's.
        guard !words.compassWords.contains(sentence.ids[run.lowerBound]), !Self.compassOpeners.contains(sentence.word(run.lowerBound)) else { return false }
        // "Rahmatullah Safi, who runs a freight company": "who" is said of people only, and so is "whose" of a name
        // with no head noun ("Zhanbolat Mamay, whose party …").
        if run.upperBound + 1 < sentence.count, sentence.ids[run.upperBound] == words.comma,
           sentence.ids[run.upperBound + 1] == words.who || ["whose", "whom"].contains(sentence.word(run.upperBound + 1)) {
            return true
        }
        // "Ramon Tagle, 61, who …": an age between commas is given of people only.
        if run.upperBound + 2 < sentence.count, sentence.ids[run.upperBound] == words.comma, sentence.ids[run.upperBound + 2] == words.comma,
           sentence.tokens[run.upperBound + 1].isNumber, let age = Int(sentence.word(run.upperBound + 1)), (16...110).contains(age) {
            return true
        }
        // Rivers, mountains and holidays look the same; a person's name is followed by what they did.
        guard run.upperBound < sentence.count, sentence.isLowercaseWord(run.upperBound) else { return false }
        return sentence.endsWith(run.upperBound, "ed", longerThan: 3) || Self.pastTenseVerbs.contains(sentence.word(run.upperBound))
    }

    static let compassOpeners: WordSet = ["East", "West", "North", "South"]

    /// "an official in Mazar-i-Sharif told": after "in", "at" or "near" comes a place, whatever verb follows it.
    func followsAPlacePreposition(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        run.lowerBound > 0 && words.placePrepositions.contains(sentence.ids[run.lowerBound - 1])
    }

    /// Irregular past tenses that follow a person's name as often as "-ed" verbs do.
    static let pastTenseVerbs: WordSet = [
        "met", "spoke", "said", "told", "wrote", "went", "came", "made", "took", "gave", "saw", "led", "ran", "held",
        "left", "became", "began", "brought", "built", "chose", "drew", "found", "got", "heard", "kept", "knew", "lost",
        "paid", "put", "sent", "set", "sat", "stood", "thought", "won",
    ]

    /// Two to four capitalised words that are not themselves known names: the shape of a person's name.
    func personLike(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        // "Sükhbaatar Square", "Ream Naval Base": a place's noun ends no one's name.
        // "Khalid bin Ali al-Attiyah" has six tokens, but a particle and a father's name make no more names.
        guard run.count <= 5 || run.count <= 8 && nameWordCount(run, sentence) <= 3,
              !Self.placeNounsNoSurname.contains(sentence.word(run.upperBound - 1)) else { return false }
        // "Pulse Asia": a region's name ends no one's name either.
        if run.count >= 2, endsWithRegionName(run, sentence) { return false }
        var nameWords = 0
        for index in run {
            let token = sentence.tokens[index]
            if token.id == words.and { return false }  // "Nike and Mitsui complained": two names, not one person's
            // "Garegin II", "Charles III": a regnal number closes a name.
            if token.flags.contains(.allCaps) && !(index == run.lowerBound && sentence.isInitials(index)) && !isRegnalNumber(index, in: run, sentence)
                || token.isNumber { return false }
            if token.isCapitalised { nameWords += 1 }
        }
        return nameWords >= 1 && nameWords <= 4
    }

    /// The last word of a name after another, a Roman numeral: "II" of "Garegin II".
    private func isRegnalNumber(_ index: Int, in run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        index == run.upperBound - 1 && index > run.lowerBound && Self.romanNumerals.contains(sentence.word(index))
    }

    /// "Kazakhstani analyst", "Kremlin spokeswoman", "Russia's foreign minister": the actor before a role.
    func affiliationBefore(_ roleStart: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> EntityKey? {
        var index = roleStart - 1
        while index >= 0, sentence.isLowercaseWord(index), !words.determiners.contains(sentence.ids[index]) || index == roleStart - 1,
              roleStart - index <= 2, matches.owners[index].entity < 0 {
            if words.determiners.contains(sentence.ids[index]) { return nil }
            index -= 1  // an adjective between: "Kazakhstani political analyst"
        }
        if index >= 0, sentence.ids[index] == words.possessive { index -= 1 }
        return matches.entity(endingAt: index)?.ref.actorID
    }

    /// "Pan Guang, a leading PRC expert on Central Asia," → the role and the affiliation it names.
    static let articles: WordSet = ["a", "an", "the"]

    /// The role an appositive gives: a lexicon role, or a person noun the lexicon does not list.
    enum AppositiveRole {
        case known(RoleMatch)
        case unlisted(Int)
    }

    /// Words shaped like agent nouns that are not people; built once, not per call in the hot path.
    static let notPeople: WordSet = [
        "river", "border", "water", "power", "center", "centre", "chamber", "order", "corner", "number", "tower",
        "quarter", "letter", "paper", "matter", "summer", "winter", "sector", "factor", "corridor", "reservoir",
        "project", "agreement", "government", "document", "statement", "investment", "element", "event", "segment",
        "component", "fragment", "percent", "format", "plant", "giant", "grant", "tenant",
        // Comparatives and positions: "Vorukh, the larger Tajik exclave", "the upper Brahmaputra".
        "larger", "smaller", "bigger", "greater", "wider", "longer", "older", "newer", "closer", "upper", "lower", "outer",
        "inner", "later", "earlier", "further", "other", "another", "consistent", "scatter",
        // Metals, vessels and arms: "Saindak, the copper-gold mine", "Guilin, a PLA Navy destroyer".
        "copper", "silver", "destroyer", "fighter", "bomber", "carrier", "tanker", "cruiser", "freighter", "trawler",
        "launcher", "reminder", "contingent", "cluster", "container", "barrier", "frontier", "shelter", "harbour", "harbor",
        "reactor",
    ]

    /// Agent nouns ("hydrologist", "adviser", "consultant", "diplomat") name people; a few look alike but do not.
    static func looksLikePersonNoun(_ word: String) -> Bool {
        // No one is named by a noun in "-ment": "settlement", "parliament", "department".
        guard word.count > 4, !Self.notPeople.contains(word), !word.hasSuffix("ment") else { return false }
        return ["ist", "er", "or", "ian", "ant", "ent", "at", "ee"].contains { word.hasSuffix($0) }
    }

    func appositive(after run: Range<Int>, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> (AppositiveRole, EntityKey?)? {
        guard run.upperBound + 1 < sentence.count, sentence.ids[run.upperBound] == words.comma else { return nil }
        var index = run.upperBound + 1
        var affiliation: EntityKey?
        while index < sentence.count, index - run.upperBound <= 10 {
            let id = sentence.ids[index]
            if id == words.comma || id == words.period || matches.owners[index].verb >= 0 { return nil }
            // "the Second World War, the first time a North Korean leader …": a second article opens another noun phrase,
            // so a role after it describes someone else.
            if index > run.upperBound + 1, Self.articles.contains(sentence.word(index)) { return nil }
            if let role = matches.role(startingAt: index) {
                // One person: "a researcher", "the president", "president of Kazakhstan" — not "many Uzbek farmers".
                // "Agnès Pannier-Runacher, France's minister for …": a state's or a body's possessive may stand before the
                // role, and up to three words that rank it ("Liu Zhongyi, China's assistant minister of public security",
                // "Haytham Ali Tabatabai, Hezbollah's most senior military commander").
                var owner = index - 1
                while owner > run.upperBound + 1, index - owner <= 3, sentence.isLowercaseWord(owner) { owner -= 1 }
                let ownedRole = owner >= 2 && sentence.ids[owner] == words.possessive && matches.entity(endingAt: owner - 1)?.range.lowerBound == run.upperBound + 1
                guard !role.isPlural, !modifiesPluralNoun(role, sentence, matches),
                      index == run.upperBound + 1 || ownedRole || Self.articles.contains(sentence.word(run.upperBound + 1)) else { return nil }
                if affiliation == nil { affiliation = affiliationAfter(role.range.upperBound, sentence, matches) }
                return (.known(role), affiliation)
            }
            if sentence.isLowercaseWord(index), Self.looksLikePersonNoun(sentence.word(index)),
               index + 1 >= sentence.count || !sentence.isLowercaseWord(index + 1) || ["in", "at", "of", "for", "with", "from", "who", "based"].contains(sentence.word(index + 1)),
               Self.articles.contains(sentence.word(run.upperBound + 1)) {
                // "Gulnara Saidova, a hydrologist in Dushanbe,": a noun for a person the lexicon lacks.
                if affiliation == nil { affiliation = affiliationAfter(index + 1, sentence, matches) }
                return (.unlisted(index), affiliation)
            }
            if affiliation == nil, let entity = matches.entity(startingAt: index), let actor = entity.ref.actorID {
                affiliation = actor
                index = entity.range.upperBound
                continue
            }
            index += 1
        }
        return nil
    }

    /// "Gwadar, separatist groups have …": a role noun before a plural noun describes that noun; no one holds it.
    private func modifiesPluralNoun(_ role: RoleMatch, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        let next = role.range.upperBound
        return next < sentence.count && sentence.isLowercaseWord(next) && sentence.endsWith(next, "s", longerThan: 2) && matches.owners[next].verb < 0
    }

    /// "president of Kazakhstan", "a researcher at a Tashkent think tank": the actor after a role.
    func affiliationAfter(_ roleEnd: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> EntityKey? {
        var index = roleEnd
        var steps = 0
        while index < sentence.count, steps < 5 {
            if let entity = matches.entity(startingAt: index) { return entity.ref.actorID }
            let id = sentence.ids[index]
            if id == words.comma || id == words.period { return nil }
            index += 1
            steps += 1
        }
        return nil
    }

    func reportingVerbFollows(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        var next = index
        if next < sentence.count, sentence.ids[next] == words.comma {
            // "Temir Osmonov, who advises …, pointed out": look past the appositive.
            var close = next + 1
            while close < sentence.count, sentence.ids[close] != words.comma, close - next < 24 { close += 1 }
            guard close < sentence.count, sentence.ids[close] == words.comma else { return false }
            next = close + 1
        }
        while next < sentence.count, sentence.isAdverb(next) || words.auxiliaries.contains(sentence.ids[next]) && next - index < 3 {
            next += 1
        }
        guard next < sentence.count, matches.owners[next].verb >= 0 else { return false }
        return isSpeechVerb(matches.verbs[matches.owners[next].verb].entry)
    }

    /// "…,” said Rashad Mammadli": a speech verb right before the name, after a closing quote.
    func reportingVerbPrecedes(_ index: Int, _ sentence: SentenceTokens, _ matches: SentenceMatches) -> Bool {
        guard index > 0, matches.owners[index - 1].verb >= 0 else { return false }
        let verb = matches.verbs[matches.owners[index - 1].verb]
        guard isSpeechVerb(verb.entry), verb.range.lowerBound > 0 else { return false }
        let before = sentence.tokens[verb.range.lowerBound - 1]
        return before.flags.contains(.closeQuote) || before.id == words.comma
    }

    /// "led by Bafel Talabani", "headed by …", "chaired by …": who leads something is a person, when the name looks like one.
    func followsLeadership(_ run: Range<Int>, _ sentence: SentenceTokens) -> Bool {
        run.lowerBound >= 2 && sentence.ids[run.lowerBound - 1] == words.by && Self.leadershipParticiples.contains(sentence.word(run.lowerBound - 2))
    }

    private static let leadershipParticiples: WordSet = ["led", "headed", "chaired"]

    func isSpeechVerb(_ entry: Int) -> Bool {
        switch lexicon.entries.verbs[entry].kind {
        case .speech, .belief, .writing: true
        case .support, .opposition: false
        }
    }
}
