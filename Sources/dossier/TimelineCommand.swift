import ArgumentParser
import DossierPictures
import DossierShell

/// `dossier timeline`: dated events on a date axis, in the terminal or as SVG.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show dated events on a date axis, as text for the terminal or as SVG.",
        discussion: "With -q, only the events the query selects (e.g. -q 'events | where date >= 2020')."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, svg
    }

    @OptionGroup var input: PictureInput

    @Option(help: "Output format: text (for the terminal) or svg.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "The file to write (written atomically); standard output when absent or '-'.")
    var output: String?

    @Option(help: "Columns for the text timeline; the terminal's width when absent.")
    var width: Int?

    @Option(help: "In SVG, link events to sentences of this briefing file (e.g. briefing.html).")
    var linkTo: String = ""

    @Option(help: "In SVG, draw at most N events, evenly spread over the timeline.")
    var maxEvents: Int = 400

    func validate() throws {
        guard maxEvents > 0 else { throw ValidationError("--max-events must be at least 1") }
    }

    func run() throws {
        let (corpus, scope, skipped) = try input.load()
        let timeline = Timeline(corpus: corpus, scope: scope)
        switch format {
        case .text:
            let columns = width ?? TerminalSize.current().columns
            let text = TimelineText.render(timeline, width: columns) { TerminalSafeText.escape($0) }
            try PictureOutput.deliver(text + "\n", to: output)
        case .svg:
            try PictureOutput.deliver(TimelineSVG(linkBase: linkTo, maximumEvents: maxEvents).render(timeline), to: output)
        }
        if skipped { throw ExitCode(2) }
    }
}
