import DossierModel

/// Equality, ordering and display of values, including the entity rule: an actor or framework equals
/// a string that is its name, any alias or acronym, or (for a person) the surname, ignoring case.
struct ValueSemantics: Sendable {
    let index: CorpusIndex

    func equal(_ left: Value, _ right: Value) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.row(let a), .row(let b)): return a == b
        case (.row(let reference), .string(let name)), (.string(let name), .row(let reference)):
            return matches(reference, name: name)
        case (.date(let a), .date(let b)): return Self.datesAgree(a, b)
        case (.date(let date), .string(let text)), (.string(let text), .date(let date)):
            return PartialDate(text).map { Self.datesAgree(date, $0) } ?? false
        case (.date(let date), .int(let year)), (.int(let year), .date(let date)): return date.year == year
        case (.row(let reference), .list(let items)), (.list(let items), .row(let reference)):
            return items.contains { equal(.row(reference), $0) }
        case (.list(let items), .string), (.string, .list(let items)):
            let other = left == .list(items) ? right : left
            return items.contains { equal($0, other) }
        case (.int(let a), .int(let b)): return a == b
        case (.int, .double), (.double, .int), (.double, .double): return left.number == right.number
        default: return left == right
        }
    }

    /// `2023-03-05 == 2023-03` holds: dates agree on every part both of them know.
    static func datesAgree(_ a: PartialDate, _ b: PartialDate) -> Bool {
        guard a.year == b.year else { return false }
        guard let am = a.month, let bm = b.month else { return true }
        guard am == bm else { return false }
        guard let ad = a.day, let bd = b.day else { return true }
        return ad == bd
    }

    func matches(_ reference: RowReference, name: String) -> Bool {
        switch reference.source {
        case .actors, .frameworks: return index.entities(named: name, in: reference.source).contains(reference.index)
        case .articles:
            let article = index.articles[Int(reference.index)]
            return article.id == name || article.title.lowercased() == name.lowercased()
        default: return label(reference) == name
        }
    }

    /// Total order for sorting: null first, then booleans, numbers, text, dates, rows (by label), lists.
    func compare(_ left: Value, _ right: Value) -> Int {
        func rank(_ value: Value) -> Int {
            switch value {
            case .null: 0
            case .bool: 1
            case .int, .double: 2
            case .string: 3
            case .date: 4
            case .row: 5
            case .list: 6
            }
        }
        switch (left, right) {
        case (.bool(let a), .bool(let b)): return a == b ? 0 : (a ? 1 : -1)
        case (.int(let a), .int(let b)): return a < b ? -1 : a == b ? 0 : 1
        case (.int, .double), (.double, .int), (.double, .double):
            let a = left.number!, b = right.number!
            return a < b ? -1 : a == b ? 0 : 1
        case (.string(let a), .string(let b)): return a < b ? -1 : a == b ? 0 : 1
        case (.date(let a), .date(let b)): return a < b ? -1 : a == b ? 0 : 1
        case (.date(let a), .string(let text)):
            guard let b = PartialDate(text) else { return 1 }
            return a < b ? -1 : a == b ? 0 : 1
        case (.date(let a), .int(let year)): return a.year < year ? -1 : a.year == year ? 0 : 1
        case (.int(let year), .date(let b)): return year < b.year ? -1 : year == b.year ? 0 : 1
        case (.string(let text), .date(let b)):
            guard let a = PartialDate(text) else { return -1 }
            return a < b ? -1 : a == b ? 0 : 1
        case (.row(let a), .row(let b)):
            if a.source != b.source { return a.source < b.source ? -1 : 1 }
            let la = label(a), lb = label(b)
            return la < lb ? -1 : la == lb ? 0 : 1
        case (.list(let a), .list(let b)):
            for (x, y) in zip(a, b) {
                let order = compare(x, y)
                if order != 0 { return order }
            }
            return a.count < b.count ? -1 : a.count == b.count ? 0 : 1
        default:
            let a = rank(left), b = rank(right)
            return a < b ? -1 : a == b ? 0 : 1
        }
    }

    /// How a row reads: a name for entities, an id for articles, claims and events, the words for mentions and sentences.
    func label(_ reference: RowReference) -> String {
        let position = Int(reference.index)
        switch reference.source {
        case .articles: return index.articles[position].id
        case .actors: return index.actors[position].name
        case .frameworks: return index.frameworks[position].name
        case .claims: return index.claims[position].id
        case .events: return index.events[position].id
        case .mentions: return index.mention(index.mentions[position]).text
        case .sentences: return index.sentence(reference.index).text
        }
    }

    /// The text `has`, `contains` and `matches` search in: strings as they are, rows by their label.
    func searchText(_ value: Value) -> String? {
        switch value {
        case .string(let text): text
        case .row(let reference): label(reference)
        case .int(let number): String(number)
        case .date(let date): date.description
        default: nil
        }
    }

    /// A value as plain text, for `string()`, joins and rendering.
    func text(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): Self.format(number)
        case .string(let text): text
        case .date(let date): date.description
        case .row(let reference): label(reference)
        case .list(let items): items.map(text).joined(separator: ", ")
        }
    }

    static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        let rounded = (number * 1000).rounded() / 1000
        return String(rounded)
    }
}
