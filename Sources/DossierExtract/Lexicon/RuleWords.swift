/// The fixed English words the extraction rules look for, as token ids, so rules compare integers.
final class RuleWords: Sendable {
    static let determiners = ["a", "an", "the", "A", "An", "The", "some", "Some", "many", "Many", "several", "Several",
                              "most", "Most", "other", "Other", "one", "One", "two", "Two", "various", "Various", "few", "Few",
                              "leading", "prominent", "senior", "recent", "former", "top", "influential", "independent", "local",
                              "well-known", "outspoken", "one", "an", "certain", "Certain"]
    /// Determiners that describe a source rather than count it: a group's name keeps them ("senior EU official").
    static let descriptors = ["leading", "prominent", "senior", "former", "top", "influential", "independent", "local",
                              "well-known", "outspoken"]
    /// Capitalised institution words that name who a group works for when nothing else names it: "Commission officials",
    /// "a senior Treasury official".
    static let institutionTitles = ["Commission", "Treasury", "Administration", "Secretariat", "Cabinet", "Ministry", "Council",
                                    "Parliament", "Congress", "Embassy", "Presidency"]
    /// Lower-case words that end a group's modifiers on the left: "…, and opposition politicians claimed".
    static let groupBoundaries = ["and", "or", "but", "nor", "than", "that", "what", "which", "who", "whom", "whose", "how", "why", "whether", "while", "as",
                                  "because", "since", "although", "though", "when", "where", "if", "so", "yet", "of", "in",
                                  "at", "on", "for", "from", "with", "by", "to", "among", "about", "against", "like", "after",
                                  "before", "between", "its", "their", "his", "her", "our", "this", "these", "those", "we",
                                  "they", "it", "he", "she", "no", "any", "each", "every", "all", "both", "such", "more", "less",
                                  "within", "during", "over", "under", "through", "across", "into", "without", "days", "weeks",
                                  "months", "years", "hours", "later", "earlier", "same"]
    static let pronounsSingular = ["He", "She", "he", "she"]
    static let pronounsPlural = ["They", "they"]
    static let relatives = ["who", "which", "that", "whom", "whose"]
    static let auxiliaries = ["has", "have", "had", "would", "will", "may", "might", "could", "should", "did", "does", "do",
                              "not", "also", "long", "often", "were", "was", "is", "are", "quick", "to", "already", "even",
                              "once", "then", "now", "still", "later", "tend", "tends", "appear", "appears", "seem", "seems",
                              "been", "be", "being", "always", "never", "too", "recently", "both", "all", "themselves",
                              "himself", "herself", "further", "repeatedly", "in", "a", "recent", "paper", "interview",
                              "statement", "last", "year", "week", "month", "can", "cannot", "must", "shall", "likes", "wants",
                              "needs", "tries", "prefers", "intends", "tended", "appeared", "seemed", "wanted", "tried", "continue",
                              "continues", "continued"]
    static let passiveAuxiliaries = ["is", "are", "was", "were", "been", "be", "being"]
    static let possessiveSpeechNouns = ["warning", "argument", "view", "views", "claim", "claims", "assessment", "contention",
                                        "suggestion", "observation", "conclusion", "remark", "remarks", "comment", "comments",
                                        "insistence", "point", "prediction", "judgment", "judgement", "verdict", "analysis"]
    static let viewNouns = ["view", "opinion", "assessment", "estimation", "words", "judgment", "judgement", "analysis", "reading", "telling"]
    static let honorifics = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Sir", "Dame"]
    static let femaleHonorifics = ["Mrs", "Ms", "Mrs.", "Ms.", "Dame", "Madam", "Madame", "Mme", "Mme."]
    static let maleHonorifics = ["Mr", "Mr.", "Sir"]
    static let connectors = [
        "of", "and", "for", "the", "de", "von", "der", "van", "al", "bin", "ibn", "la", "du", "del", "on", "des", "do", "da", "dos",
        "das", "y", "di", "und", "für", "fuer",
    ]
    /// Capitalised words that start sentences and clauses rather than names.
    static let capitalisedFunctionWords = [
        "The", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "From", "With", "As", "If", "While",
        "Although", "Though", "But", "And", "Or", "Since", "Until", "After", "Before", "When", "Where", "Despite",
        "Given", "Behind", "Within", "Not", "Then", "Of", "To", "Its", "Their", "His", "Her", "Our", "My", "Your", "A",
        "An", "It", "He", "She", "They", "We", "I", "There", "Yet", "So", "Such", "Some", "Many", "Most", "Several",
        "Both", "Each", "Every", "All", "Any", "No", "None", "Other", "Others", "One", "Two", "Three", "Over", "Under",
        "Between", "Among", "Across", "During", "Through", "Without", "Unlike", "Like", "Even", "Only", "Also",
        "However", "Moreover", "Meanwhile", "Instead", "Still", "Previously", "Indeed", "Against", "Toward",
        "Towards", "Upon", "Into", "What", "Which", "Who", "How", "Why", "Whether", "Here", "Now", "Today", "Last",
        "Next", "First", "Second", "Third", "Further", "Thus", "Hence", "Therefore", "Perhaps", "Almost", "Already",
        "Another", "Much", "More", "Less", "Few", "Neither", "Nor", "Either", "Once", "Do", "Does", "Did", "Is", "Are",
        "Was", "Were", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "Might", "Must", "Whoever",
        "Whatever", "Nevertheless", "Nonetheless", "Besides", "Overall", "Finally", "Ultimately", "Initially",
        "Recently", "Continued", "Governments", "According", "Officially", "Publicly", "Privately", "Western", "Eastern",
        "Northern", "Southern", "Central", "Of", "Let", "Just", "Well", "Because", "Unless", "Whereas", "Far", "Beyond",
        "Near", "Above", "Below", "Around", "About", "Along", "Amid", "Amongst", "Via", "Per", "Plus", "Minus",
        "Afterwards", "Afterward", "Later", "Earlier", "Eventually", "Subsequently", "Separately", "Likewise", "Similarly",
        "Accordingly", "Consequently", "Notably", "Crucially", "Importantly", "Originally", "Formally",
    ]
    static let denials = ["few", "Few", "no", "No", "nobody", "Nobody", "none", "None"]

