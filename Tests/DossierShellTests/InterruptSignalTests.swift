#if canImport(Glibc)
import Glibc
import Testing
import DossierShell

/// Ctrl-C must interrupt the prompt's `read` even when the kernel delivers it to another thread
/// (loading articles runs a worker thread, and any thread not blocking SIGINT may receive it).
@Suite(.serialized) struct InterruptSignalTests {
    @Test func aSignalCaughtOnAnotherThreadInterruptsTheReadOnTheInstallingThread() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer {
            close(ends[0])
            close(ends[1])
        }
        InterruptSignal.install()
        InterruptSignal.clear()
        let writeEnd = ends[1]
        var worker = pthread_t()
        // The worker takes the signal itself; after two seconds it unblocks the read with a byte, so
        // a missing hand-over fails the test instead of hanging it.
        let started = pthread_create(&worker, nil, { context in
            usleep(50_000)
            raise(SIGINT)
            usleep(2_000_000)
            var byte: UInt8 = 1
            _ = write(Int32(Int(bitPattern: context)), &byte, 1)
            return nil
        }, UnsafeMutableRawPointer(bitPattern: Int(writeEnd)))
        #expect(started == 0)
        var byte: UInt8 = 0
        let count = read(ends[0], &byte, 1)
        let error = errno
        pthread_join(worker, nil)
        #expect(count == -1)
        #expect(error == EINTR)
        #expect(InterruptSignal.consume())
    }
}
#endif
