#!/usr/bin/env python3
"""Measures Dossier's speed and memory at corpus scale; Scripts/bench builds the binary and runs this.

Prints a table and writes the same figures as JSON. Every figure is a whole-process measurement
(GNU time for peak memory, a pseudo-terminal for the first prompt) except query latency, which is
timed inside one process after the corpus is loaded so that loading does not drown the query.
"""
import argparse
import datetime
import os
import statistics
import sys
import tempfile

import capabilities
import corpus_cache
import growth
import machine_info
import process_stats
import prompt_timing
import query_latency
import real_text
import report
import targets

MB = 1_000_000


def main():
    options = _parse_arguments()
    binary = os.path.abspath(options.binary)
    with tempfile.TemporaryDirectory(prefix="dossier-bench-home-") as home:
        env = _isolated_environment(home)
        features = capabilities.detect(binary, env)
        results = {
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "machine": machine_info.describe(binary),
            "settings": {"sizes": options.sizes, "seed": options.seed, "runs": options.runs,
                         "quick": options.quick},
            "extraction": {"sizes": [], "growth": []},
            "startup": {},
            "skipped": {},
        }
        corpora = [corpus_cache.corpus(size, options.seed) for size in options.sizes]
        _measure_extraction(results, corpora, binary, env, features, options.runs)
        _measure_real_text(results, binary, env, features, options)
        _measure_load(results, features)
        _measure_export(results, corpora[-1], binary, env, features, options.runs)
        _measure_startup(results, binary, env, features, options.runs, options.prompt)
        _measure_queries(results, corpora[-1], binary, env, features, options.query_runs)
    results["machine"]["load_average_at_end"] = machine_info.load_average()
    results["targets"] = targets.check(results)
    print(report.table(results))
    if options.json:
        report.write_json(results, options.json)
        print(f"figures written to {options.json}", file=sys.stderr)
    return 0


