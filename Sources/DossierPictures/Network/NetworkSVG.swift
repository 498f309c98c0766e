/// Draws an actor network as a self-contained SVG: nodes sized by mentions, coloured and shaped by
/// kind, edges as wide as their weight, labels that never overlap, and a legend.
public struct NetworkSVG: Sendable {
    /// The seed used when none is given; the same seed always gives the same picture.
    public static let defaultSeed: UInt64 = ForceLayout().seed

    /// The heading drawn at the top left and read by screen readers.
    public var title: String
    /// Prefixes element ids (arrow markers), so several pictures can share one HTML page.
    public var idPrefix: String
    /// Starts the force-directed layout.
    public var seed: UInt64

    public init(title: String = "Actor network", idPrefix: String = "net", seed: UInt64 = NetworkSVG.defaultSeed) {
        self.title = title
        self.idPrefix = idPrefix
        self.seed = seed
    }

    static let legendWidth = 190.0
    static let titleHeight = 28.0

    /// The whole picture as a standalone SVG document (also fit to inline in HTML).
    public func render(_ network: ActorNetwork) -> String {
        render(NetworkLayout(network: network, seed: seed), edges: network.edges)
    }

    func render(_ layout: NetworkLayout, edges: [ActorNetwork.Edge]) -> String {
        let legend = legendLines(for: layout)
        let legendHeight = 24 + Double(legend.count) * 20
        let width = layout.bounds.width + Self.legendWidth
        let height = max(layout.bounds.height, legendHeight + 16) + Self.titleHeight
        var out: [String] = [SVGFormat.open(width: width, height: height, label: title)]
        out.append("<title>\(MarkupEscaping.text(title))</title>")
        out.append("<defs>" + ActorNetwork.Relation.allCases.filter(\.isDirected).map { relation in
            "<marker id=\"\(idPrefix)-arrow-\(relation.rawValue)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
                + "markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(EdgeStyle.of(relation).color)\"/></marker>"
        }.joined() + "</defs>")
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        out.append("<text x=\"16\" y=\"20\" font-size=\"14\" font-weight=\"bold\" fill=\"#222\">\(MarkupEscaping.text(title))</text>")
        out.append("<g transform=\"translate(0,\(SVGFormat.number(Self.titleHeight)))\">")
        out.append(contentsOf: edgeElements(layout, edges: edges))
        out.append(contentsOf: nodeElements(layout))
        out.append(contentsOf: labelElements(layout))
        out.append("<g class=\"legend\" transform=\"translate(\(SVGFormat.number(layout.bounds.width)),0)\">")
        out.append(contentsOf: legend)
        out.append("</g></g></svg>")
        return out.joined(separator: "\n") + "\n"
    }

    private func edgeElements(_ layout: NetworkLayout, edges: [ActorNetwork.Edge]) -> [String] {
        var index: [String: Int] = [:]
        for (position, placed) in layout.nodes.enumerated() { index[placed.node.id] = position }
        var lines = ["<g class=\"edges\" fill=\"none\">"]
        for edge in edges {
            guard let from = index[edge.source], let to = index[edge.target], from != to else { continue }
            let a = layout.nodes[from], b = layout.nodes[to]
            let style = EdgeStyle.of(edge.relation)
            let dx = b.centre.x - a.centre.x, dy = b.centre.y - a.centre.y
            let length = max(0.01, (dx * dx + dy * dy).squareRoot())
            // Stop short of the target so the arrowhead stays visible outside its shape.
            let trim = edge.relation.isDirected ? b.radius * 1.2 + 2 : 0
            let end = Point(x: b.centre.x - dx / length * trim, y: b.centre.y - dy / length * trim)
            var attributes = "stroke=\"\(style.color)\" stroke-width=\"\(SVGFormat.number(EdgeStyle.width(weight: edge.weight)))\""
            attributes += " stroke-opacity=\"0.75\""
            if style.dashed { attributes += " stroke-dasharray=\"6 4\"" }
            if edge.relation.isDirected { attributes += " marker-end=\"url(#\(idPrefix)-arrow-\(edge.relation.rawValue))\"" }
            let path: String
            if edge.relation == .claims {
                // Claims bend to one side so they stay apart from a co-occurrence line between the same pair.
                let control = Point(x: (a.centre.x + end.x) / 2 - dy / length * length * 0.15,
                                    y: (a.centre.y + end.y) / 2 + dx / length * length * 0.15)
                path = "M\(SVGFormat.number(a.centre.x)),\(SVGFormat.number(a.centre.y)) "
                    + "Q\(SVGFormat.number(control.x)),\(SVGFormat.number(control.y)) "
                    + "\(SVGFormat.number(end.x)),\(SVGFormat.number(end.y))"
            } else {
                path = "M\(SVGFormat.number(a.centre.x)),\(SVGFormat.number(a.centre.y)) "
                    + "L\(SVGFormat.number(end.x)),\(SVGFormat.number(end.y))"
            }
            let tip = "\(a.node.name) \(Self.verb(edge.relation)) \(b.node.name) (\(edge.weight)×)"
            lines.append("<path d=\"\(path)\" \(attributes)><title>\(MarkupEscaping.text(tip))</title></path>")
        }
        lines.append("</g>")
        return lines
    }

