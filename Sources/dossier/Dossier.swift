import ArgumentParser

@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "An interactive shell for questioning policy and geopolitics articles.",
        version: "0.1.0",
        subcommands: [ExportCommand.self]
    )
}
