/// Writes an actor network as a Graphviz DOT digraph (`dot -Tsvg network.dot`).
///
/// Co-occurrence edges have no arrowhead (`dir=none`); claim and sponsor edges point from the speaker
/// or sponsor. Every name is a quoted, escaped DOT string, so article text cannot break the file.
public enum DotWriter {
    /// The network as a DOT file, nodes first, then edges, in the network's order.
    public static func write(_ network: ActorNetwork) -> String {
        var lines = [
            "digraph dossier {",
            "  graph [overlap=false, splines=true, outputorder=edgesfirst];",
            "  node [style=filled, fontname=\"Helvetica\", fontsize=10];",
        ]
        let largest = max(1, network.nodes.map(\.mentions).max() ?? 1)
        for node in network.nodes {
            let style = NodeStyle.of(node.kind)
            let size = NodeStyle.radius(mentions: node.mentions, largest: largest) / 36
            lines.append(
                "  \(DotEscaping.quoted(node.id)) [label=\(DotEscaping.quoted(node.name)), "
                    + "shape=\(style.shape.dotName), fillcolor=\"\(style.fill)\", color=\"\(style.stroke)\", "
                    + "width=\(format(size * 2)), kind=\(DotEscaping.quoted(node.kind.name)), mentions=\(node.mentions)];")
        }
        for edge in network.edges {
            let style = EdgeStyle.of(edge.relation)
            var attributes = [
                "relation=\(edge.relation.rawValue)", "weight=\(edge.weight)",
                "penwidth=\(format(EdgeStyle.width(weight: edge.weight)))", "color=\"\(style.color)\"",
            ]
            if !edge.relation.isDirected { attributes.append("dir=none") }
            if style.dashed { attributes.append("style=dashed") }
            lines.append(
                "  \(DotEscaping.quoted(edge.source)) -> \(DotEscaping.quoted(edge.target)) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func format(_ value: Double) -> String {
        String((value * 100).rounded() / 100)
    }
}