    private func nodeElements(_ layout: NetworkLayout) -> [String] {
        var lines = ["<g class=\"nodes\">"]
        for placed in layout.nodes {
            let style = NodeStyle.of(placed.node.kind)
            let tip = "\(placed.node.name): \(placed.node.kind.legendName), \(placed.node.mentions) mention\(placed.node.mentions == 1 ? "" : "s")"
            lines.append("<g class=\"node\" data-id=\"\(MarkupEscaping.attribute(placed.node.id))\">"
                + "<title>\(MarkupEscaping.text(tip))</title>"
                + SVGFormat.shape(style.shape, centre: placed.centre, radius: placed.radius,
                                  attributes: "fill=\"\(style.fill)\" stroke=\"\(style.stroke)\" stroke-width=\"1.5\"")
                + "</g>")
        }
        lines.append("</g>")
        return lines
    }

    private func labelElements(_ layout: NetworkLayout) -> [String] {
        var lines = ["<g class=\"labels\" font-size=\"\(SVGFormat.number(NetworkLayout.labelFontSize))\" fill=\"#1a1a1a\">"]
        for placed in layout.nodes {
            let box = placed.label
            let nearest = Point(x: min(max(placed.centre.x, box.x), box.maxX), y: min(max(placed.centre.y, box.y), box.maxY))
            let dx = nearest.x - placed.centre.x, dy = nearest.y - placed.centre.y
            if (dx * dx + dy * dy).squareRoot() > placed.radius * 1.3 + 6 {
                lines.append("<line x1=\"\(SVGFormat.number(placed.centre.x))\" y1=\"\(SVGFormat.number(placed.centre.y))\" "
                    + "x2=\"\(SVGFormat.number(nearest.x))\" y2=\"\(SVGFormat.number(nearest.y))\" stroke=\"#777\" stroke-width=\"0.6\"/>")
            }
            // The box's top-left plus the font's ascent gives the baseline.
            lines.append("<text class=\"label\" x=\"\(SVGFormat.number(box.x + 1))\" y=\"\(SVGFormat.number(box.y + 11))\" "
                + "data-box=\"\(SVGFormat.number(box.x)) \(SVGFormat.number(box.y)) \(SVGFormat.number(box.width)) \(SVGFormat.number(box.height))\" "
                + "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">\(MarkupEscaping.text(placed.node.name))</text>")
        }
        lines.append("</g>")
        return lines
    }

    private func legendLines(for layout: NetworkLayout) -> [String] {
        let kinds = Set(layout.nodes.map(\.node.kind)).sorted()
        var lines = ["<text x=\"8\" y=\"14\" font-size=\"12\" font-weight=\"bold\" fill=\"#222\">Legend</text>"]
        var y = 34.0
        for kind in kinds {
            let style = NodeStyle.of(kind)
            lines.append(SVGFormat.shape(style.shape, centre: Point(x: 16, y: y - 4), radius: 6,
                                         attributes: "fill=\"\(style.fill)\" stroke=\"\(style.stroke)\""))
            lines.append("<text x=\"30\" y=\"\(SVGFormat.number(y))\" font-size=\"11\" fill=\"#222\">\(MarkupEscaping.text(kind.legendName))</text>")
            y += 20
        }
        for relation in ActorNetwork.Relation.allCases {
            let style = EdgeStyle.of(relation)
            let dash = style.dashed ? " stroke-dasharray=\"6 4\"" : ""
            let marker = relation.isDirected ? " marker-end=\"url(#\(idPrefix)-arrow-\(relation.rawValue))\"" : ""
            lines.append("<line x1=\"6\" y1=\"\(SVGFormat.number(y - 4))\" x2=\"26\" y2=\"\(SVGFormat.number(y - 4))\" "
                + "stroke=\"\(style.color)\" stroke-width=\"2\"\(dash)\(marker)/>")
            lines.append("<text x=\"30\" y=\"\(SVGFormat.number(y))\" font-size=\"11\" fill=\"#222\">\(Self.legendText(relation))</text>")
            y += 20
        }
        lines.append("<text x=\"8\" y=\"\(SVGFormat.number(y))\" font-size=\"10\" fill=\"#555\">size: mentions; width: weight</text>")
        return lines
    }

    static func verb(_ relation: ActorNetwork.Relation) -> String {
        switch relation {
        case .cooccurs: "appears with"
        case .claims: "speaks of"
        case .sponsors: "sponsors"
        }
    }

    static func legendText(_ relation: ActorNetwork.Relation) -> String {
        switch relation {
        case .cooccurs: "same sentence"
        case .claims: "speaker → mentioned"
        case .sponsors: "sponsor → framework"
        }
    }
}
