"""Time from launching the shell in a pseudo-terminal until its prompt is on the screen."""
import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time


class PromptNeverAppeared(Exception):
    """The shell exited or went silent before printing its prompt; the message has what it printed."""


def seconds_to_prompt(command, prompt, env, timeout=10.0):
    """Launches `command` on a fresh pty, ends it with Ctrl-D once `prompt` appears, and returns the
    seconds until the prompt and the CPU seconds the whole session used (an upper bound of the CPU
    time to the prompt, which a busy machine does not inflate)."""
    started = time.perf_counter()
    # pty.fork makes the pty the child's controlling terminal, as a terminal emulator does; the line
    # editor behaves differently on a pty that is only its stdin.
    pid, master = pty.fork()
    if pid == 0:
        try:
            os.execve(command[0], command, env)
        finally:
            os._exit(127)
    # libedit sizes its line from the terminal; a zero-sized pty makes some versions misbehave.
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    reaped = False
    try:
        elapsed = _read_until(master, prompt.encode("utf-8"), started, timeout)
        usage = _drain_until_exit(master, pid, timeout)
        reaped = True
        return elapsed, usage.ru_utime + usage.ru_stime
    finally:
        # Only a child not yet reaped is killed: a reaped pid may already belong to another process.
        if not reaped and _exit_status(pid) is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(master)


def _exit_status(pid):
    """The child's resource usage once it has ended (reaping it), else None."""
    try:
        finished, _, usage = os.wait4(pid, os.WNOHANG)
    except ChildProcessError:
        return None
    return usage if finished else None


def _read_until(master, wanted, started, timeout):
    seen = b""
    deadline = started + timeout
    while wanted not in seen:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            raise PromptNeverAppeared(f"no prompt within {timeout:.0f} s; the shell printed: {seen[-300:]!r}")
        ready, _, _ = select.select([master], [], [], remaining)
        if not ready:
            continue
        try:
            chunk = os.read(master, 4096)
        except OSError:
            chunk = b""
        if not chunk:
            raise PromptNeverAppeared(f"the shell exited before its prompt; it printed: {seen[-300:]!r}")
        seen += chunk
    return time.perf_counter() - started


def _drain_until_exit(master, pid, timeout):
    # libedit can still be switching the terminal to raw mode when the prompt is already visible, and
    # a Ctrl-D typed in that moment is lost or leaves the line non-empty (Ctrl-D then only rings the
    # bell). So: let it settle, then type Ctrl-A Ctrl-K (empty the line) and Ctrl-D, again every half
    # second; reading keeps the pty from filling up meanwhile.
    deadline = time.perf_counter() + timeout
    next_ctrl_d = time.perf_counter() + 0.2
    while time.perf_counter() < deadline:
        usage = _exit_status(pid)
        if usage is not None:
            return usage
        if time.perf_counter() >= next_ctrl_d:
            os.write(master, b"\x01\x0b\x04")
            next_ctrl_d = time.perf_counter() + 0.5
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                os.read(master, 4096)
            except OSError:
                pass
    raise PromptNeverAppeared(f"the shell showed its prompt but did not exit on Ctrl-D within {timeout:.0f} s")
