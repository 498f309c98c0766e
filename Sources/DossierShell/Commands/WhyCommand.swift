import DossierQuery

extension DotCommand {
    static let why = DotCommand(
        name: "why", arguments: "ROW",
        summary: "show where row ROW of the last result comes from",
        details: """
        Shows the sentence(s) behind row ROW (counting from 1) of the last result, with the matched words
        marked, the article and the character offsets. Works for rows of actors, frameworks, claims,
        events and mentions; the same as adding `| why` to a query for one row.

            claims | take 3
            .why 2
        """
    ) { arguments, shell throws(ShellError) in
        guard arguments.words.count == 1, let row = Int(arguments.words[0]), row >= 1 else {
            throw ShellError("`.why` takes a row number from 1, e.g. `.why 2`")
        }
        do throws(QueryError) {
            let provenance = try shell.session.provenance(ofRow: row - 1)
            shell.present(shell.outcomeText.text(for: .rows(provenance)).output)
        } catch {
            throw ShellError(TerminalSafeText.escape(error.message + (error.help.map { "\nhelp: " + $0 } ?? ""), keepingLayout: true))
        }
    }

    static let explain = DotCommand(
        name: "explain", arguments: "QUERY",
        summary: "run QUERY stage by stage, counting rows after each",
        details: """
        Runs the query one stage at a time and shows how many rows are left after each stage, marking
        the stage after which none were left: the quickest way to see why a query finds nothing.
        The same as the `explain` statement.

            .explain claims | where speaker.kind == "person" | where quote contains "gas" | count
        """
    ) { arguments, shell throws(ShellError) in
        guard !arguments.raw.allSatisfy(\.isWhitespace) else {
            throw ShellError("`.explain` takes a query, e.g. `.explain claims | where kind == \"direct\"`")
        }
        // The query's own error has already been shown with its caret; nothing to add.
        _ = shell.runQuery("explain " + arguments.raw, source: "explain")
    }

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
