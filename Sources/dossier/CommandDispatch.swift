#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import DossierShell

/// Parses the command line and runs the chosen command, with Dossier's exit statuses.
///
/// The root command takes article paths, and a root with positional arguments would read `run` or
/// `export` as a path, so a first argument naming a subcommand is dispatched here. Usage errors exit
/// with 2 (Docs/batch.md), not the parser's default 64.
enum CommandDispatch {
    static func main(root: ParsableCommand.Type, arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        var type = root
        var rest = arguments
        if let first = arguments.first,
           let subcommand = root.configuration.subcommands.first(where: { $0.configuration.commandName == first }) {
            type = subcommand
            rest = Array(arguments.dropFirst())
        }
        do {
            var command = try type.parseAsRoot(rest)
            try command.run()
            exit(0)
        } catch {
            if type.exitCode(for: error) == .validationFailure {
                TerminalOutput.standardError.write(type.fullMessage(for: error) + "\n")
                exit(2)
            }
            type.exit(withError: error)
        }
    }
}
