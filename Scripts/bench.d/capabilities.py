"""Which measurable features the binary has, read from its own --help, so each figure is taken
as soon as the feature it measures exists and is reported as skipped (with the reason) before."""
import subprocess


def detect(binary, env):
    top = _help(binary, [], env)
    export = _help(binary, ["export"], env) if "export" in top else ""
    return {
        "export": "--format" in export,
        "command": "-c" in top,
        "timings": "--timings" in top,
    }


def _help(binary, arguments, env):
    completed = subprocess.run([binary, *arguments, "--help"], capture_output=True, text=True, env=env,
                               stdin=subprocess.DEVNULL, timeout=60)
    return completed.stdout + completed.stderr
