/// Writes an actor network as GraphML, the XML graph format Gephi, yEd and NetworkX open.
///
/// Node attributes: `label`, `kind`, `mentions`; edge attributes: `relation`, `weight`. The graph is
/// directed throughout (claims and sponsorship have a direction); a `cooccurs` edge runs from the id
/// that sorts first and its direction means nothing. Marking those edges `directed="false"` would be
/// more exact, but NetworkX and other readers refuse graphs that mix the two.
public enum GraphMLWriter {
    /// The network as a GraphML document, nodes first, then edges, in the network's order.
    public static func write(_ network: ActorNetwork) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
            "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>",
            "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>",
            "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>",
            "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>",
            "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>",
            "  <graph id=\"dossier\" edgedefault=\"directed\">",
        ]
        for node in network.nodes {
            lines.append("    <node id=\"\(MarkupEscaping.attribute(node.id))\">")
            lines.append("      <data key=\"label\">\(MarkupEscaping.text(node.name))</data>")
            lines.append("      <data key=\"kind\">\(MarkupEscaping.text(node.kind.name))</data>")
            lines.append("      <data key=\"mentions\">\(node.mentions)</data>")
            lines.append("    </node>")
        }
        for (position, edge) in network.edges.enumerated() {
            lines.append(
                "    <edge id=\"e\(position)\" source=\"\(MarkupEscaping.attribute(edge.source))\" "
                    + "target=\"\(MarkupEscaping.attribute(edge.target))\">")
            lines.append("      <data key=\"relation\">\(edge.relation.rawValue)</data>")
            lines.append("      <data key=\"weight\">\(edge.weight)</data>")
            lines.append("    </edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
