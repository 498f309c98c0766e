import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The function libedit calls for each character typed, in place of its own, so that Ctrl-C is
/// never lost.
///
/// libedit's reader retries a `read` that a signal interrupted, so a Ctrl-C that arrives while it is
/// between reads (echoing the last key, redrawing the line) only raises the flag, and the next `read`
/// waits for another key before the line is abandoned. This reader looks at the flag with SIGINT
/// blocked and then waits with `pselect`, which unblocks SIGINT for the wait alone: a Ctrl-C at any
/// moment is either seen by the check or ends the wait.
enum TerminalCharacterReader {
    static let readCharacter: cel_getc_fn = { _, character in
        guard let character else { return -1 }
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        while true {
            var previous = sigset_t()
            pthread_sigmask(SIG_BLOCK, &interrupt, &previous)
            if InterruptSignal.isRaised {
                pthread_sigmask(SIG_SETMASK, &previous, nil)
                errno = EINTR
                return -1
            }
            var waiting = previous
            sigdelset(&waiting, SIGINT)
            let ready = cel_wait_readable(STDIN_FILENO, &waiting)
            let waitError = errno
            pthread_sigmask(SIG_SETMASK, &previous, nil)
            if ready >= 0 { return readScalar(into: character) }
            // Interrupted: a Ctrl-C is seen at the top of the loop; a window resize just waits again.
            guard waitError == EINTR else {
                errno = waitError
                return -1
            }
        }
    }

    /// Reads one UTF-8 character. Like libedit, a byte that cannot start or continue a character is
    /// dropped. Returns 1 for a character, 0 at end of input, -1 on an error.
    private static func readScalar(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        var bytes: [UInt8] = []
        while true {
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 0 {
                character.pointee = 0
                return 0
            }
            if count < 0 {
                if errno == EINTR && !InterruptSignal.isRaised { continue }
                return -1
            }
            let isContinuation = byte & 0xC0 == 0x80
            if bytes.isEmpty || !isContinuation { bytes = [byte] } else { bytes.append(byte) }
            guard let length = sequenceLength(lead: bytes[0]) else {
                bytes = []
                continue
            }
            guard bytes.count == length else { continue }
            if let scalar = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first {
                character.pointee = wchar_t(bitPattern: scalar.value)
                return 1
            }
            bytes = []
        }
    }

    private static func sequenceLength(lead: UInt8) -> Int? {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: nil
        }
    }
}
