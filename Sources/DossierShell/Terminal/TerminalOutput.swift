#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Somewhere the shell writes text: the terminal, or a buffer in tests.
public protocol TextSink: AnyObject {
    func write(_ text: String)
}

/// Writes straight to a file descriptor. Writes are retried when Ctrl-C interrupts them, so a
/// cancelled query never leaves half a line behind.
public final class TerminalOutput: TextSink, Sendable {
    /// Standard output.
    public static let standardOutput = TerminalOutput(descriptor: STDOUT_FILENO)
    /// Standard error.
    public static let standardError = TerminalOutput(descriptor: STDERR_FILENO)

    public let descriptor: Int32

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Whether the descriptor is a terminal.
    public var isTerminal: Bool { isatty(descriptor) == 1 }

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}

/// Collects everything written, for tests and for measuring output before paging it.
public final class TextBuffer: TextSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) { self.text += text }

    /// Forgets what was collected.
    public func clear() { text = "" }
}
