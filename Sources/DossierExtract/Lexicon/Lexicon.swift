import DossierModel

/// The compiled lexicon: entries plus tries over token ids for matching them in text. Immutable and
/// shared by every extraction.
public final class Lexicon: Sendable {
    /// What a matched name stands for.
    enum Target: Hashable, Sendable {
        case actor(Int)
        case framework(Int)
    }

    /// One way of writing an entity, and which of the entry's fields it came from.
    struct NameHit: Sendable {
        var target: Target
        var form: NameForm
    }

    /// The entry field a written name comes from; its raw value is the mention rule it reports. An enum rather than
    /// the rule's string because the name finder tests it for every lexicon match.
    enum NameForm: String, Sendable {
        case lexicon, alias, acronym, demonym, capital, metonym, short, title
    }

    struct RoleHit: Sendable {
        var role: Int
        var isPlural: Bool
    }

    public let entries: LexiconEntries
    /// The entity id (slug of the canonical name) of every actor and framework entry, computed once.
    let actorIDs: [String]
    let frameworkIDs: [String]
    let interner: TokenInterner
    /// Every interned word's text by id, made once: the rules read words the lexicon knows far more often than others.
    let internedTexts: [String]
    let names: TokenTrie<NameHit>
    let roles: TokenTrie<RoleHit>
    let verbs: TokenTrie<Int>
    let words: RuleWords
    /// `@given-names` by name, for whether "she" can mean a person.
    let givenNameGenders: [String: Gender]
    /// Actor entries that state a gender (`gender=`), by entity id.
    let actorGenders: [String: Gender]
    /// Each state's adjective as the press writes it, by entity id: the lexicon's first demonym, or the shorter one it
    /// is built on ("Kazakh" for "Kazakhstani"), never a combining form ("Chinese", not "Sino").
    let stateAdjectives: [String: String]
    /// The acronym writers put in a deal's name for a state named in full: "United States" → "US".
    let stateAcronyms: [String: String]
    /// Each state's capital, by entity id: "the Tajik capital" is Dushanbe.
    let stateCapitals: [String: String]
    /// The organisations the lexicon knows, by every name in lower case, to actor entry numbers: a ministry or a parliament
    /// the text writes another way is still the lexicon's.
    let organisationsByName: [String: Int]
    /// How often an article may name an entry, or use only its adjective, before it counts as one of the article's
    /// actors (`names=`, `adjectives=`), by entity id: every region, and the other entries that say so.
    let passing: [String: Passing]

    struct Passing {
        var names: Int
        var adjectives: Int
    }

