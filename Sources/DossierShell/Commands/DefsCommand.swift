extension DotCommand {
    static let defs = DotCommand(
        name: "defs",
        summary: "list this session's variables (let) and functions (def)",
        details: """
        Lists the variables made with `let` and what they hold, and the functions made with `def` as
        they were written. They last until the shell ends; `.save` keeps the statements that made them.

            let gas = frameworks | where kind == "pipeline"
            def said_by(who) = claims | where speaker == who
            .defs
        """
    ) { arguments, shell throws(ShellError) in
        try arguments.expectNone(for: "defs")
        let definitions = shell.session.definitions
        guard !definitions.isEmpty else {
            shell.output.write("nothing defined yet: `let name = …` makes a variable, `def name(x) = …` a function\n")
            return
        }
        var listing = ""
        for definition in definitions {
            let text = TerminalSafeText.escape(definition.text)
            switch definition.kind {
            case .variable: listing += "let \(definition.name) = \(text)\n"
            case .function: listing += text + "\n"
            }
        }
        shell.present(listing)
    }
}
