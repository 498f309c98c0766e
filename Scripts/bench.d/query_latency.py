"""Latency of typical queries, timed by the binary itself (`--timings`) inside one process after the
corpus is loaded, so the figure is the query's own time and not the cost of loading 100 MB."""
import re
import statistics
import subprocess

# Small answers keep rendering from dominating: the figure is about finding rows, not printing them.
TRIVIAL_QUERY = "articles | count"
TYPICAL_QUERIES = [
    ("filter", 'claims | where kind == "direct" | count'),
    ("text search", 'claims | where text has "budget" | count'),
    ("sort", "actors | sort mentions desc | take 20"),
    ("group by", "claims | group by speaker aggregate n = count() | sort n desc | take 20"),
    ("join", 'actors | where kind == "person" | join claims on this == speaker | count'),
    ("co-occurrence", "cooccurrence actors frameworks by sentence | select actor, framework, count | take 20"),
]

# What `dossier --timings` writes to stderr: one `timing: load N ms, cpu M ms`, then one
# `timing: statement N ms, cpu M ms` per statement (wall time, then CPU time since the last report).
TIMING_LINE = re.compile(r"^timing: (?P<what>\S+) (?P<ms>[0-9]+(?:\.[0-9]+)?) ms"
                         r"(?:, cpu (?P<cpu>[0-9]+(?:\.[0-9]+)?) ms)?$")


def load_seconds(stderr):
    """The binary's own load time from a `--timings` run, or None without it."""
    for match in map(TIMING_LINE.match, stderr.splitlines()):
        if match and match["what"] == "load":
            return float(match["ms"]) / 1000
    return None


class TimingsMissing(Exception):
    """The binary ran but did not report one timing per statement."""


def measure(binary, corpus_path, env, runs):
    """Median and first-run milliseconds of each typical query, `runs` runs each, in one process."""
    command = [binary, "--timings"]
    for _, query in TYPICAL_QUERIES:
        for _ in range(runs):
            command += ["-c", query]
    command.append(corpus_path)
    completed = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=env, timeout=1800)
    stderr = completed.stderr.decode("utf-8", "replace")
    if completed.returncode != 0:
        tail = "\n".join(stderr.strip().splitlines()[-5:])
        raise TimingsMissing(f"the typical queries failed (exit {completed.returncode}):\n{tail}")
    matches = [match for match in map(TIMING_LINE.match, stderr.splitlines()) if match and match["what"] != "load"]
    timings = [float(match["ms"]) for match in matches]
    cpu_timings = [float(match["cpu"]) if match["cpu"] else None for match in matches]
    expected = len(TYPICAL_QUERIES) * runs
    if len(timings) != expected:
        raise TimingsMissing(f"expected {expected} statement timings on stderr, found {len(timings)}")
    latencies = []
    for position, (name, query) in enumerate(TYPICAL_QUERIES):
        samples = timings[position * runs:(position + 1) * runs]
        latency = {"name": name, "query": query, "median_ms": statistics.median(samples), "first_ms": samples[0]}
        cpu_samples = cpu_timings[position * runs:(position + 1) * runs]
        if None not in cpu_samples:
            latency["median_cpu_ms"] = statistics.median(cpu_samples)
        latencies.append(latency)
    return latencies
