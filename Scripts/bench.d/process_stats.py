"""Whole-process wall time, CPU time and peak resident memory, from GNU time's -v report."""
import os
import subprocess
import tempfile
import time


class ProcessFailed(Exception):
    """The measured command exited with an error; the message carries the end of its stderr."""


def measure(command, env=None, stdout=subprocess.DEVNULL, timeout=None):
    """Runs `command` once under /usr/bin/time -v; returns seconds, cpu_seconds, peak_rss_mb, stderr."""
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as report:
        report_path = report.name
    try:
        started = time.perf_counter()
        completed = subprocess.run(["/usr/bin/time", "-v", "-o", report_path, *command], env=env,
                                   stdin=subprocess.DEVNULL, stdout=stdout, stderr=subprocess.PIPE,
                                   timeout=timeout)
        seconds = time.perf_counter() - started
        with open(report_path, encoding="utf-8") as handle:
            fields = _parse(handle.read())
    finally:
        os.remove(report_path)
    stderr = completed.stderr.decode("utf-8", "replace")
    if completed.returncode != 0:
        tail = "\n".join(stderr.strip().splitlines()[-5:])
        raise ProcessFailed(f"{' '.join(command)} exited with {completed.returncode}:\n{tail}")
    return {
        "seconds": seconds,
        "cpu_seconds": float(fields["User time (seconds)"]) + float(fields["System time (seconds)"]),
        "peak_rss_mb": int(fields["Maximum resident set size (kbytes)"]) / 1024,
        "stderr": stderr,
    }


def _parse(report):
    fields = {}
    for line in report.splitlines():
        key, separator, value = line.strip().rpartition(": ")
        if separator:
            fields[key] = value
    return fields
