extension DotCommand {
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
}
