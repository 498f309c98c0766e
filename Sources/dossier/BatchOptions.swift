import ArgumentParser
import DossierShell

/// The options for running queries without the interactive shell (see Docs/batch.md).
struct BatchOptions: ParsableArguments {
    @Option(name: .customShort("c"), help: ArgumentHelp("Run QUERY and exit; repeat to run several in order.", valueName: "QUERY"))
    var commands: [String] = []

    @Option(help: "How to print results: table, json, jsonl, csv, tsv or markdown.")
    var format: OutputFormat = .table

    @Option(name: .customLong("arg"), help: ArgumentHelp("Bind a text variable before anything runs.", valueName: "name=value"))
    var arguments: [String] = []

    @Flag(help: "Report the load time and each statement's time on standard error.")
    var timings = false

    func invocation(paths: [String], script: String? = nil) -> BatchInvocation {
        BatchInvocation(commands: commands, script: script, paths: paths, format: format, arguments: arguments, reportsTimings: timings)
    }
}

extension OutputFormat: ExpressibleByArgument {}
