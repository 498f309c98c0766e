import DossierQuery

extension DotCommand {
    static let help = DotCommand(
        name: "help", arguments: "[TOPIC]",
        summary: "this overview, or help on a command or topic",
        details: """
        Shows the overview, or help on one topic: a command (`.help load`), `queries` (the query
        language in brief), `keys` (line editing) or `functions` (the built-in functions).

            .help
            .help load
            .help keys
        """,
        completion: .helpTopics
    ) { arguments, shell throws(ShellError) in
        guard arguments.words.count <= 1 else { throw ShellError("`.help` takes at most one topic") }
        guard let topic = arguments.words.first else {
            shell.present(HelpTopics.overview)
            return
        }
        let name = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic.lowercased()
        if let command = DotCommandTable.command(named: name) {
            shell.present(command.usage + "\n\n" + command.details + "\n")
        } else if let text = HelpTopics.text(of: name) {
            shell.present(text)
        } else {
            throw ShellError("no help on `\(TerminalSafeText.escape(topic))`\nhelp: topics are " + HelpTopics.names.joined(separator: ", "))
        }
    }
}

/// The help texts that are not about one command.
enum HelpTopics {
    static var names: [String] { ["queries", "keys", "functions"] + DotCommandTable.names }

    static func text(of topic: String) -> String? {
        switch topic {
        case "queries", "query", "language": queries
        case "keys", "editing": keys
        case "functions": functions
        default: nil
        }
    }

    static var overview: String {
        var text = """
        Ask questions with queries: a source, then stages joined by `|`. Try these:

            claims | where speaker.kind == "person" | select speaker, cue, quote | take 5
            actors | sort mentions desc | take 10
            frameworks | select name, kind, sponsors
            cooccurrence actors frameworks by sentence | sort count desc | take 5
            explain claims | where speaker == "Putin" | count

        Commands:

        """
        let width = DotCommandTable.all.map(\.usage.count).max() ?? 0
        for command in DotCommandTable.all {
            text += "  " + command.usage.padded(to: width) + "  " + command.summary + "\n"
        }
        text += """

        `.help queries` sums up the language, `.help keys` the line editing keys, `.help NAME` a command.
        The full reference is Docs/language.md; the shell is described in Docs/shell.md.

        """
        return text
    }

    static let queries = """
    A query starts from a source and passes rows through stages, left to right
    (`SOURCE | STAGE | STAGE …`). Every indented line below runs as it is.

    Sources: \(SourceKind.allCases.map(\.rawValue).joined(separator: ", ")), and
    `cooccurrence actors [frameworks] [by sentence|paragraph]` for pairs named in the same sentence.
    Stages: \(QuerySession.stageKeywords.joined(separator: ", ")).

        actors | where kind == "state" | sort mentions desc
        claims | where speaker.affiliation == "China" | select speaker, quote
        claims | group by speaker aggregate n = count() | sort n desc | take 5
        let gas = frameworks | where kind == "pipeline"
        def said_by(who) = claims | where speaker == who
        said_by("Putin") | count

    Text operators: `has` (whole word), `contains` (substring), `matches` or `~` (regular expression).
    Names compare with aliases: "PRC" matches China. `_` is the last result. `.schema SOURCE` lists
    the fields; a statement goes on to the next line after `|`, an open bracket or an open quote.

    """

    static let keys = """
    Line editing (Emacs bindings; `.editor vi` or `--vi` for vi):

      Tab            complete commands, stages, fields, names in quotes, file paths
      Up / Down      earlier / later statements from history
      Ctrl-R         search history backwards as you type (Ctrl-R again: older match)
      Ctrl-A / Ctrl-E  start / end of the line
      Ctrl-W         delete the word before the cursor
      Ctrl-L         clear the screen
      Ctrl-C         drop the line being typed, or stop a running query
      Ctrl-D         leave the shell (on an empty line)

    A statement typed with a leading space is not kept in history.

    """

    static var functions: String {
        let summaries = QuerySession.functionSummaries
        let width = summaries.map(\.name.count).max() ?? 0
        return summaries.map { "  " + $0.name.padded(to: width) + "  " + $0.summary }.joined(separator: "\n") + "\n"
    }
}
