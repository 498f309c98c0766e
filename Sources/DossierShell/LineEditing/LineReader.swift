/// What one call to `LineReader.readLine(prompt:)` produced.
public enum LineInput: Equatable, Sendable {
    /// A line the user entered, without its line end.
    case line(String)
    /// Ctrl-C while editing: the line is abandoned, the shell goes on.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// The key bindings a line editor uses.
public enum EditingMode: String, Sendable, CaseIterable {
    case emacs, vi
}

/// Reads lines from the user. The shell talks to the terminal only through this protocol, so the REPL
/// can be driven by a scripted reader in tests, by libedit on a terminal, or by plain `read` on a pipe.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (which may contain ANSI colour sequences) and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Makes `entry` recallable with Up and Ctrl-R in this session. Persistence is not the reader's job.
    func remember(_ entry: String)
    /// Switches the key bindings; returns false when the reader has none to switch.
    func setEditingMode(_ mode: EditingMode) -> Bool
}
