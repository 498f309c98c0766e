import Foundation

/// How a node kind looks in every picture: a fill colour and a shape. Shapes separate the families
/// (people round, places hexagonal, organisations square, frameworks diamonds), so the network stays
/// readable in print and for readers who do not tell the colours apart.
struct NodeStyle: Sendable, Equatable {
    enum Shape: String, Sendable {
        case circle, square, hexagon, diamond

        /// The Graphviz shape of the same name.
        var dotName: String {
            switch self {
            case .circle: "circle"
            case .square: "box"
            case .hexagon: "hexagon"
            case .diamond: "diamond"
            }
        }
    }

    var shape: Shape
    var fill: String
    var stroke: String

    static func of(_ kind: NodeKind) -> NodeStyle {
        switch kind {
        case .actor(let kind):
            switch kind {
            case .state: NodeStyle(shape: .hexagon, fill: "#4e79a7", stroke: "#2c4a6b")
            case .region: NodeStyle(shape: .hexagon, fill: "#a0cbe8", stroke: "#4e79a7")
            case .city: NodeStyle(shape: .hexagon, fill: "#86bcb6", stroke: "#3f7a73")
            case .bloc: NodeStyle(shape: .hexagon, fill: "#499894", stroke: "#2a5c59")
            case .person: NodeStyle(shape: .circle, fill: "#f28e2b", stroke: "#9c5414")
            case .group: NodeStyle(shape: .circle, fill: "#ffbe7d", stroke: "#b07020")
            case .organization: NodeStyle(shape: .square, fill: "#59a14f", stroke: "#2f6129")
            case .company: NodeStyle(shape: .square, fill: "#8cd17d", stroke: "#3f7a34")
            case .media: NodeStyle(shape: .square, fill: "#b6992d", stroke: "#6d5a18")
            }
        case .framework(let kind):
            switch kind {
            case .initiative: NodeStyle(shape: .diamond, fill: "#e15759", stroke: "#8f2d2f")
            case .organization: NodeStyle(shape: .diamond, fill: "#ff9d9a", stroke: "#b04d4a")
            case .agreement: NodeStyle(shape: .diamond, fill: "#b07aa1", stroke: "#6b4262")
            case .pipeline: NodeStyle(shape: .diamond, fill: "#9d7660", stroke: "#5e4434")
            case .corridor: NodeStyle(shape: .diamond, fill: "#d37295", stroke: "#8a3d5a")
            case .summit: NodeStyle(shape: .diamond, fill: "#fabfd2", stroke: "#b0637c")
            case .concept: NodeStyle(shape: .diamond, fill: "#d4a6c8", stroke: "#7d5272")
            case .institution: NodeStyle(shape: .diamond, fill: "#bab0ac", stroke: "#6b625e")
            }
        }
    }

    static let smallestRadius = 6.0
    static let largestRadius = 22.0

    /// Node radius by mentions: area grows with the count, so a node mentioned four times as often
    /// looks about four times as big.
    static func radius(mentions: Int, largest: Int) -> Double {
        let share = Double(max(0, mentions)) / Double(max(1, largest))
        return smallestRadius + (largestRadius - smallestRadius) * share.squareRoot()
    }
}

/// How a relation is drawn.
struct EdgeStyle: Sendable {
    var color: String
    var dashed: Bool

    static func of(_ relation: ActorNetwork.Relation) -> EdgeStyle {
        switch relation {
        case .cooccurs: EdgeStyle(color: "#9aa3ad", dashed: false)
        case .claims: EdgeStyle(color: "#c0504d", dashed: false)
        case .sponsors: EdgeStyle(color: "#2f6fb3", dashed: true)
        }
    }

    /// Stroke width by weight, growing slowly so one heavy pair does not swamp the picture.
    static func width(weight: Int) -> Double {
        min(8, 0.8 + 1.2 * log2(Double(max(1, weight))))
    }
}
