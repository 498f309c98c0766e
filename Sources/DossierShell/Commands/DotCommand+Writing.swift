extension DotCommand {
    /// Commands that write files. They run only when typed at the prompt: a script run with `.read`,
    /// or the startup file, must not choose what is written where (Docs/security.md).
    static let writingCommands: Set<String> = ["save"]

    /// Whether this command writes a file.
    var writesFiles: Bool { Self.writingCommands.contains(name) }
}
