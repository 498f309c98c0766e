"""What the figures were measured on, so they can be compared only with like."""
import os
import platform
import subprocess


def describe(binary):
    return {
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "memory_mb": _memory_mb(),
        "os": f"{platform.system()} {platform.release()}",
        "swift": _swift_version(),
        "binary": binary,
        "load_average_at_start": load_average(),
    }


def load_average():
    """The 1-minute load average: wall-clock figures taken while it exceeds the core count are inflated
    by other processes, so it is recorded beside them."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return None


def _cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_mb():
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def _swift_version():
    try:
        output = subprocess.run(["swift", "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return output.strip().splitlines()[0] if output.strip() else None
