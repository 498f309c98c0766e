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
}
