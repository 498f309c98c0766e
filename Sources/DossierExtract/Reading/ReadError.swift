/// Why a file could not be read as an article. The message names the place when there is one.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(byteOffset: Int)
    case invalidUTF8(line: Int, column: Int)
    case invalidUTF16
    case noContent

    public var description: String {
        switch self {
        case .empty: "empty file"
        case .binary(let offset): "binary file (NUL byte at byte \(offset))"
        case .invalidUTF8(let line, let column): "invalid UTF-8 at \(line):\(column)"
        case .invalidUTF16: "invalid UTF-16 (unpaired surrogate)"
        case .noContent: "no article text (only blank lines or furniture)"
        }
    }
}
