extension DotCommand {
    static let mode = DotCommand(
        name: "mode", arguments: "[FORMAT]",
        summary: "choose how results are shown: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "),
        details: """
        Chooses how results are written: `table` (aligned, for reading), `markdown`, or `json`,
        `jsonl`, `csv`, `tsv` for other programs. Without an argument, says which is in use.

            .mode csv
            frameworks | select name, kind | take 3
            .mode table
        """,
        completion: .words(OutputFormat.allCases.map(\.rawValue))
    ) { arguments, shell throws(ShellError) in
        guard !arguments.words.isEmpty else {
            shell.output.write("results are shown as \(shell.format.rawValue)\n")
            return
        }
        let choice = try arguments.expectChoice(OutputFormat.allCases.map(\.rawValue), for: "mode")
        shell.format = OutputFormat(rawValue: choice)!
    }
}
