/// The kinds of rows a query can range over; each has a field table (see `Schema`).
public enum SourceKind: String, Hashable, Sendable, CaseIterable, Comparable {
    case articles, actors, frameworks, claims, events, mentions, sentences

    /// The name a joined row of this source gets by default (`claims` → `claim`).
    public var singular: String { String(rawValue.dropLast()) }

    public static func < (lhs: SourceKind, rhs: SourceKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
