extension DotCommand {
    static let history = DotCommand(
        name: "history", arguments: "[COUNT]",
        summary: "list the statements entered before (the last 20, or COUNT)",
        details: """
        Lists earlier statements, oldest first, numbered. History is kept per user in
        $XDG_STATE_HOME/dossier/history (DOSSIER_HISTORY overrides); a statement typed with a leading
        space is not kept, nor one equal to the statement before it. Up and Ctrl-R recall entries.

            .history
            .history 5
        """
    ) { arguments, shell throws(ShellError) in
        var count = 20
        if let word = arguments.words.first {
            guard arguments.words.count == 1, let number = Int(word), number > 0 else {
                throw ShellError("`.history` takes a positive count (got `\(arguments.raw)`)")
            }
            count = number
        }
        guard let entries = shell.history?.entries, !entries.isEmpty else {
            shell.output.write("no history yet\n")
            return
        }
        let first = max(0, entries.count - count)
        let width = String(entries.count).count
        var listing = ""
        for index in first..<entries.count {
            let number = String(index + 1)
            let lines = TerminalSafeText.escape(entries[index], keepingLayout: true).split(separator: "\n", omittingEmptySubsequences: false)
            listing += String(repeating: " ", count: width - number.count) + number + "  " + lines.joined(separator: "\n" + String(repeating: " ", count: width + 2)) + "\n"
        }
        shell.present(listing)
    }
}
