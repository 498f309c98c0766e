#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Ctrl-C for the whole process: a SIGINT handler that only raises a flag.
///
/// The handler is installed without `SA_RESTART`, so a blocked `read` in the line editor returns with
/// `EINTR` (the line is abandoned), and a running query sees the flag through its cancellation check.
/// Nothing else is safe to do inside a signal handler.
public enum InterruptSignal {
    private static let raised = Atomic<Bool>(false)

    /// Installs the handler. Call once, before the first prompt.
    public static func install() {
        // The static is initialised lazily; touch it here so the handler never runs that initialiser.
        _ = raised.load(ordering: .relaxed)
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in InterruptSignal.raised.store(true, ordering: .relaxed) }
        #else
        action.__sigaction_u.__sa_handler = { _ in InterruptSignal.raised.store(true, ordering: .relaxed) }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have started the shell with SIGINT blocked; Ctrl-C must still arrive.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interrupt, nil)
    }

    /// Whether Ctrl-C was pressed since the flag was last cleared.
    public static var isRaised: Bool { raised.load(ordering: .relaxed) }

    /// Forgets an earlier Ctrl-C, before a new query starts.
    public static func clear() { raised.store(false, ordering: .relaxed) }

    /// Reports and clears the flag in one step.
    public static func consume() -> Bool { raised.exchange(false, ordering: .relaxed) }
}
