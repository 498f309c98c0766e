import DossierModel

/// The actor network: actors and frameworks as nodes, and three kinds of relation between them.
///
/// Nodes and edges are kept in a fixed order (nodes by mentions, then name; edges by endpoints and
/// relation) so every format written from a network is the same from one run to the next.
public struct ActorNetwork: Sendable, Equatable {
    /// Most mentioned first, then by name.
    public var nodes: [Node]
    /// By source, target and relation.
    public var edges: [Edge]

    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// An actor or a framework.
    public struct Node: Sendable, Equatable, Identifiable {
        /// The actor's or framework's id in the model.
        public var id: EntityID
        /// The canonical name, shown as the label.
        public var name: String
        /// Actor or framework, and of which kind.
        public var kind: NodeKind
        /// Mentions inside the part of the corpus the network was built from.
        public var mentions: Int

        public init(id: EntityID, name: String, kind: NodeKind, mentions: Int) {
            self.id = id
            self.name = name
            self.kind = kind
            self.mentions = mentions
        }
    }

    /// A weighted relation between two nodes (by id).
    public struct Edge: Sendable, Equatable {
        /// The speaker or sponsor for directed relations; the id that sorts first for co-occurrence.
        public var source: EntityID
        /// What is spoken of or sponsored; the id that sorts second for co-occurrence.
        public var target: EntityID
        /// Why the two are linked.
        public var relation: Relation
        /// How many sentences, claims or stances support the relation.
        public var weight: Int

        public init(source: EntityID, target: EntityID, relation: Relation, weight: Int) {
            self.source = source
            self.target = target
            self.relation = relation
            self.weight = weight
        }
    }

    /// Why two nodes are linked.
    public enum Relation: String, Sendable, CaseIterable, Comparable {
        /// Both are mentioned in the same sentence (undirected; source sorts before target).
        case cooccurs
        /// The source, a speaker, mentions the target in a claim.
        case claims
        /// The source proposed, launched, backs or leads the target framework.
        case sponsors

        /// Whether the edge points from speaker or sponsor to what it is about.
        public var isDirected: Bool { self != .cooccurs }

        /// Co-occurrence, then claims, then sponsorship: the order edges are listed in.
        public static func < (lhs: Relation, rhs: Relation) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Keeps the `limit` most mentioned nodes and the edges between them, for pictures that must stay
    /// readable. The order of what remains is unchanged.
    public func keepingMostMentioned(_ limit: Int) -> ActorNetwork {
        guard nodes.count > limit else { return self }
        let kept = Set(nodes.prefix(max(0, limit)).map(\.id))
        return ActorNetwork(
            nodes: nodes.filter { kept.contains($0.id) },
            edges: edges.filter { kept.contains($0.source) && kept.contains($0.target) }
        )
    }
}

/// What a node stands for: an actor of some kind, or a framework of some kind.
public enum NodeKind: Sendable, Hashable, Comparable {
    case actor(Actor.Kind)
    case framework(Framework.Kind)

    /// `state`, `person`… for actors; `framework`-prefixed for frameworks (`framework/pipeline`), so the
    /// two families never share a name.
    public var name: String {
        switch self {
        case .actor(let kind): kind.rawValue
        case .framework(let kind): "framework/" + kind.rawValue
        }
    }

    /// Words for a legend: "state", "framework: pipeline".
    public var legendName: String {
        switch self {
        case .actor(let kind): kind.rawValue
        case .framework(let kind): "framework: " + kind.rawValue
        }
    }

    /// Whether the node is a framework rather than an actor.
    public var isFramework: Bool {
        if case .framework = self { return true }
        return false
    }

    /// Actor kinds in the model's order, then framework kinds: the order of the legend.
    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool { lhs.order < rhs.order }

    private var order: Int {
        switch self {
        case .actor(let kind): Actor.Kind.allCases.firstIndex(of: kind)!
        case .framework(let kind): 100 + Framework.Kind.allCases.firstIndex(of: kind)!
        }
    }
}
