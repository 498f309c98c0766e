/// How a batch run ended; the process exits with the raw value (see Docs/batch.md).
public enum ExitStatus: Int32, Sendable {
    /// Every statement ran.
    case success = 0
    /// A statement given with `-c` or on standard input failed.
    case queryError = 1
    /// Bad arguments, or a file that could not be read.
    case usageOrInputError = 2
    /// A script stopped at an error (or was interrupted) before its end.
    case scriptAborted = 3
}
