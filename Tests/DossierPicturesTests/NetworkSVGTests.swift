import DossierModel
import Testing
@testable import DossierPictures

@Suite struct NetworkSVGTests {
    let network = ActorNetwork(corpus: FixtureCorpus.corpus())

    private func labelBoxes(_ xml: XMLCheck) -> [Box] {
        xml.elements(named: "text").compactMap { $0.attributes["data-box"] }.map { text in
            let numbers = text.split(separator: " ").compactMap { Double($0) }
            return Box(x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3])
        }
    }

    @Test func svgParsesWithANodeAndALabelPerActor() throws {
        let xml = try #require(XMLCheck.parse(NetworkSVG().render(network)))
        #expect(xml.elements.first?.name == "svg")
        #expect(xml.elements.first?.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        let nodes = xml.elements(named: "g").filter { $0.attributes["class"] == "node" }
        #expect(nodes.count == network.nodes.count)
        #expect(labelBoxes(xml).count == network.nodes.count)
        // One path per edge, each with a tooltip naming both ends.
        #expect(xml.elements(named: "path").filter { $0.attributes["stroke-width"] != nil }.count == network.edges.count)
    }

    @Test func legendNamesEveryKindDrawn() throws {
        let xml = try #require(XMLCheck.parse(NetworkSVG().render(network)))
        let texts = Set(xml.elements(named: "text").map(\.text))
        for kind in Set(network.nodes.map(\.kind)) { #expect(texts.contains(kind.legendName)) }
        #expect(texts.contains("same sentence") && texts.contains("speaker → mentioned") && texts.contains("sponsor → framework"))
    }

    @Test func labelBoxesInTheSVGDoNotIntersect() throws {
        let xml = try #require(XMLCheck.parse(NetworkSVG().render(Self.crowded(60))))
        let boxes = labelBoxes(xml)
        #expect(boxes.count == 60)
        for first in boxes.indices {
            for second in boxes.indices where second > first {
                #expect(!boxes[first].intersects(boxes[second]), "labels \(first) and \(second) overlap")
            }
        }
    }

    @Test func everythingFitsInsideTheViewBox() throws {
        let svg = NetworkSVG().render(Self.crowded(40))
        let xml = try #require(XMLCheck.parse(svg))
        let viewBox = try #require(xml.elements.first?.attributes["viewBox"]).split(separator: " ").compactMap { Double($0) }
        for box in labelBoxes(xml) {
            // Labels sit in a group shifted down by the title band.
            #expect(box.x >= 0 && box.maxX <= viewBox[2])
            #expect(box.y + NetworkSVG.titleHeight >= 0 && box.maxY + NetworkSVG.titleHeight <= viewBox[3])
        }
    }

    @Test func theSameSeedDrawsTheSamePictureAndAnotherSeedMovesIt() {
        let first = NetworkSVG(seed: 7).render(network)
        #expect(NetworkSVG(seed: 7).render(network) == first)
        #expect(NetworkSVG(seed: 8).render(network) != first)
    }

    @Test(arguments: [12, 60, 120])
    func nodeShapesDoNotOverlap(count: Int) {
        let layout = NetworkLayout(network: Self.crowded(count))
        for first in layout.nodes.indices {
            for second in layout.nodes.indices where second > first {
                let a = layout.nodes[first], b = layout.nodes[second]
                let dx = a.centre.x - b.centre.x, dy = a.centre.y - b.centre.y
                #expect((dx * dx + dy * dy).squareRoot() >= (a.radius + b.radius) * 1.25, "nodes \(first) and \(second) overlap")
            }
        }
    }

    @Test func biggerNodesForMoreMentions() {
        let layout = NetworkLayout(network: network)
        let russia = layout.nodes.first { $0.node.id == "russia" }!
        let satpayev = layout.nodes.first { $0.node.id == "dosym-satpayev" }!
        #expect(russia.radius > satpayev.radius)
    }

    @Test func hostileNamesStayText() throws {
        let svg = NetworkSVG(title: "<b>&title").render(GraphFormatTests.hostile)
        let xml = try #require(XMLCheck.parse(svg))
        #expect(xml.elements(named: "script").isEmpty)
        #expect(xml.elements(named: "b").isEmpty)
        #expect(!svg.contains("\u{1B}"))
        #expect(xml.elements(named: "text").contains { $0.text.hasPrefix("</text><script>") })
    }

    @Test func anEmptyNetworkStillDrawsAValidPicture() throws {
        let xml = try #require(XMLCheck.parse(NetworkSVG().render(ActorNetwork(nodes: [], edges: []))))
        #expect(xml.elements(named: "g").filter { $0.attributes["class"] == "node" }.isEmpty)
    }

    /// Many nodes with long names tied in clusters: a hard case for label placement.
    static func crowded(_ count: Int) -> ActorNetwork {
        let kinds: [NodeKind] = [.actor(.state), .actor(.person), .framework(.pipeline), .actor(.group)]
        let nodes = (0..<count).map { index in
            ActorNetwork.Node(id: "n\(index)", name: "Organisation number \(index) of the region",
                              kind: kinds[index % kinds.count], mentions: (index * 7) % 13 + 1)
        }
        var edges: [ActorNetwork.Edge] = []
        for index in 1..<count {
            edges.append(.init(source: "n\(index / 5)", target: "n\(index)", relation: .cooccurs, weight: index % 4 + 1))
        }
        return ActorNetwork(nodes: nodes, edges: edges)
    }
}

@Suite struct LabelPlacementTests {
    @Test(arguments: [1, 2, 3, 4, 5])
    func placedLabelsNeverIntersect(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        // Everything piled into a small square, with labels of every length.
        let requests = (0..<120).map { _ in
            LabelPlacement.Request(
                anchor: Point(x: random.unit() * 120, y: random.unit() * 120), radius: 4 + random.unit() * 10,
                width: 20 + random.unit() * 160, height: 14)
        }
        let boxes = LabelPlacement.place(requests)
        #expect(boxes.count == requests.count)
        for first in boxes.indices {
            for second in boxes.indices where second > first {
                #expect(!boxes[first].intersects(boxes[second]))
            }
        }
        for (box, request) in zip(boxes, requests) {
            #expect(box.width == request.width && box.height == request.height)
        }
    }

    @Test func aLoneLabelSitsRightOfItsNode() {
        let box = LabelPlacement.place([.init(anchor: Point(x: 100, y: 100), radius: 10, width: 50, height: 14)])[0]
        #expect(box.x == 100 + 10 + LabelPlacement.gap)
        #expect(box.y == 93)
    }

    @Test func labelsAvoidOtherNodesWhenThereIsRoom() {
        // A node sits exactly where the first node's label would go on the right.
        let requests = [
            LabelPlacement.Request(anchor: Point(x: 100, y: 100), radius: 8, width: 40, height: 14),
            LabelPlacement.Request(anchor: Point(x: 130, y: 100), radius: 8, width: 40, height: 14),
        ]
        let boxes = LabelPlacement.place(requests)
        let secondNode = Box(x: 122, y: 92, width: 16, height: 16)
        #expect(!boxes[0].intersects(secondNode))
    }
}
