import ArgumentParser
import DossierPictures

/// `dossier report`: one self-contained HTML briefing for a corpus.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML briefing: articles with highlights, tables, network and timeline.",
        discussion: "The file needs nothing else to open (no network, scripts or fonts from elsewhere) and prints cleanly."
    )

    @OptionGroup var input: PictureInput

    @Option(name: .shortAndLong, help: "The HTML file to write (written atomically).")
    var output: String = "briefing.html"

    @Option(help: "The briefing's title.")
    var title: String = "Dossier briefing"

    @Option(help: "Draw only the N most mentioned actors and frameworks in the network picture.")
    var maxNodes: Int = 60

    func validate() throws {
        // The layout compares every pair of nodes on each step; past a few hundred nodes the picture
        // is unreadable anyway, and DOT or GraphML suit a tool made for big graphs.
        guard (1...500).contains(maxNodes) else { throw ValidationError("--max-nodes must be between 1 and 500") }
    }

    func run() throws {
        let (corpus, scope, skipped) = try input.load()
        let html = BriefingReport(title: title, scope: scope, networkLimit: maxNodes).render(corpus)
        try PictureOutput.deliver(html, to: output)
        if skipped { throw ExitCode(2) }
    }
}
