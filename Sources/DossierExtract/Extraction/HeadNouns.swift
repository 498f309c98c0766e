import DossierModel

/// The last word of a capitalised name often says what it names: "… Institute" is an organisation,
/// "… Initiative" a framework, "… Corridor" a corridor.
enum HeadNouns {
    static let organisations: WordMap<Actor.Kind> = [
        "Institute": .organization, "Ministry": .organization, "University": .organization, "Council": .organization,
        "Party": .organization, "Agency": .organization, "Center": .organization, "Centre": .organization,
        "Foundation": .organization, "Commission": .organization, "Committee": .organization, "Academy": .organization,
        "Association": .organization, "Authority": .organization, "Parliament": .organization, "Assembly": .organization,
        "Office": .organization, "Department": .organization, "Service": .organization, "Army": .organization,
        "Navy": .organization, "Court": .organization, "Government": .organization, "Secretariat": .organization,
        "School": .organization, "College": .organization, "Society": .organization, "Federation": .organization, "Confederation": .organization,
        "Company": .company, "Corporation": .company, "Corp": .company, "Inc": .company, "Ltd": .company, "Limited": .company,
        "Group": .company, "Holding": .company, "Holdings": .company, "Railways": .company, "Airlines": .company,
        "Times": .media, "News": .media, "Post": .media, "Journal": .media, "Tribune": .media, "Gazette": .media,
        "Weekly": .media, "Herald": .media, "Observer": .media, "Chronicle": .media, "Telegraph": .media, "Television": .media,
        "Broadcasting": .media, "Radio": .media,
        "Bank": .organization, "Fund": .organization, "Lab": .organization, "Laboratory": .organization,
        "Observatory": .organization, "Resources": .company, "Plant": .company, "Co": .company, "Industries": .company,
        "Motors": .company, "Airways": .company, "Embassy": .organization, "Consulate": .organization, "Senate": .organization, "Guard": .organization, "Chamber": .organization,
        "Customs": .organization, "Board": .organization, "Exchange": .organization, "Advisory": .company, "Consulting": .company, "Consultancy": .company,
        "Partners": .company, "Associates": .company, "Research": .organization, "Studies": .organization,
        "Investment": .company, "Capital": .company, "Mining": .company, "Engineering": .company, "Construction": .company,
        "Inspectorate": .organization, "Administration": .organization, "Staff": .organization, "Consortium": .company, "Bureau": .organization, "Works": .company,
        "Force": .organization, "Forces": .organization, "Marines": .organization, "Team": .organization, "Network": .organization,
        "Fleet": .organization, "Flotilla": .organization, "Brigade": .organization, "Regiment": .organization,
        "Battalion": .organization, "Corps": .organization, "Command": .organization, "Church": .organization,
        "Police": .organization, "Front": .organization, "Bloc": .organization,
        // Chambers named after their members: "House of Representatives", "Chamber of Deputies", "House of Lords".
        "Representatives": .organization, "Deputies": .organization, "Commons": .organization, "Lords": .organization,
        "Councillors": .organization,
        "Panel": .organization, "Taskforce": .organization, "Monitor": .organization, "Berhad": .company, "Bhd": .company,
        "GmbH": .company, "Tbk": .company, "Shipbuilding": .company, "Shipyard": .company, "Shipyards": .company,
        "Aerospace": .company, "JSC": .company, "PJSC": .company, "OJSC": .company, "LLC": .company, "PLC": .company, "AG": .company,
    ]

    /// Industries whose name closes a company's name ("NexGen Energy", "Tata Steel") but which also stand inside longer
    /// names ("China Petroleum and Chemical Corporation", "Transmission of Green Energy"), so they head a name only as its
    /// last word.
    static let industryHeads: WordSet = [
        "Energy", "Energies", "Petroleum", "Shipping", "Logistics", "Steel", "Chemical", "Chemicals", "Air", "Technology", "Technologies",
        "Semiconductor", "Semiconductors", "Microelectronics", "Electronics", "Pharmaceuticals", "Telecom", "Telecommunications",
    ]

    /// An "Organisation" is a framework its members share when its name says what they cooperate on ("Shanghai Cooperation
    /// Organisation", "Collective Security Treaty Organization", "Organization of Turkic States"); otherwise it is a body
    /// of its own ("Rohingya Solidarity Organisation", "Frontier Works Organization").
    static func namesMembersBody<Words: Collection>(_ name: Words) -> Bool where Words.Element: StringProtocol {
        !name.contains { organisationHeads.contains(String($0)) } || name.contains { membershipWords.contains(String($0)) }
    }

