import DossierQuery

/// Keeps the last query session of a run alive until the process exits.
///
/// Freeing a loaded corpus (millions of strings and arrays) took 4.5% of a `-c` run over 1,000
/// articles, half a second at 10,000, and the operating system takes the memory back at exit anyway.
/// Only the session is kept: the line editor and history files still close properly.
enum SessionLifetime {
    static func keepUntilExit(_ session: QuerySession) {
        _ = Unmanaged.passRetained(session)
    }
}
