#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of the terminal standard output is connected to.
public struct TerminalSize: Equatable, Sendable {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// Asks the terminal; falls back to `LINES`/`COLUMNS`, then 24×80, when output is not a terminal.
    public static func current(environment: [String: String] = ProcessEnvironment.current) -> TerminalSize {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 {
            return TerminalSize(rows: Int(size.ws_row), columns: Int(size.ws_col))
        }
        return TerminalSize(
            rows: environment["LINES"].flatMap { Int($0) } ?? 24,
            columns: environment["COLUMNS"].flatMap { Int($0) } ?? 80
        )
    }
}
