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
        guard maxNodes > 0 else { throw ValidationError("--max-nodes must be at least 1") }
    }

    func run() throws {
        let (corpus, scope, skipped) = try input.load()
        let html = BriefingReport(title: title, scope: scope, networkLimit: maxNodes).render(corpus)
        try PictureOutput.deliver(html, to: output)
        if skipped { throw ExitCode(2) }
    }
}
