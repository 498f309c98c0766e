import DossierModel
import Foundation
import Testing
@testable import DossierPictures

@Suite struct GraphFormatTests {
    /// A network whose names try to break every format.
    static let hostile = ActorNetwork(
        nodes: [
            .init(id: "evil\"id", name: "</text><script>alert(1)</script> \"quoted\" & \\N \u{1B}[31m", kind: .actor(.group), mentions: 3),
            .init(id: "plain", name: "Хүрэлсүх 習近平", kind: .framework(.corridor), mentions: 1),
        ],
        edges: [.init(source: "evil\"id", target: "plain", relation: .claims, weight: 2)])

    @Test func graphMLParsesAndHoldsEveryNodeAndEdge() throws {
        let network = ActorNetwork(corpus: FixtureCorpus.corpus())
        let xml = try #require(XMLCheck.parse(GraphMLWriter.write(network)))
        #expect(xml.elements(named: "node").count == network.nodes.count)
        #expect(xml.elements(named: "edge").count == network.edges.count)
        let ids = Set(xml.elements(named: "node").compactMap { $0.attributes["id"] })
        for edge in xml.elements(named: "edge") {
            #expect(ids.contains(edge.attributes["source"] ?? ""))
            #expect(ids.contains(edge.attributes["target"] ?? ""))
        }
        let keys = Set(xml.elements(named: "key").compactMap { $0.attributes["attr.name"] })
        #expect(keys == ["label", "kind", "mentions", "relation", "weight"])
    }

    @Test func graphMLKeepsHostileNamesAsText() throws {
        let xml = try #require(XMLCheck.parse(GraphMLWriter.write(Self.hostile)))
        let labels = xml.elements(named: "data").filter { $0.attributes["key"] == "label" }.map(\.text)
        #expect(labels.first?.hasPrefix("</text><script>alert(1)</script>") == true)
        #expect(!labels.joined().contains("\u{1B}"))
        #expect(xml.elements(named: "script").isEmpty)
    }

    @Test func dotNamesEveryNodeAndEdgeOnce() {
        let network = ActorNetwork(corpus: FixtureCorpus.corpus())
        let dot = DotWriter.write(network)
        #expect(dot.hasPrefix("digraph dossier {"))
        #expect(dot.components(separatedBy: " -> ").count - 1 == network.edges.count)
        for node in network.nodes { #expect(dot.contains("label=\(DotEscaping.quoted(node.name))")) }
    }

    @Test(.enabled(if: Graphviz.isInstalled, "Graphviz's dot is not installed (Scripts/check-pictures installs it)"))
    func graphvizAcceptsTheDot() throws {
        for network in [ActorNetwork(corpus: FixtureCorpus.corpus()), Self.hostile] {
            let result = try Graphviz.render(DotWriter.write(network))
            #expect(result.status == 0, "dot failed: \(result.errors)")
            #expect(result.errors.isEmpty, "dot warned: \(result.errors)")
            #expect(XMLCheck.parse(result.output) != nil, "dot's SVG does not parse")
            let titles = try #require(XMLCheck.parse(result.output)).elements(named: "text").map(\.text)
            #expect(titles.contains { $0.contains("<script>alert(1)</script>") } == (network == Self.hostile))
        }
    }
}

/// Runs Graphviz's `dot` when it is installed.
enum Graphviz {
    static let path = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isInstalled: Bool { path != nil }

    static func render(_ dot: String) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

/// Reads GraphML with NetworkX, the most common reader outside Gephi, when Python has it.
enum NetworkX {
    /// The `python3` first on the PATH, as a user would run it.
    static let isInstalled: Bool = (try? run("/usr/bin/env", ["python3", "-c", "import networkx"], input: "").status) == 0

    /// Node and edge counts as NetworkX reads them, or the error it gives.
    static func counts(_ graphml: String) throws -> (status: Int32, output: String) {
        let script = "import sys, networkx\ng = networkx.read_graphml(sys.stdin.buffer)\nprint(g.number_of_nodes(), g.number_of_edges())"
        let result = try run("/usr/bin/env", ["python3", "-c", script], input: graphml)
        return (result.status, result.output + result.errors)
    }

    static func run(_ executable: String, _ arguments: [String], input: String) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

@Suite struct GraphMLReaderTests {
    @Test(.enabled(if: NetworkX.isInstalled, "Python's NetworkX is not installed"))
    func networkXReadsEveryNodeAndEdge() throws {
        for network in [ActorNetwork(corpus: FixtureCorpus.corpus()), GraphFormatTests.hostile] {
            let result = try NetworkX.counts(GraphMLWriter.write(network))
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "\(network.nodes.count) \(network.edges.count)")
        }
    }
}
