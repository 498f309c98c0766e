#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor without editing, prompt or history: for pipes and tests.
public final class PlainLineReader: LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    private var reachedEnd = false

    /// Reads from `descriptor` (standard input by default). The descriptor is not closed.
    public init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    /// Returns the next line; the prompt is ignored because nobody is watching a pipe.
    public func readLine(prompt: String) -> LineInput {
        while true {
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > position, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[position..<end], as: UTF8.self)
                position = newline + 1
                return .line(line)
            }
            if reachedEnd {
                guard position < buffer.count else { return .endOfInput }
                let line = String(decoding: buffer[position...], as: UTF8.self)
                position = buffer.count
                return .line(line)
            }
            fill()
        }
    }

    public func remember(_ entry: String) {}

    public func setEditingMode(_ mode: EditingMode) -> Bool { false }

    private func fill() {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                return
            }
            if count < 0 && errno == EINTR { continue }
            reachedEnd = true
            return
        }
    }
}