    static let organisationHeads: WordSet = ["Organisation", "Organization"]
    private static let membershipWords: WordSet = [
        "Cooperation", "Co-operation", "Treaty", "States", "Countries", "Nations", "Economic", "Trade", "Turkic",
        "Intergovernmental", "Interstate", "Government",
    ]

    /// Words that make a forum a research body rather than a meeting: "Siam Maritime Policy Forum".
    static let researchWords: WordSet = ["Policy", "Research", "Studies", "Analytical", "Analysis", "Analytics"]

    /// A name headed by "Forum" or "Network" with a research word in it is a think tank: "the Siam Maritime Policy Forum".
    static func namesThinkTank<Words: BidirectionalCollection>(_ name: Words) -> Bool where Words.Element: StringProtocol {
        guard let last = name.last, ["Forum", "Network"].contains(String(last)) else { return false }
        return name.dropLast().contains { researchWords.contains(String($0)) }
    }

    /// Lower-case nouns that say a name is a body, and which kind: before the name ("the defence group Leonardo") or
    /// in an appositive after it ("…, a coalition of civil society organisations,").
    static let bodyNouns: WordMap<Actor.Kind> = [
        "operator": .company, "supplier": .company, "producer": .company, "manufacturer": .company, "firm": .company,
        "company": .company, "miner": .company, "utility": .company, "conglomerate": .company, "contractor": .company,
        "developer": .company, "exporter": .company, "refiner": .company, "shipper": .company, "insurer": .company,
        "lender": .company, "group": .company, "subsidiary": .company, "consultancy": .company, "venture": .company,
        "monopoly": .company, "regulator": .organization, "agency": .organization, "watchdog": .organization,
        "platform": .organization, "movement": .organization, "coalition": .organization, "charity": .organization,
        "NGO": .organization, "think-tank": .organization, "tank": .organization, "network": .organization,
        "lobby": .organization, "association": .organization, "union": .organization, "party": .organization,
        "campaign": .organization, "collective": .organization, "broadcaster": .media, "newspaper": .media,
        "outlet": .media, "daily": .media, "weekly": .media, "channel": .media, "concern": .company, "newsletter": .media,
        "publication": .media, "magazine": .media, "journal": .media, "website": .media, "portal": .media, "tabloid": .media,
        "parliament": .organization, "legislature": .organization, "house": .organization,
    ]

    /// Capitalised last words that make a name a framework.
    static let frameworks: WordMap<Framework.Kind> = [
        "Initiative": .initiative, "Assistance": .initiative, "Strategy": .initiative, "Programme": .initiative, "Program": .initiative, "Text": .agreement,
        "Project": .initiative, "Plan": .initiative, "Vision": .initiative, "Agenda": .initiative, "Gateway": .initiative,
        "Partnership": .initiative, "Union": .organization, "Organisation": .organization, "Organization": .organization,
        "Community": .organization, "Alliance": .organization, "Agreement": .agreement, "Treaty": .agreement, "Treaties": .agreement,
        "Pact": .agreement, "Accord": .agreement, "Accords": .agreement, "Convention": .agreement,
        "Declaration": .agreement, "Charter": .agreement, "Protocol": .agreement, "Pipeline": .pipeline,
        "Corridor": .corridor, "Route": .corridor, "Railway": .corridor, "Highway": .corridor, "Road": .corridor, "Belt": .corridor,
        "Forum": .summit, "Format": .summit, "Summit": .summit, "Dialogue": .summit, "Process": .summit, "Conference": .summit, "Meeting": .summit,
        "Doctrine": .concept, "Concept": .concept, "Mechanism": .institution, "Operation": .initiative,
        "Statute": .agreement, "Act": .initiative, "System": .initiative, "Memorandum": .agreement, "Compact": .agreement,
        "Roadmap": .initiative, "Law": .initiative, "Protocols": .agreement, "Agreements": .agreement, "Park": .initiative, "Order": .initiative,
        "Goal": .initiative, "Goals": .initiative, "Week": .summit, "Scheme": .initiative, "Mission": .initiative, "Code": .agreement,
        "Express": .corridor, "Dam": .initiative, "Zone": .initiative, "Link": .corridor, "Instrument": .initiative,
        "Facility": .initiative, "Arrangement": .agreement, "Framework": .initiative, "Policy": .concept, "Amendment": .initiative,
        "List": .initiative, "Coalition": .organization, "Communiqué": .agreement, "Communique": .agreement, "Statement": .agreement, "Consensus": .agreement, "Year": .initiative, "Decade": .initiative, "Tariff": .agreement,
        "Regulation": .initiative, "Directive": .initiative, "Area": .initiative, "Pledge": .initiative, "Endeavour": .initiative,
        "Regime": .initiative, "Regulations": .initiative, "Pathway": .initiative, "Line": .corridor, "Bridge": .corridor,
        "Activity": .initiative, "Conclave": .summit, "Review": .initiative,
        // "the Nordic-Baltic Eight", "the Bucharest Nine": a group of states called by how many they are.
        "Three": .organization, "Four": .organization, "Five": .organization, "Six": .organization, "Seven": .organization,
        "Eight": .organization, "Nine": .organization, "Twenty": .organization,
    ]

