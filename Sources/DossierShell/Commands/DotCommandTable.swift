/// Every dot-command the shell knows, in the order `.help` lists them.
enum DotCommandTable {
    static let all: [DotCommand] = [
        .help, .load, .articles, .schema, .mode, .read, .save, .why, .explain,
        .history, .defs, .timer, .pager, .editor, .quit,
    ]

    private static let aliases = ["exit": "quit", "q": "quit", "h": "help"]

    static func command(named name: String) -> DotCommand? {
        let canonical = aliases[name] ?? name
        return all.first { $0.name == canonical }
    }

    static var names: [String] { all.map(\.name) }

    /// Says the command is unknown and, when the name is a prefix of one command or shares its first
    /// letters with exactly one, which one was probably meant.
    static func unknownCommandMessage(_ name: String) -> String {
        let message = "unknown command `.\(name)`"
        let lowered = name.lowercased()
        let byPrefix = names.filter { $0.hasPrefix(lowered) }
        let byStart = names.filter { lowered.count >= 2 && $0.hasPrefix(lowered.prefix(2)) }
        if let guess = byPrefix.count == 1 ? byPrefix.first : byStart.count == 1 ? byStart.first : nil {
            return message + "\nhelp: did you mean `.\(guess)`?"
        }
        return message + "\nhelp: `.help` lists the commands"
    }
}
