import DossierQuery

extension DotCommand {
    static let schema = DotCommand(
        name: "schema", arguments: "[SOURCE]",
        summary: "list the sources, or the fields of SOURCE with their types",
        details: """
        Without an argument, lists every source with its row count and the fields it shows by default.
        With a source name, lists each of its fields, its type and what it holds.

            .schema
            .schema claims
        """,
        completion: .sources
    ) { arguments, shell throws(ShellError) in
        guard arguments.words.count <= 1 else { throw ShellError("`.schema` takes at most one source name") }
        guard let name = arguments.words.first else {
            shell.present(shell.sourceOverview())
            return
        }
        guard let source = SourceKind(rawValue: name.lowercased()) else {
            let known = SourceKind.allCases.map(\.rawValue)
            throw ShellError("unknown source `\(TerminalSafeText.escape(name))`\nhelp: sources are " + known.map { "`\($0)`" }.joined(separator: ", "))
        }
        let fields = QuerySession.schema(of: source)
        let nameWidth = fields.map(\.name.count).max() ?? 0
        let typeWidth = fields.map(\.type.count).max() ?? 0
        var listing = "\(source.rawValue) (\(shell.session.index.count(of: source)) rows)\n"
        for field in fields {
            listing += "  " + field.name.padded(to: nameWidth) + "  " + field.type.padded(to: typeWidth) + "  " + field.summary + "\n"
        }
        shell.present(listing)
    }
}

extension Shell {
    func sourceOverview() -> String {
        let counts = SourceKind.allCases.map { String(session.index.count(of: $0)) }
        let nameWidth = SourceKind.allCases.map(\.rawValue.count).max() ?? 0
        let countWidth = counts.map(\.count).max() ?? 0
        var listing = ""
        for (source, count) in zip(SourceKind.allCases, counts) {
            let shown = QuerySession.shownFields(of: source).joined(separator: ", ")
            listing += source.rawValue.padded(to: nameWidth) + "  " + String(repeating: " ", count: countWidth - count.count)
                + count + " rows  " + shown + "\n"
        }
        return listing + "`.schema SOURCE` lists every field of a source.\n"
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