    /// Lower-case nouns written after a framework's name: "the Power of Siberia 2 pipeline".
    static let trailingFrameworkNouns: WordMap<Framework.Kind> = [
        "pipeline": .pipeline, "corridor": .corridor, "initiative": .initiative, "project": .initiative,
        "strategy": .initiative, "railway": .corridor, "route": .corridor, "format": .summit, "programme": .initiative, "program": .initiative, "plan": .initiative,
        "partnership": .initiative, "forum": .summit, "railroad": .corridor, "highway": .corridor, "exercise": .initiative,
        "exercises": .initiative, "policy": .concept, "doctrine": .concept, "concept": .concept, "development": .initiative, "vision": .concept,
        "drills": .initiative, "interconnector": .pipeline,
    ]

    /// Lower-case nouns for what carries goods, gas or power, which may follow a name after a modifier or two: "the
    /// Balticconnector gas pipeline", "Estlink 2, a 650-megawatt undersea cable".
    static let infrastructureNouns: WordMap<Framework.Kind> = [
        "pipeline": .pipeline, "railway": .corridor, "railroad": .corridor, "corridor": .corridor, "route": .corridor,
        "highway": .corridor, "cable": .pipeline, "interconnector": .pipeline, "link": .pipeline, "line": .pipeline,
        "canal": .initiative, "complex": .initiative, "metro": .corridor, "bridge": .corridor, "tunnel": .corridor, "project": .initiative,
        "road": .corridor, "motorway": .corridor, "expressway": .corridor,
    ]

    /// Deals a name and a modifier or two describe: "the Mes Aynak copper lease", "the Port Sudan base agreement".
    static let dealNouns: WordMap<Framework.Kind> = [
        "agreement": .agreement, "contract": .agreement, "lease": .agreement, "deal": .agreement, "concession": .agreement,
    ]

    /// Lower-case nouns after a capital that make a standing format or an agreement: "the Astana format", "the Tehran
    /// declaration".
    static let capitalNamedNouns: WordMap<Framework.Kind> = [
        "format": .summit, "process": .summit, "declaration": .agreement, "accord": .agreement,
        "accords": .agreement, "agreement": .agreement, "agreements": .agreement, "protocol": .agreement, "track": .summit,
    ]

    /// Lower-case nouns after a place for a meeting or a truce held there: "the Khujand summit", "the Istanbul talks",
    /// "the Doha ceasefire". Analysts track these as formats and agreements in their own right.
    static let placeNamedNouns: WordMap<Framework.Kind> = [
        "summit": .summit, "talks": .summit, "ceasefire": .agreement, "truce": .agreement,
    ]

    /// Lower-case nouns that parties joined by dashes name, besides a framework's usual trailing nouns: "the US–Houthi
    /// truce", "a China–Bangladesh–Pakistan trilateral meeting", "the EU–Turkey customs union".
    static let partyNamedNouns: WordMap<Framework.Kind> = [
        "ceasefire": .agreement, "truce": .agreement, "declaration": .agreement, "statement": .agreement, "charter": .agreement,
        "convention": .agreement, "protocol": .agreement, "union": .agreement, "roadmap": .initiative, "meeting": .summit,
        "talks": .summit, "committee": .institution, "process": .initiative, "settlement": .agreement, "consultations": .summit,
        "understanding": .agreement, "framework": .agreement, "alliance": .agreement,
    ]