def _parse_arguments():
    parser = argparse.ArgumentParser(prog="Scripts/bench", description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON to PATH")
    parser.add_argument("--sizes", type=_sizes, help="corpus sizes in articles, ascending (default 1000,10000)")
    parser.add_argument("--quick", action="store_true",
                        help="tiny corpora and single runs: checks that the bench works, figures mean little")
    parser.add_argument("--runs", type=int, help="runs per whole-process figure, median kept (default 3)")
    parser.add_argument("--seed", type=int, default=42, help="corpus generator seed (default 42)")
    parser.add_argument("--binary", required=True, help="measure this dossier binary (Scripts/bench builds and passes the release one)")
    parser.add_argument("--prompt", default="dossier>", help="text that shows the shell is ready for input")
    options = parser.parse_args()
    options.sizes = options.sizes or ([10, 20] if options.quick else [1000, 10000])
    options.runs = options.runs or (1 if options.quick else 3)
    options.query_runs = 3 if options.quick else 7
    if options.runs < 1:
        parser.error("--runs must be at least 1")
    return options


def _sizes(text):
    try:
        sizes = [int(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected sizes like 1000,10000, got {text!r}")
    if not sizes or any(size < 1 for size in sizes) or sizes != sorted(set(sizes)):
        raise argparse.ArgumentTypeError("sizes must be positive, distinct and ascending")
    return sizes


def _isolated_environment(home):
    # A user's startup file, history or colours must not change what is measured.
    env = dict(os.environ)
    for name in ("config", "state", "data", "cache"):
        os.makedirs(os.path.join(home, name), exist_ok=True)
    env.update({"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, "config"),
                "XDG_STATE_HOME": os.path.join(home, "state"), "XDG_DATA_HOME": os.path.join(home, "data"),
                "XDG_CACHE_HOME": os.path.join(home, "cache"),
                "DOSSIER_HISTORY": os.path.join(home, "state", "history"),
                "NO_COLOR": "1", "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    env.pop("FORCE_COLOR", None)
    return env


def _repeat(runs, measure):
    samples = [measure() for _ in range(runs)]
    figures = {
        "seconds": statistics.median(sample["seconds"] for sample in samples),
        "cpu_seconds": statistics.median(sample["cpu_seconds"] for sample in samples),
        "peak_rss_mib": max(sample["peak_rss_mb"] for sample in samples),
    }
    loads = [query_latency.load_seconds(sample["stderr"]) for sample in samples]
    if all(load is not None for load in loads):
        figures["in_process_load_seconds"] = statistics.median(loads)
    return figures


def _extraction_command(binary, paths, features):
    """The cheapest whole process that reads and extracts a corpus: a trivial query once batch mode
    exists (it also builds the query indexes, as every real session does), else the JSON export."""
    if features["command"]:
        return [binary, "--timings", "-c", query_latency.TRIVIAL_QUERY, *paths] if features["timings"] \
            else [binary, "-c", query_latency.TRIVIAL_QUERY, *paths]
    return [binary, "export", *paths, "--format", "json"]


def _measure_extraction(results, corpora, binary, env, features, runs):
    if not features["command"] and not features["export"]:
        results["skipped"]["extraction"] = "the binary has neither `-c QUERY` nor `export --format` yet"
        return
    for corpus in corpora:
        command = _extraction_command(binary, [corpus["path"]], features)
        figures = _repeat(runs, lambda: process_stats.measure(command, env=env))
        results["extraction"]["command"] = " ".join(command[1:-1] + ["CORPUS"])
        results["extraction"]["sizes"].append({
            "articles": corpus["articles"], "bytes": corpus["bytes"], "words": corpus["words"], **figures,
            "mb_per_s": corpus["bytes"] / MB / figures["seconds"],
            "mb_per_cpu_s": corpus["bytes"] / MB / figures["cpu_seconds"],
            "words_per_s": corpus["words"] / figures["seconds"],
            "words_per_cpu_s": corpus["words"] / figures["cpu_seconds"],
        })
    sizes = results["extraction"]["sizes"]
    # Growth is judged on CPU time: on a shared machine wall time also measures the neighbours.
    for smaller, larger in zip(sizes, sizes[1:]):
        exponent = growth.growth_exponent(smaller["articles"], larger["articles"],
                                          smaller["cpu_seconds"], larger["cpu_seconds"])
        results["extraction"]["growth"].append({
            "from": smaller["articles"], "to": larger["articles"],
            "size_ratio": larger["articles"] / smaller["articles"],
            "time_ratio": larger["cpu_seconds"] / smaller["cpu_seconds"],
            "exponent": exponent, "linear": growth.is_linear(exponent),
        })


def _measure_real_text(results, binary, env, features, options):
    """The same extraction on the gold articles: the figure closest to what an analyst's own articles cost. A quick
    run reads the first ten."""
    corpus = real_text.corpus(os.getcwd(), limit=10 if options.quick else None)
    if corpus is None:
        results["skipped"]["real text"] = f"no gold articles under {real_text.GOLD}"
        return
    command = _extraction_command(binary, corpus["paths"], features)
    figures = _repeat(options.runs, lambda: process_stats.measure(command, env=env))
    results["real_text"] = {"articles": corpus["articles"], "bytes": corpus["bytes"], "words": corpus["words"], **figures,
                            "mb_per_cpu_s": corpus["bytes"] / MB / figures["cpu_seconds"],
                            "words_per_cpu_s": corpus["words"] / figures["cpu_seconds"]}


def _measure_load(results, features):
    """Loading the largest corpus is the extraction run at that size; its memory is the session's."""
    if not features["command"]:
        results["skipped"]["load"] = "the binary has no `-c QUERY` option yet"
        return
    largest = results["extraction"]["sizes"][-1]
    results["load"] = {key: largest[key] for key in ("articles", "bytes", "seconds", "cpu_seconds", "peak_rss_mib")}
    if "in_process_load_seconds" in largest:
        results["load"]["in_process_seconds"] = largest["in_process_load_seconds"]


def _measure_export(results, corpus, binary, env, features, runs):
    if not features["export"]:
        results["skipped"]["export"] = "the binary has no `export --format` command yet"
        return
    command = [binary, "export", corpus["path"], "--format", "json"]
    figures = _repeat(runs, lambda: process_stats.measure(command, env=env))
    results["export"] = {"articles": corpus["articles"], "bytes": corpus["bytes"], **figures,
                         "mb_per_cpu_s": corpus["bytes"] / MB / figures["cpu_seconds"]}


def _measure_startup(results, binary, env, features, runs, prompt):
    try:
        samples = [prompt_timing.seconds_to_prompt([binary], prompt, env) for _ in range(runs)]
        results["startup"]["first_prompt_ms"] = statistics.median(seconds for seconds, _ in samples) * 1000
        results["startup"]["first_prompt_min_ms"] = min(seconds for seconds, _ in samples) * 1000
        results["startup"]["shell_session_cpu_ms"] = statistics.median(cpu for _, cpu in samples) * 1000
    except prompt_timing.PromptNeverAppeared as problem:
        results["skipped"]["first prompt"] = str(problem)
    if not features["command"]:
        results["skipped"]["one-line query"] = "the binary has no `-c QUERY` option yet"
        return
    command = [binary, "-c", query_latency.TRIVIAL_QUERY]
    figures = _repeat(runs, lambda: process_stats.measure(command, env=env))
    results["startup"]["one_line_query_ms"] = figures["seconds"] * 1000
    results["startup"]["one_line_query_cpu_ms"] = figures["cpu_seconds"] * 1000
    results["startup"]["one_line_query_peak_rss_mib"] = figures["peak_rss_mib"]


def _measure_queries(results, corpus, binary, env, features, runs):
    if not features["timings"]:
        results["skipped"]["queries"] = "the binary has no `--timings` option yet"
        return
    latencies = query_latency.measure(binary, corpus["path"], env, runs)
    results["queries"] = {"articles": corpus["articles"], "runs": runs, "latencies": latencies}


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (process_stats.ProcessFailed, query_latency.TimingsMissing) as failure:
        print(f"bench: {failure}", file=sys.stderr)
        sys.exit(1)
