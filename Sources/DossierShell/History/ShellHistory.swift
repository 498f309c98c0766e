/// The statements the user entered, as the shell remembers them: recallable in the line editor,
/// listed by `.history`, and persisted to a `HistoryFile` when there is one.
///
/// Like bash's `ignoredups` and `ignorespace`: a statement equal to the one before it is not stored
/// twice, and a statement typed with a leading space is not stored at all.
public final class ShellHistory {
    public private(set) var entries: [String]
    private let file: HistoryFile?
    private let reader: LineReader
    private let warn: (String) -> Void
    private var persistenceFailed = false

    /// Loads the file's entries into the reader. Problems with the file are reported through `warn`
    /// once, and the shell keeps going with history in memory only.
    public init(file: HistoryFile?, reader: LineReader, warn: @escaping (String) -> Void) {
        self.file = file
        self.reader = reader
        self.warn = warn
        var loaded: [String] = []
        if let file {
            do {
                loaded = try file.load()
            } catch {
                warn(error.description)
                persistenceFailed = true
            }
        }
        entries = loaded
        for entry in loaded { reader.remember(entry) }
    }

    /// Whether `statement` would be stored.
    public func accepts(_ statement: String) -> Bool {
        guard let first = statement.first, !first.isWhitespace else { return false }
        return statement != entries.last
    }

    /// Stores `statement` unless the rules above say otherwise.
    public func record(_ statement: String) {
        guard accepts(statement) else { return }
        entries.append(statement)
        reader.remember(statement)
        guard let file, !persistenceFailed else { return }
        do {
            try file.append(statement)
        } catch {
            warn(error.description + " (history is kept in memory only from now on)")
            persistenceFailed = true
        }
    }
}
