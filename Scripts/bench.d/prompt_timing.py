"""Time from launching the shell in a pseudo-terminal until its prompt is on the screen."""
import fcntl
import os
import select
import signal
import struct
import subprocess
import termios
import time


class PromptNeverAppeared(Exception):
    """The shell exited or went silent before printing its prompt; the message has what it printed."""


def seconds_to_prompt(command, prompt, env, timeout=10.0):
    """Launches `command` on a fresh pty, returns the seconds until `prompt` appears, then ends it with Ctrl-D."""
    master, slave = os.openpty()
    # libedit sizes its line from the terminal; a zero-sized pty makes some versions misbehave.
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env,
                               start_new_session=True, close_fds=True)
    os.close(slave)
    try:
        elapsed = _read_until(master, prompt.encode("utf-8"), started, timeout)
        os.write(master, b"\x04")
        _drain_until_exit(master, process, timeout)
        return elapsed
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        os.close(master)


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


def _drain_until_exit(master, process, timeout):
    # Reading keeps the pty from filling up while the shell says goodbye and saves its history.
    deadline = time.perf_counter() + timeout
    while process.poll() is None and time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                if not os.read(master, 4096):
                    break
            except OSError:
                break
    process.wait(timeout=max(0.1, deadline - time.perf_counter()))