    static let vocabulary: [String] = {
        var words = determiners + descriptors + institutionTitles + groupBoundaries + pronounsSingular + pronounsPlural + relatives + auxiliaries + passiveAuxiliaries
        words += possessiveSpeechNouns + viewNouns + honorifics + femaleHonorifics + maleHonorifics + connectors + capitalisedFunctionWords
        words += ["'s", "according", "According", "to", "For", "In", "in", "view", "as", "As", ",", ".", ":", ";", "(", ")",
                  "-", "&", "\u{2013}", "\u{2014}", "\u{201C}", "\u{201D}", "\"", "?", "!", "by", "said", "says", "told", "others",
                  "Others", "we", "We", "I", "our", "us", "experts", "officials", "on", "at", "from", "of", "with", "and",
                  "since", "Since", "by", "By", "until", "Until", "the", "The", "its", "their", "his", "her", "own", "him",
                  "them", "it", "It", "s", "himself", "herself", "itself", "themselves", "which", "put", "Fourth", "Fifth",
                  "kyzy", "qizi", "gyzy", "uulu", "uly", "ogly", "oglu", "law", "relations", "ties", "between", "package", "sanctions", "ban", "policy",
                  "doctrine", "resolution", "Resolution", "Jr", "Sr", "Summit", "near", "party", "Near", "statute"]
        words += denials
        words += phrasePrepositions
        words += nameOpeningNumbers
        words += RuleWords.instrumentNouns + Array(HeadNouns.infrastructureNouns.keys) + Array(HeadNouns.describedInstruments.keys)
        words += Array(HeadNouns.capitalNamedNouns.keys) + Array(HeadNouns.placeNamedNouns.keys) + Array(HeadNouns.dealNouns.keys)
        words += Array(HeadNouns.trailingFrameworkNouns.keys) + RuleWords.instrumentDeterminers
        words += Array(CalendarNames.months.keys) + Array(CalendarNames.weekdayNames)
        words += positionNouns
        words += shipPrefixes + relativeDateWords + ["ministry", "parliament", "embassy", "administration", "presidential", "meeting", "Meeting"] + armedServiceWords + resolutionNouns
            + congressHeads + numberedPartWords + abbreviatedCompanyEndings
        return words
    }()