    public init(entries: LexiconEntries) {
        self.entries = entries
        actorIDs = entries.actors.map { Slug.make($0.name) }
        frameworkIDs = entries.frameworks.map { Slug.make($0.name) }
        var interner = TokenInterner()
        for word in RuleWords.vocabulary { interner.intern(word) }
        var names = TokenTrie<NameHit>()
        func add(_ text: String, _ target: Target, _ form: NameForm) {
            names.insert(Self.key(text, &interner), NameHit(target: target, form: form))
        }
        for (index, actor) in entries.actors.enumerated() {
            let target = Target.actor(index)
            add(actor.name, target, .lexicon)
            for alias in actor.aliases { add(alias, target, .alias) }
            for acronym in actor.acronyms { add(acronym, target, .acronym) }
            for demonym in actor.demonyms { add(demonym, target, .demonym) }
            for capital in actor.capitals { add(capital, target, .capital) }
            for metonym in actor.metonyms { add(Self.withoutArticle(metonym), target, .metonym) }
            for short in actor.shortForms { add(short, target, .short) }
            for title in actor.titles {
                add(title + " " + actor.name, target, .title)
                for short in actor.shortForms { add(title + " " + short, target, .title) }
            }
        }
        for (index, framework) in entries.frameworks.enumerated() {
            let target = Target.framework(index)
            add(framework.name, target, .lexicon)
            for alias in framework.aliases { add(alias, target, .alias) }
            for acronym in framework.acronyms { add(acronym, target, .acronym) }
        }
        var roles = TokenTrie<RoleHit>()
        for (index, role) in entries.roles.enumerated() {
            for form in Self.casings(role.text) {
                roles.insert(Self.key(form, &interner), RoleHit(role: index, isPlural: false))
            }
            for plural in role.plurals {
                for form in Self.casings(plural) {
                    roles.insert(Self.key(form, &interner), RoleHit(role: index, isPlural: true))
                }
            }
        }
        var verbs = TokenTrie<Int>()
        for (index, verb) in entries.verbs.enumerated() {
            for form in verb.forms { verbs.insert(Self.key(form, &interner), index) }
        }
        self.interner = interner
        internedTexts = (0..<Int32(interner.count)).map { interner.text(of: $0) }
        self.names = names
        self.roles = roles
        self.verbs = verbs
        words = RuleWords(interner)
        givenNameGenders = Dictionary(entries.givenNames.map { ($0.name, $0.gender) }, uniquingKeysWith: { _, last in last })
        var actorGenders: [String: Gender] = [:]
        for (index, actor) in entries.actors.enumerated() {
            if let gender = actor.gender { actorGenders[actorIDs[index]] = gender }
        }
        self.actorGenders = actorGenders
        var stateAdjectives: [String: String] = [:]
        var stateAcronyms: [String: String] = [:]
        var stateCapitals: [String: String] = [:]
        for (index, actor) in entries.actors.enumerated() where actor.kind == .state {
            if let first = actor.demonyms.first {
                stateAdjectives[actorIDs[index]] = first.hasSuffix("i") ? actor.demonyms.first { $0 != first && first.hasPrefix($0) } ?? first : first
            }
            if let acronym = actor.acronyms.first { stateAcronyms[actor.name] = acronym }
            if let capital = actor.capitals.first { stateCapitals[actorIDs[index]] = capital }
        }
        self.stateAdjectives = stateAdjectives
        self.stateAcronyms = stateAcronyms
        self.stateCapitals = stateCapitals
        var organisationsByName: [String: Int] = [:]
        for (index, actor) in entries.actors.enumerated() where actor.kind == .organization {
            for name in [actor.name] + actor.aliases {
                let key = name.lowercased()
                if organisationsByName[key] == nil { organisationsByName[key] = index }
            }
        }
        self.organisationsByName = organisationsByName
        var passing: [String: Passing] = [:]
        // By index: an entry is a large value, and copying each one to read three fields showed in start-up time.
        for index in entries.actors.indices {
            let isRegion = entries.actors[index].kind == .region
            let adjectives = entries.actors[index].passingAdjectives, names = entries.actors[index].passingNames
            guard isRegion || adjectives != nil || names > 0 else { continue }
            passing[actorIDs[index]] = Passing(names: names, adjectives: adjectives ?? (isRegion ? 1 : 0))
        }
        self.passing = passing
    }

    /// The token ids the tokeniser will give `text`: token boundaries do not depend on the table, and a
    /// token's id is its interned text (`'s` for a possessive), so interning the pieces yields them
    /// without tokenising twice. Every process compiles the lexicon before its first prompt.
    private static func key(_ text: String, _ interner: inout TokenInterner) -> [Int32] {
        var text = text
        return text.withUTF8 { buffer in
            keyBoundaries.tokens(buffer, 0..<buffer.count).map { token in
                if token.isPossessive { return interner.intern("'s") }
                // Most pieces ("of", "Republic", a state's name) are interned already: look them up in place.
                let known = interner.lookup(buffer, token.start..<token.end)
                return known != TokenInterner.unknown ? known : interner.intern(Bytes.string(buffer, token.start..<token.end))
            }
        }
    }

    /// A tokeniser with an empty table, used only for where a key's tokens start and end; made once because every
    /// lexicon entry is split.
    private static let keyBoundaries = Tokenizer(interner: TokenInterner())

    private static func withoutArticle(_ text: String) -> String {
        text.hasPrefix("the ") || text.hasPrefix("The ") ? String(text.dropFirst(4)) : text
    }

    /// A role noun as written inside a sentence, as a title ("Political Analyst") and at a sentence's start
    /// ("Rights groups").
    private static func casings(_ text: String) -> Set<String> {
        [text, titleCased(text), text.prefix(1).uppercased() + text.dropFirst()]
    }

    /// "Secretary of State", not "Secretary Of State": titles keep their small words in lower case; each part of a
    /// hyphenated word is capitalised ("Vice-President").
    static func titleCased(_ text: String) -> String {
        // Role nouns are ASCII: capitalising bytes skips the Unicode case tables, a twentieth of starting up.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(text.utf8)
            var wordStart = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
                let word = bytes[wordStart..<end]
                if !smallWords.contains(String(decoding: word, as: UTF8.self)) {
                    for index in word.indices where index == wordStart || bytes[index - 1] == UInt8(ascii: "-") {
                        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index]) { bytes[index] -= 0x20 }
                    }
                }
                wordStart = end + 1
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return text.split(separator: " ").map { word in
            smallWords.contains(String(word)) ? String(word)
                : word.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }.joined(separator: " ")
    }

    private static let smallWords: WordSet = ["of", "the", "and", "for", "on", "in", "to", "at"]
}
