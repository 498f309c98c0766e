@testable import DossierShell
import DossierQuery
import Testing

/// Every example the help shows must run as printed, on the built-in samples.
@Suite struct HelpExampleTests {
    /// The indented lines of a help text: the examples to try.
    private static func examples(in text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("    ") }.map { $0.trimmingPrefix("    ") }.map(String.init)
    }

    private static var allExamples: [String] {
        var examples = examples(in: HelpTopics.overview) + examples(in: HelpTopics.queries)
        for command in DotCommandTable.all {
            // Examples that name files of the reader's own cannot run here.
            if case .paths = command.completion { continue }
            examples += Self.examples(in: command.details)
        }
        return examples
    }

    @Test func everyExampleRunsWithoutError() {
        let loaded = CorpusSource.load(paths: [])
        let examples = Self.allExamples
        #expect(examples.count > 20)
        let reader = ScriptedLineReader(lines: examples)
        let output = TextBuffer()
        let errors = TextBuffer()
        let shell = Shell(
            configuration: ShellConfiguration(isInteractive: false, usesColor: false, outputIsTerminal: false, pagerMode: .off, environment: [:]),
            session: QuerySession(corpus: loaded.corpus), corpusOrigin: "the samples", reader: reader, output: output, errorOutput: errors)
        _ = shell.run()
        // `.quit` is the last example, so every line was read and none after.
        #expect(examples.last == ".quit")
        #expect(reader.prompts.count == examples.count)
        #expect(errors.text == "")
        #expect(shell.failures == 0)
    }
}
