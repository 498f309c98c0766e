import ArgumentParser
import DossierPictures

/// `dossier graph`: the actor network as Graphviz DOT, GraphML or a self-contained SVG.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Export the actor network (co-occurrence, claims, sponsorship) as DOT, GraphML or SVG.",
        discussion: """
            Nodes are actors and frameworks; edges join entities named in one sentence, speakers to what \
            their claims mention, and sponsors to their frameworks. With -q, only what the query selects \
            is drawn. Without -o, the picture goes to standard output.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, graphml, svg
    }

    @OptionGroup var input: PictureInput

    @Option(help: "Output format: dot, graphml or svg.")
    var format: Format = .svg

    @Option(name: .shortAndLong, help: "The file to write (written atomically); standard output when absent or '-'.")
    var output: String?

    @Option(help: "Draw only the N most mentioned actors and frameworks (SVG only; DOT and GraphML hold all).")
    var maxNodes: Int = 60

    @Option(help: "Seed of the force-directed layout (SVG); the same seed gives the same picture.")
    var seed: UInt64 = NetworkSVG.defaultSeed

    @Option(help: "The picture's title (SVG).")
    var title: String = "Actor network"

    func validate() throws {
        // The layout compares every pair of nodes on each step; past a few hundred nodes the picture
        // is unreadable anyway, and DOT or GraphML suit a tool made for big graphs.
        guard (1...500).contains(maxNodes) else { throw ValidationError("--max-nodes must be between 1 and 500") }
    }

    func run() throws {
        let (corpus, scope, skipped) = try input.load()
        let network = ActorNetwork(corpus: corpus, scope: scope)
        let text: String
        switch format {
        case .dot: text = DotWriter.write(network)
        case .graphml: text = GraphMLWriter.write(network)
        case .svg: text = NetworkSVG(title: title, seed: seed).render(network.keepingMostMentioned(maxNodes))
        }
        try PictureOutput.deliver(text, to: output)
        if skipped { throw ExitCode(2) }
    }
}
