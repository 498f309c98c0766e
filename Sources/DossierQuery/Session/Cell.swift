import DossierModel

/// One value of a result as renderers see it: references are already turned into readable labels.
public enum Cell: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case text(String)
    case date(PartialDate)
    case list([Cell])
    /// An actor, framework, claim, article… shown by `label` (a name, an id, the words), identified by `id`.
    case reference(source: SourceKind, id: String, label: String)

    /// The cell as plain text: lists joined with ", ", null as the empty string.
    public var plainText: String {
        switch self {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .number(let number): ValueSemantics.format(number)
        case .text(let text): text
        case .date(let date): date.description
        case .list(let items): items.map(\.plainText).joined(separator: ", ")
        case .reference(_, _, let label): label
        }
    }

    init(_ value: Value, semantics: ValueSemantics) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .double(let number): self = .number(number)
        case .string(let text): self = .text(text)
        case .date(let date): self = .date(date)
        case .list(let items): self = .list(items.map { Cell($0, semantics: semantics) })
        case .row(let reference):
            self = .reference(source: reference.source, id: Self.id(of: reference, semantics.index), label: semantics.label(reference))
        }
    }

    private static func id(of reference: RowReference, _ index: CorpusIndex) -> String {
        let position = Int(reference.index)
        switch reference.source {
        case .articles: return index.articles[position].id
        case .actors: return index.actors[position].id
        case .frameworks: return index.frameworks[position].id
        case .claims: return index.claims[position].id
        case .events: return index.events[position].id
        case .mentions: return "mention-\(position + 1)"
        case .sentences:
            let article = index.articles[Int(index.sentenceArticle[position])].id
            return "\(article)#\(index.sentenceLocal[position])"
        }
    }
}