    let possessive: Int32
    let comma: Int32
    let period: Int32
    let colon: Int32
    let openParen: Int32
    let closeParen: Int32
    let hyphen: Int32
    let ampersand: Int32
    let enDash: Int32
    let according: TokenSet
    let to: Int32
    let of: Int32
    let on: Int32
    let them: Int32
    let forWord: Int32
    let lowercaseFor: Int32
    let inWord: TokenSet
    let asWord: TokenSet
    let by: Int32
    let who: Int32
    let relatives: TokenSet
    let determiners: TokenSet
    let descriptors: TokenSet
    let institutionTitles: TokenSet
    let singularArticles: TokenSet
    /// "the", "a", "an" inside a sentence.
    let lowercaseArticles: TokenSet
    /// "one" and "One", which pick a member of a group spoken of ("one Western diplomat").
    let one: TokenSet
    /// "Few observers expected", "No official could": words that deny a source holds a view.
    let denials: TokenSet
    let groupBoundaries: TokenSet
    let pronounsSingular: TokenSet
    let pronounsPlural: TokenSet
    let firstPerson: TokenSet
    let auxiliaries: TokenSet
    let passiveAuxiliaries: TokenSet
    let possessiveSpeechNouns: TokenSet
    let viewNouns: TokenSet
    let honorifics: TokenSet
    let femaleHonorifics: TokenSet
    /// Pronouns that name a woman or a man: "she", "his view".
    let femininePronouns: TokenSet
    let masculinePronouns: TokenSet
    let maleHonorifics: TokenSet
    let connectors: TokenSet
    /// Prepositions inside a name, after its head noun: "Center for …", "Convention on …", "Mission in …".
    let nameInnerPrepositions: TokenSet
    let and: Int32
    let reflexives: TokenSet
    let which: Int32
    let that: Int32
    let the: TokenSet
    let possessivePronouns: TokenSet
    let capitalisedFunctionWords: TokenSet
    /// "others", "several", "some", "many", "most": a quantifier standing alone as a subject stands for the group spoken of
    /// last ("Iranian commentators noticed. Several complained that …").
    let groupStandIns: TokenSet
    /// "one", "another": one member of the group spoken of last, standing alone as a subject ("Western diplomats doubt
    /// it. One conceded that …").
    let memberStandIns: TokenSet
    /// "position", "stance": what "Jakarta's settled position is that …" states.
    let positionNouns: TokenSet
    static let positionNouns = ["position", "stance"]
    /// "First", "Third", "Three", "Five"…, which can open a name inside a sentence ("the Third Neighbour policy", "the
    /// Three Brotherhood Alliance", "the Five-Point Consensus").
    static let nameOpeningNumbers = ["First", "Second", "Third", "Fourth", "Fifth"] + countWords
    let nameOpeningNumbers: TokenSet
    /// "Two" to "Ten": a count opening a name with no head is a doctrine's list ("the Four Nos").
    static let countWords = ["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
    let countWords: TokenSet
    /// "Jr" and "Sr", which make a longer name of a known one ("Donald Trump Jr.").
    let generationSuffixes: TokenSet
    /// "Summit" after a body's code: "the ASEAN Summit".
    let summit: Int32
    /// "summit" in lower case, after a body's name: "the SCO summit in Samarkand".
    let summitNoun: Int32
    let meetingNoun: Int32
    /// "in", "at", "near": after them a name is a place ("an official in Mazar-i-Sharif told").
    let placePrepositions: TokenSet
    /// "in", "on", "with", "at", "to" after a participle or "familiar"/"close": "a senior official involved in the talks".
    let participleLinks: TokenSet
    /// "party" after a name: "the Milliy Tiklanish party".
    let party: Int32
    let ministry: Int32
    let parliament: Int32
    let administration: Int32
    let from: Int32
    let embassy: Int32
    let presidential: Int32
    /// "army", "navy": a state's armed service, named after its state as a parliament is.
    let armedService: TokenSet
    static let armedServiceWords = StateInstitution.armedServices.map { $0.lowercased() }.sorted()
    /// "Cluster", "Pillar": a number after them names part of a larger framework ("Cluster 3", "Pillar Two").
    static let numberedPartWords = ["Cluster", "Pillar", "Section"]
    let numberedParts: TokenSet
    /// Prepositions that cannot stand inside a deal's description: "under an intergovernmental agreement".
    static let phrasePrepositions = ["under", "with", "by", "from", "into", "after", "before", "during", "as", "since"]
    let phrasePrepositions: TokenSet
    /// "Central", "Northern"…: they open sentences as often as names, so they join a name only inside a sentence
    /// and before another name word ("the Central Bank of Uzbekistan", "Institute for Northern Strategy").
    let compassWords: TokenSet
    /// "his", "her", "their" in either case, opening "His warning that …".
    let possessivePronounsAnyCase: TokenSet
    /// Lower-case words that end Central Asian and Caucasian names: daughter of, son of ("Makhabat Tajibek kyzy").
    let patronymics: TokenSet
    let put: Int32
    let law: Int32
    /// "law", "ban", "policy", "doctrine": what a state's possessive and two modifiers make a framework of.
    static let statePolicyNouns = ["law", "ban", "policy", "doctrine"]
    let statePolicyNouns: TokenSet
    /// A company name's abbreviated endings, written with a full stop: "Japan Aircraft Industrial Enhancement Co.".
    static let abbreviatedCompanyEndings = ["Co", "Corp", "Inc", "Ltd", "Bhd", "Pte"]
    /// The words a date given from the last stated one turns on: "two days later", "the next day", "that same month".
    static let relativeDateWords = ["later", "Later", "next", "following", "same", "year", "month"]
    /// Navies' and merchant fleets' prefixes before a ship's name: "BRP Teresa Magbanua", "USS Ronald Reagan".
    static let shipPrefixes = ["BRP", "USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "PNS", "KRI", "TCG", "ROKS", "JS", "RFS", "MV", "MT", "RV"]
    static let instrumentNouns = ["agreement", "memorandum", "treaty", "accord", "protocol", "contract", "deal", "declaration", "pact", "arrangement"]
    let instrumentNouns: TokenSet
    /// `HeadNouns.describedInstruments` as token ids: a sentence without one describes no deal.
    let describedInstrumentNouns: TokenSet
    /// The nouns a place can name a framework with (`capitalNamedNouns`, `placeNamedNouns`, `dealNouns`), as token ids.
    let placeNamedNouns: TokenSet
    /// Words that open a described deal: "a", "the", "its"…
    static let instrumentDeterminers = ["a", "an", "the", "its", "their", "this", "his", "her", "another", "A", "An", "The", "Its", "Their", "This"]
    let instrumentDeterminers: TokenSet
    /// `HeadNouns.infrastructureNouns` as token ids, to find sentences that may name a line or a pipeline.
    let infrastructureNouns: TokenSet
    /// "relations", "ties": what parties raise to a partnership.
    let relationNouns: TokenSet
    /// Numbered instruments, which a number after them names: "Resolution 2231", "Decree 178", "Executive Order 14024".
    static let resolutionNouns = ["resolution", "Resolution", "decree", "Decree", "Directive", "Order"]
    /// What an ordinal numbers as a party's meeting: "the 20th Party Congress", "the Fourth Plenum".
    static let congressHeads = ["Congress", "Plenum"]
    let resolutionNouns: TokenSet
    let congressHeads: TokenSet
    /// `HeadNouns.trailingFrameworkNouns` as token ids.
    let trailingFrameworkNouns: TokenSet
    /// What `SentenceFeatures` looks for, by token id.
    private let featureTable: [WordFeatures]

    @inline(__always)
    func features(of id: Int32) -> WordFeatures { id >= 0 && Int(id) < featureTable.count ? featureTable[Int(id)] : [] }
    let it: Int32
    let months: [Int32: Int]
    /// The keys of `months` as a bitmap, for the many checks that only ask whether a word is a month.
    let monthWords: TokenSet
    let weekdays: TokenSet
    /// Prepositions that introduce a year ("in 2016", "By 2014", "since 2019").
    let datePrepositions: TokenSet

    init(_ interner: TokenInterner) {
        // Every word asked for here must be in `vocabulary`, or its set silently lacks it ("summits" once did).
        func id(_ word: String) -> Int32 {
            let found = interner.lookup(word)
            assert(found >= 0, "rule word '\(word)' is missing from RuleWords.vocabulary")
            return found
        }
        func ids(_ words: [String]) -> TokenSet { TokenSet(words.map(id), capacity: interner.count) }
        possessive = id("'s")
        comma = id(",")
        period = id(".")
        colon = id(":")
        openParen = id("(")
        closeParen = id(")")
        hyphen = id("-")
        ampersand = id("&")
        enDash = id("\u{2013}")
        according = ids(["according", "According"])
        to = id("to")
        of = id("of")
        on = id("on")
        them = id("them")
        forWord = id("For")
        lowercaseFor = id("for")
        inWord = ids(["In", "in"])
        asWord = ids(["as", "As"])
        by = id("by")
        who = id("who")
        relatives = ids(Self.relatives)
        determiners = ids(Self.determiners)
        descriptors = ids(Self.descriptors)
        institutionTitles = ids(Self.institutionTitles)
        singularArticles = ids(["a", "an", "A", "An"])
        lowercaseArticles = ids(["the", "a", "an"])
        one = ids(["one", "One"])
        denials = ids(Self.denials)
        groupBoundaries = ids(Self.groupBoundaries)
        pronounsSingular = ids(Self.pronounsSingular)
        pronounsPlural = ids(Self.pronounsPlural)
        firstPerson = ids(["we", "We", "I", "our", "us"])
        auxiliaries = ids(Self.auxiliaries)
        passiveAuxiliaries = ids(Self.passiveAuxiliaries)
        possessiveSpeechNouns = ids(Self.possessiveSpeechNouns)
        viewNouns = ids(Self.viewNouns)
        honorifics = ids(Self.honorifics)
        femaleHonorifics = ids(Self.femaleHonorifics)
        maleHonorifics = ids(Self.maleHonorifics)
        femininePronouns = ids(["She", "she", "her", "Her", "herself"])
        masculinePronouns = ids(["He", "he", "his", "His", "him", "himself"])
        connectors = ids(Self.connectors)
        nameInnerPrepositions = ids(["of", "on", "in", "for", "to"])
        and = id("and")
        reflexives = ids(["himself", "herself", "itself", "themselves"])
        which = id("which")
        that = id("that")
        the = ids(["the", "The"])
        possessivePronouns = ids(["his", "her", "their"])
        capitalisedFunctionWords = ids(Self.capitalisedFunctionWords)
        groupStandIns = ids(["others", "Others", "several", "Several", "some", "Some", "many", "Many", "most", "Most"])
        memberStandIns = ids(["one", "One", "another", "Another"])
        positionNouns = ids(Self.positionNouns)
        nameOpeningNumbers = ids(Self.nameOpeningNumbers)
        countWords = ids(Self.countWords)
        generationSuffixes = ids(["Jr", "Sr"])
        summit = id("Summit")
        summitNoun = id("summit")
        meetingNoun = id("meeting")
        placePrepositions = ids(["in", "at", "near", "In", "At", "Near"])
        participleLinks = ids(["in", "on", "with", "at", "to"])
        party = id("party")
        ministry = id("ministry")
        parliament = id("parliament")
        administration = id("administration")
        from = id("from")
        embassy = id("embassy")
        presidential = id("presidential")
        armedService = ids(Self.armedServiceWords)
        numberedParts = ids(Self.numberedPartWords)
        phrasePrepositions = ids(Self.phrasePrepositions)
        compassWords = ids(["Central", "Northern", "Southern", "Eastern", "Western", "Far"])
        possessivePronounsAnyCase = ids(["his", "her", "their", "His", "Her", "Their"])
        patronymics = ids(["kyzy", "qizi", "gyzy", "uulu", "uly", "ogly", "oglu"])
        put = id("put")
        law = id("law")
        statePolicyNouns = ids(Self.statePolicyNouns)
        relationNouns = ids(["relations", "ties"])
        resolutionNouns = ids(Self.resolutionNouns)
        congressHeads = ids(Self.congressHeads)
        trailingFrameworkNouns = ids(Array(HeadNouns.trailingFrameworkNouns.keys))
        var featureTable = Array(repeating: WordFeatures(), count: interner.count)
        func mark(_ words: [String], _ feature: WordFeatures) {
            for word in words { let id = id(word); if id >= 0, Int(id) < featureTable.count { featureTable[Int(id)].insert(feature) } }
        }
        mark(["-", "\u{2013}"], .dash)
        // "statute" only founds an organisation ("the SCO statute"), and no description makes a deal of it.
        mark(Array(HeadNouns.describedInstruments.keys) + ["statute"], .instrumentNoun)
        mark(Self.statePolicyNouns, .statePolicyNoun)
        mark(Array(HeadNouns.infrastructureNouns.keys), .infrastructureNoun)
        mark(["package"], .package)
        mark(["sanctions"], .sanctions)
        mark(Self.resolutionNouns, .resolution)
        mark(["("], .openParen)
        mark(Self.shipPrefixes, .shipPrefix)
        mark(Self.relativeDateWords, .relativeDate)
        mark(["ministry", "parliament", "embassy", "presidential"] + Self.armedServiceWords, .stateInstitution)
        mark(Self.congressHeads, .congress)
        mark(["meeting", "Meeting"], .meeting)
        mark(Self.numberedPartWords, .numberedPart)
        mark(Self.abbreviatedCompanyEndings, .companyAbbreviation)
        self.featureTable = featureTable
        instrumentNouns = ids(Self.instrumentNouns)
        infrastructureNouns = ids(Array(HeadNouns.infrastructureNouns.keys))
        describedInstrumentNouns = ids(Array(HeadNouns.describedInstruments.keys))
        placeNamedNouns = ids(Array(HeadNouns.capitalNamedNouns.keys) + Array(HeadNouns.placeNamedNouns.keys) + Array(HeadNouns.dealNouns.keys))
        instrumentDeterminers = ids(Self.instrumentDeterminers)
        it = id("it")
        var months: [Int32: Int] = [:]
        for (name, number) in CalendarNames.months { months[id(name)] = number }
        self.months = months
        monthWords = ids(Array(CalendarNames.months.keys))
        weekdays = ids(Array(CalendarNames.weekdayNames))
        datePrepositions = ids(["in", "In", "since", "Since", "by", "By", "until", "Until", "from", "From", "of", "after", "After", "before", "Before", "to", "between", "Between", "through"])
    }
}

/// A set of token ids as a bitmap over the interner's ids: membership is one array read, which matters
/// because rules test almost every token against several of these sets.
struct TokenSet: Sendable {
    private let members: [Bool]

    init(_ ids: [Int32], capacity: Int) {
        var members = Array(repeating: false, count: capacity)
        for id in ids where id >= 0 && Int(id) < capacity { members[Int(id)] = true }
        self.members = members
    }

    @inline(__always)
    func contains(_ id: Int32) -> Bool { id >= 0 && Int(id) < members.count && members[Int(id)] }
}
