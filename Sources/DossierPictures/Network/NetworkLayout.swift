/// Where everything of a network picture goes: node centres and sizes, label boxes, and the size of
/// the drawing. Separate from the SVG text so tests can check the geometry itself.
struct NetworkLayout: Sendable {
    struct PlacedNode: Sendable {
        var node: ActorNetwork.Node
        var centre: Point
        var radius: Double
        /// The box the label's text occupies.
        var label: Box
    }

    var nodes: [PlacedNode]
    /// The area nodes and labels occupy, with a margin; the legend goes to its right.
    var bounds: Box

    static let labelFontSize = 11.0
    static let labelHeight = 14.0
    static let margin = 16.0

    /// Lays out `network` with a force-directed simulation started from `seed`, then places labels.
    init(network: ActorNetwork, seed: UInt64 = ForceLayout().seed) {
        let largest = max(1, network.nodes.map(\.mentions).max() ?? 1)
        let radii = network.nodes.map { NodeStyle.radius(mentions: $0.mentions, largest: largest) }
        var position: [String: Int] = [:]
        for (index, node) in network.nodes.enumerated() { position[node.id] = index }
        var links: [ForceLayout.Link] = []
        for edge in network.edges {
            guard let from = position[edge.source], let to = position[edge.target] else { continue }
            links.append(ForceLayout.Link(from: from, to: to, weight: Double(edge.weight)))
        }
        let side = max(420, 95 * Double(network.nodes.count).squareRoot())
        let centres = ForceLayout(seed: seed).positions(radii: radii, links: links, side: side)
        let requests = network.nodes.indices.map { index in
            LabelPlacement.Request(
                anchor: centres[index], radius: radii[index],
                width: TextMetrics.width(of: network.nodes[index].name, fontSize: Self.labelFontSize) + 2,
                height: Self.labelHeight)
        }
        let labels = LabelPlacement.place(requests)

        var extent = Box(x: 0, y: 0, width: 0, height: 0)
        for index in network.nodes.indices {
            let reach = radii[index] * 1.25
            let nodeBox = Box(x: centres[index].x - reach, y: centres[index].y - reach, width: 2 * reach, height: 2 * reach)
            extent = index == 0 ? nodeBox.union(labels[index]) : extent.union(nodeBox).union(labels[index])
        }
        // Shift everything so the drawing starts at the margin.
        let shiftX = Self.margin - extent.x, shiftY = Self.margin - extent.y
        nodes = network.nodes.indices.map { index in
            var label = labels[index]
            label.x += shiftX
            label.y += shiftY
            return PlacedNode(
                node: network.nodes[index], centre: Point(x: centres[index].x + shiftX, y: centres[index].y + shiftY),
                radius: radii[index], label: label)
        }
        bounds = Box(x: 0, y: 0, width: extent.width + 2 * Self.margin, height: extent.height + 2 * Self.margin)
    }
}