    /// Heads that open a body's name in Spanish, Portuguese, French and other languages where the head comes first:
    /// "Centro de Estudios del Pacífico", "Société Mauritanienne des Hydrocarbures", "Partido Socialista".
    static let openingOrganisationWords: WordMap<Actor.Kind> = [
        "Centro": .organization, "Instituto": .organization, "Institut": .organization, "Fundación": .organization,
        "Fundação": .organization, "Fondation": .organization, "Observatorio": .organization, "Observatoire": .organization,
        "Universidad": .organization, "Universidade": .organization, "Université": .organization, "Partido": .organization,
        "Parti": .organization, "Movimiento": .organization, "Mouvement": .organization, "Frente": .organization,
        "Consejo": .organization, "Conseil": .organization, "Ministerio": .organization, "Ministère": .organization,
        "Agencia": .organization, "Agence": .organization, "Banco": .organization, "Banque": .organization,
        "Société": .company, "Sociedad": .company, "Compagnie": .company, "Compañía": .company, "Companhia": .company,
        "Empresa": .company, "Grupo": .company, "Groupe": .company, "Petróleos": .company, "Corporación": .company,
        // German, Italian and Polish heads that open a name too: "Stiftung Wissenschaft und Politik", "Istituto Affari
        // Internazionali", "Ośrodek Studiów Wschodnich".
        "Stiftung": .organization, "Gesellschaft": .organization, "Zentrum": .organization, "Istituto": .organization,
        "Fondazione": .organization, "Osservatorio": .organization, "Instytut": .organization, "Ośrodek": .organization,
        "Fundacja": .organization, "Centrum": .organization,
    ]

    /// Capitalised words that open a framework's name whatever ends it: "Operation Sindoor", "Exercise Zapad", "Agreement
    /// on the Use of Water and Energy Resources" (a name "Resources" ends is otherwise a company's).
    static let openingFrameworkWords: WordMap<Framework.Kind> = [
        "Operation": .initiative, "Exercise": .initiative, "Agreement": .agreement, "Treaty": .agreement, "Convention": .agreement,
        "Protocol": .agreement, "Declaration": .agreement, "Memorandum": .agreement, "Decree": .initiative,
    ]

    /// Lower-case nouns that belong to the framework's name, which says little without them: "the Third Neighbour
    /// policy", "the Abraham Accords deal". Meetings after a place are `placeNamedNouns`.
    static let namedTrailingNouns: WordMap<Framework.Kind> = [
        "policy": .concept, "doctrine": .concept, "scheme": .initiative, "deal": .agreement, "pact": .agreement,
        "accord": .agreement, "memorandum": .agreement, "dialogue": .summit, "swap": .agreement, "contract": .agreement,
        "agreement": .agreement, "treaty": .agreement, "mechanism": .institution, "list": .initiative, "visa": .initiative,
        "amendment": .initiative, "protocol": .agreement, "declaration": .agreement, "talks": .summit, "consultations": .summit,
    ]

    /// Lower-case nouns for what parties sign or set up, which a description can make a framework of: "signed a
    /// two-year supply agreement", "agreed a swap", "set up a donor coordination committee".
    static let describedInstruments: WordMap<Framework.Kind> = [
        "agreement": .agreement, "memorandum": .agreement, "treaty": .agreement, "accord": .agreement, "protocol": .agreement,
        "contract": .agreement, "deal": .agreement, "declaration": .agreement, "pact": .agreement, "charter": .agreement, "arrangement": .agreement,
        "convention": .agreement, "swap": .agreement, "ceasefire": .agreement, "truce": .agreement, "roadmap": .initiative,
        "partnership": .initiative, "programme": .initiative, "program": .initiative, "plan": .initiative, "strategy": .initiative,
        "initiative": .initiative, "package": .initiative, "dialogue": .summit, "format": .summit, "fund": .institution,
        "committee": .institution, "mechanism": .institution, "platform": .summit, "summit": .summit, "group": .institution,
        "framework": .agreement, "statement": .agreement, "communiqué": .agreement, "communique": .agreement,
        "meeting": .summit,
    ]
}
