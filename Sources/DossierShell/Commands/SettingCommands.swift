extension DotCommand {
    static let timer = DotCommand(
        name: "timer", arguments: "on|off",
        summary: "show how long each query takes",
        details: """
        With the timer on, every query is followed by the time it took to run and render.

            .timer on
            claims | count
        """,
        completion: .words(["on", "off"])
    ) { arguments, shell throws(ShellError) in
        shell.timerEnabled = try arguments.expectChoice(["on", "off"], for: "timer") == "on"
    }

    static let pager = DotCommand(
        name: "pager", arguments: "on|off|auto",
        summary: "page long results (auto: only those taller than the terminal)",
        details: """
        Chooses when results go through the pager: `on` always, `off` never, `auto` (the default) when a
        result is taller than the terminal. The pager is DOSSIER_PAGER, else PAGER, else `less -FRX`.
        Output that is not a terminal is never paged.

            .pager off
        """,
        completion: .words(PagerMode.allCases.map(\.rawValue))
    ) { arguments, shell throws(ShellError) in
        let choice = try arguments.expectChoice(PagerMode.allCases.map(\.rawValue), for: "pager")
        shell.pagerMode = PagerMode(rawValue: choice)!
    }

    static let editor = DotCommand(
        name: "editor", arguments: "emacs|vi",
        summary: "choose the line editor's key bindings",
        details: """
        Switches the line editor between Emacs bindings (the default) and vi bindings. `--vi` starts the
        shell in vi mode.

            .editor vi
        """,
        completion: .words(EditingMode.allCases.map(\.rawValue))
    ) { arguments, shell throws(ShellError) in
        let choice = try arguments.expectChoice(EditingMode.allCases.map(\.rawValue), for: "editor")
        guard shell.reader.setEditingMode(EditingMode(rawValue: choice)!) else {
            throw ShellError("there is no line editor to configure: input is not a terminal")
        }
    }
}
