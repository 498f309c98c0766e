import DossierModel

/// The actors and frameworks of the whole corpus, one per real-world entity, in order of first mention.
struct EntityRegistry {
    let lexicon: Lexicon
    private(set) var actors: [Actor] = []
    private(set) var frameworks: [Framework] = []
    private var actorIndex = IDTable()
    private var frameworkIndex = IDTable()
    /// Names learnt from the text (acronym definitions, discovered people and organisations) → entity.
    private(set) var learntNames: [String: EntityRef] = [:]
    /// Each framework's tails, by framework number (see `tails(ofFramework:)`).
    private var frameworkTails: [[String]] = []
    /// Lexicon entries already turned into entities, by entry number: every mention asks again, and
    /// slugging the name (or hashing the entry) each time was a hot spot.
    private var lexiconActorRefs: [EntityRef?]
    private var lexiconFrameworkRefs: [EntityRef?]
    /// The slug of each name an actor was discovered under: the same groups are found again in sentence after sentence,
    /// and slugging the name each time cost more than looking it up.
    private var discoveredSlugs: [String: EntityID] = [:]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        lexiconActorRefs = Array(repeating: nil, count: lexicon.entries.actors.count)
        lexiconFrameworkRefs = Array(repeating: nil, count: lexicon.entries.frameworks.count)
    }

    func actor(_ key: EntityKey) -> Actor { actors[Int(key.index)] }
    /// An actor's kind, without copying the whole actor (its mentions and names) as `actor(_:)` does.
    func kind(ofActor key: EntityKey) -> Actor.Kind { actors[Int(key.index)].kind }
    /// A person's role as the lexicon names it (or as the text gave it), again without copying the actor.
    func role(ofActor key: EntityKey) -> String? { actors[Int(key.index)].lexiconRole ?? actors[Int(key.index)].role }
    func framework(_ key: EntityKey) -> Framework { frameworks[Int(key.index)] }
    func kind(ofFramework key: EntityKey) -> Framework.Kind { frameworks[Int(key.index)].kind }
    func name(ofActor key: EntityKey) -> String { actors[Int(key.index)].name }
    func affiliation(ofActor key: EntityKey) -> EntityID? { actors[Int(key.index)].affiliation }
    /// The model's ids, for what extraction hands to the corpus.
    func id(ofActor key: EntityKey) -> EntityID { actors[Int(key.index)].id }
    func id(ofFramework key: EntityKey) -> EntityID { frameworks[Int(key.index)].id }
    /// The actor with a model id, if it has been met.
    func key(ofActor id: EntityID) -> EntityKey? { actorIndex[id].map(EntityKey.init) }
    func key(ofFramework id: EntityID) -> EntityKey? { frameworkIndex[id].map(EntityKey.init) }

    /// The entity for a lexicon entry, created on first use.
    mutating func ref(for target: Lexicon.Target) -> EntityRef {
        switch target {
        case .actor(let index):
            if let known = lexiconActorRefs[index] { return known }
            let ref = makeRef(for: target)
            lexiconActorRefs[index] = ref
            return ref
        case .framework(let index):
            if let known = lexiconFrameworkRefs[index] { return known }
            let ref = makeRef(for: target)
            lexiconFrameworkRefs[index] = ref
            return ref
        }
    }

    private mutating func makeRef(for target: Lexicon.Target) -> EntityRef {
        switch target {
        case .actor(let index):
            let id = lexicon.actorIDs[index]
            if let known = actorIndex[id] { return .actor(EntityKey(known)) }
            let entry = lexicon.entries.actors[index]
            let aliases = entry.aliases + entry.acronyms + entry.demonyms + entry.capitals + entry.metonyms + entry.shortForms
            let lexiconRole = entry.role.map { role in lexicon.entries.roles.first { $0.text == role }?.role ?? role }
            return .actor(insert(Actor(id: id, name: entry.name, kind: entry.kind, aliases: unique(aliases),
                                       affiliation: entry.affiliation.map(Slug.make), role: entry.role, lexiconRole: lexiconRole)))
        case .framework(let index):
            let id = lexicon.frameworkIDs[index]
            if let known = frameworkIndex[id] { return .framework(EntityKey(known)) }
            let entry = lexicon.entries.frameworks[index]
            return .framework(insert(Framework(id: id, name: entry.name, acronym: entry.acronyms.first,
                                               aliases: unique(entry.aliases + entry.acronyms.dropFirst()), kind: entry.kind,
                                               sponsors: entry.sponsors.map(Slug.make), year: entry.year)))
        }
    }

    /// Records whom an actor belongs to, unless something already did.
    mutating func affiliate(_ key: EntityKey, with affiliation: EntityKey) {
        let index = Int(key.index)
        guard actors[index].affiliation == nil, affiliation != key else { return }
        actors[index].affiliation = actors[Int(affiliation.index)].id
    }

    /// An actor found in the text rather than the lexicon; merges with an existing actor of the same id.
    /// `id` stands in for the name's slug where one name is many entities: every state's "Foreign Ministry".
    mutating func discoverActor(
        name: String, id: EntityID? = nil, kind: Actor.Kind, role: String? = nil, lexiconRole: String? = nil, affiliation: EntityKey? = nil
    ) -> EntityKey {
        let sharedName = id != nil
        let id = id ?? discoveredSlug(of: name)
        let affiliation = affiliation.map { actors[Int($0.index)].id }
        let key: EntityKey
        if let index = actorIndex[id] {
            if actors[index].role == nil, let role { actors[index].role = role }
            if actors[index].lexiconRole == nil, let lexiconRole { actors[index].lexiconRole = lexiconRole }
            if actors[index].affiliation == nil, let affiliation, affiliation != id { actors[index].affiliation = affiliation }
            key = EntityKey(index)
        } else {
            key = insert(Actor(id: id, name: name, kind: kind, affiliation: affiliation == id ? nil : affiliation, role: role, lexiconRole: lexiconRole))
        }
        if !sharedName { learntNames[name] = learntNames[name] ?? .actor(key) }
        return key
    }

    private mutating func discoveredSlug(of name: String) -> EntityID {
        if let known = discoveredSlugs[name] { return known }
        let slug = Slug.make(name)
        discoveredSlugs[name] = slug
        return slug
    }

    mutating func discoverFramework(name: String, kind: Framework.Kind) -> EntityKey {
        // A name redirected to another framework ("X, better known as Y") finds that one when it is discovered again.
        let learnt = learntNames[name]
        if case .framework(let key)? = learnt { return key }
        let id = Slug.make(name)
        let key = frameworkIndex[id].map(EntityKey.init) ?? insert(Framework(id: id, name: name, kind: kind))
        if learnt == nil { learntNames[name] = .framework(key) }
        return key
    }

    /// The actor with a model id, met already or made now from the lexicon: a person's state may be named only through
    /// them ("Prabowo met Xi … The next day the foreign ministry said …").
    mutating func lexiconActor(_ id: EntityID) -> EntityKey? {
        if let known = key(ofActor: id) { return known }
        guard let index = lexicon.actorIDs.firstIndex(of: id), case .actor(let key) = ref(for: .actor(index)) else { return nil }
        return key
    }

    /// The actor an integration body is when it acts ("NATO warned …"): the framework's twin, under its id and names.
    mutating func actingBody(_ framework: EntityKey) -> EntityKey {
        let body = frameworks[Int(framework.index)]
        let key = discoverActor(name: body.name, id: body.id, kind: .organization)
        for alias in body.aliases + [body.acronym].compactMap({ $0 }) { addAlias(alias, to: .actor(key)) }
        return key
    }

    /// The actor for a state's institution: the lexicon's entry when it knows the body under any of its names, else one
    /// discovered under the canonical name and known by the others.
    mutating func actor(for institution: StateInstitution) -> EntityKey {
        let owner = actors[Int(institution.owner.index)]
        let formalName = owner.aliases.contains("the " + owner.name) ? "the " + owner.name : owner.name
        let names = institution.names(owner: .init(
            name: owner.name, adjective: lexicon.stateAdjectives[owner.id], formalName: owner.kind == .state ? formalName : nil))
        let key: EntityKey
        let known = lexicon.organisationsByName
        if let entry = StateInstitution.lookupKeys(names).lazy.compactMap({ known[$0] }).first,
           case .actor(let known) = ref(for: .actor(entry)) {
            key = known
        } else {
            key = discoverActor(name: names[0], kind: .organization, affiliation: institution.owner)
        }
        for alias in names + institution.bareNames { addAlias(alias, to: .actor(key)) }
        return key
    }

    /// "X, better known as Y": the name found for X is Y's from now on, even if it was learnt for X before.
    mutating func redirect(_ name: String, to ref: EntityRef) {
        learntNames[name] = ref
        learn(name, for: ref)
    }

    /// Records another name for an entity (an acronym defined in the text, a surname).
    mutating func learn(_ name: String, for ref: EntityRef, isAcronym: Bool = false) {
        if learntNames[name] == nil { learntNames[name] = ref }
        addAlias(name, to: ref, isAcronym: isAcronym)
    }

    /// Adds a name an entity goes by without making it a name the rest of the corpus is read with: "Reinholt" for
    /// Tobias Reinholt in the article that shortens him so.
    mutating func addAlias(_ name: String, to ref: EntityRef, isAcronym: Bool = false) {
        switch ref {
        case .actor(let key):
            let index = Int(key.index)
            guard actors[index].name != name, !actors[index].aliases.contains(name) else { return }
            actors[index].aliases.append(name)
        case .framework(let key):
            let index = Int(key.index)
            guard frameworks[index].name != name else { return }
            if isAcronym, frameworks[index].acronym == nil {
                frameworks[index].acronym = name
            } else if frameworks[index].acronym != name, !frameworks[index].aliases.contains(name) {
                frameworks[index].aliases.append(name)
            }
        }
    }

    /// Returns the actor's kind (nil for a framework), which the caller would otherwise look up again.
    @discardableResult
    mutating func addMention(_ mention: Mention, to ref: EntityRef) -> Actor.Kind? {
        switch ref {
        case .actor(let key):
            actors[Int(key.index)].mentions.append(mention)
            return actors[Int(key.index)].kind
        case .framework(let key):
            frameworks[Int(key.index)].mentions.append(mention)
            return nil
        }
    }

    /// Forgets an actor's mentions in one article; they are the last ones recorded, as articles are extracted in order.
    mutating func removeMentions(of key: EntityKey, inArticle article: ArticleID) {
        let index = Int(key.index)
        while actors[index].mentions.last?.location.article == article { actors[index].mentions.removeLast() }
    }

    /// Records a stance; a supportive one makes `sponsor` (the actor, or the state a person serves) a sponsor.
    mutating func addStance(_ stance: Stance, sponsor: EntityID, to framework: EntityKey, year: Int?) {
        let index = Int(framework.index)
        frameworks[index].stances.append(stance)
        if stance.isSupport, !frameworks[index].sponsors.contains(sponsor) { frameworks[index].sponsors.append(sponsor) }
        if frameworks[index].year == nil, let year, stance.kind == .launched || stance.kind == .proposed { frameworks[index].year = year }
    }

    /// Final clean-up. An actor met only inside a longer name ("Eurasian" in "Institute of Eurasian Energy") is
    /// dropped unless something points at it (`speakers`, affiliations, sponsors, stances), and so is such a
    /// framework ("C5+1" in "C5+1 Critical Minerals Dialogue"); links to actors that never appear in the corpus are
    /// dropped, so every id resolves.
    func finished(speakers: Set<EntityID>) -> (actors: [Actor], frameworks: [Framework]) {
        var pointedAt = speakers
        let mentioned = Set(self.actors.lazy.filter { !$0.mentions.isEmpty }.map(\.id))
        for actor in self.actors {
            // A person's affiliation read from words that later turned out to be part of a longer name ("a researcher at
            // the Levant Policy Forum") keeps nothing alive; a body named after its state does ("Azerbaijan Airlines").
            guard let affiliation = actor.affiliation, actor.kind != .person && actor.kind != .group || mentioned.contains(affiliation) else { continue }
            pointedAt.insert(affiliation)
        }
        for framework in self.frameworks {
            pointedAt.formUnion(framework.sponsors)
            for stance in framework.stances { pointedAt.insert(stance.actor) }
        }
        let kept = self.actors.filter { !$0.mentions.isEmpty || pointedAt.contains($0.id) }
        let known = Set(kept.map(\.id))
        let actors = kept.map { actor in
            var actor = actor
            if let affiliation = actor.affiliation, !known.contains(affiliation) { actor.affiliation = nil }
            return actor
        }
        let frameworks = self.frameworks.filter { !$0.mentions.isEmpty }.map { framework in
            var framework = framework
            framework.sponsors = framework.sponsors.filter(known.contains)
            return framework
        }
        return (actors, frameworks)
    }

    private mutating func insert(_ actor: Actor) -> EntityKey {
        actorIndex.insert(actor.id, at: actors.count)
        actors.append(actor)
        return EntityKey(actors.count - 1)
    }

    private mutating func insert(_ framework: Framework) -> EntityKey {
        frameworkIndex.insert(framework.id, at: frameworks.count)
        frameworks.append(framework)
        frameworkTails.append(Self.tails(of: framework.name))
        return EntityKey(frameworks.count - 1)
    }

    /// The shorter names a framework may go by later in an article that names it in full: its last two or more words,
    /// when every word of its name opens with a capital, a digit or a letter outside ASCII ("Vision 2040" of "Turkic World
    /// Vision 2040"). "Treaty on Friendly Relations and Comprehensive Strategic Partnership" has none: its lower-case words
    /// say the last ones are what the treaty is about, not what it is called. Worked out once, when the framework is
    /// first met, in bytes: it is asked at every mention.
    func tails(ofFramework key: EntityKey) -> [String] { frameworkTails[Int(key.index)] }

    private static func tails(of name: String) -> [String] {
        let bytes = name.utf8
        var wordStarts: [String.Index] = []
        var atStart = true
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") {
                atStart = true
            } else if atStart {
                guard byte >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                else { return [] }
                wordStarts.append(index)
                atStart = false
            }
        }
        guard wordStarts.count >= 3 else { return [] }
        return wordStarts[1..<wordStarts.count - 1].map { String(name[$0...]) }
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
