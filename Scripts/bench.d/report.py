"""The figures as an aligned table for people and as JSON for tools."""
import json
import os


def write_json(results, path):
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    temporary = path + ".partial"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=2)
        handle.write("\n")
    os.replace(temporary, path)


def table(results):
    """Figure, value, target and verdict, one line each; skipped figures last with their reason."""
    targets = {check["key"]: check for check in results["targets"]}
    rows = [("figure", "value", "target", "")]
    for key, label, value in _figures(results):
        check = targets.get(key)
        if check:
            rows.append((label, value, check["target"], "ok" if check["met"] else "MISSED"))
        else:
            rows.append((label, value, "", ""))
    for name, reason in results["skipped"].items():
        rows.append((name, "skipped", "", reason))
    machine = results["machine"]
    rows.append(("machine", f"{machine['cpus']} cores, {machine['cpu_model']}, load {machine['load_average_at_start']:.1f}"
                 f" → {machine['load_average_at_end']:.1f}", "", ""))
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join([row[column].ljust(widths[column]) for column in range(3)] + [row[3]]).rstrip())
        if index == 0:
            lines.append("  ".join("─" * width for width in widths))
    return "\n".join(lines)


def _figures(results):
    for extraction in results["extraction"]["sizes"]:
        count = f"{extraction['articles']:,}"
        yield (f"extraction:{extraction['articles']}", f"extraction, {count} articles",
               f"{extraction['mb_per_cpu_s']:.1f} MB/s, {extraction['words_per_cpu_s'] / 1e6:.2f} M words/s")
        yield ("", "  wall time, CPU time, peak memory",
               f"{extraction['seconds']:.2f} s, {extraction['cpu_seconds']:.2f} s, {extraction['peak_rss_mib']:.0f} MiB")
    real = results.get("real_text")
    if real:
        yield ("extraction:real", f"extraction, {real['articles']:,} gold articles (real text)",
               f"{real['mb_per_cpu_s']:.1f} MB/s, {real['words_per_cpu_s'] / 1e6:.2f} M words/s")
        yield ("", "  wall time, CPU time, peak memory",
               f"{real['seconds']:.2f} s, {real['cpu_seconds']:.2f} s, {real['peak_rss_mib']:.0f} MiB")
    for growth in results["extraction"]["growth"]:
        yield (f"growth:{growth['from']}-{growth['to']}", f"time growth {growth['from']:,} → {growth['to']:,}",
               f"CPU ×{growth['time_ratio']:.2f} for ×{growth['size_ratio']:g} (k = {growth['exponent']:.2f})")
    load = results.get("load")
    if load:
        inside = f" ({load['in_process_seconds']:.2f} s inside)" if "in_process_seconds" in load else ""
        yield ("load", f"load {load['articles']:,} articles",
               f"{load['seconds']:.2f} s{inside}, {load['peak_rss_mib']:.0f} MiB")
    export = results.get("export")
    if export:
        yield ("export", f"export {export['articles']:,} articles as JSON",
               f"{export['seconds']:.2f} s, {export['mb_per_cpu_s']:.1f} MB/s, {export['peak_rss_mib']:.0f} MiB")
    startup = results.get("startup", {})
    if "first_prompt_ms" in startup:
        yield ("first_prompt", "launch to first prompt",
               f"{startup['first_prompt_ms']:.1f} ms (fastest {startup['first_prompt_min_ms']:.1f} ms,"
               f" session CPU {startup['shell_session_cpu_ms']:.0f} ms)")
    if "one_line_query_ms" in startup:
        yield ("one_line_query", "launch to -c answer, samples",
               f"{startup['one_line_query_ms']:.1f} ms (CPU {startup['one_line_query_cpu_ms']:.0f} ms)")
    queries = results.get("queries")
    if queries:
        for latency in queries["latencies"]:
            cpu = f" (CPU {latency['median_cpu_ms']:.1f} ms)" if "median_cpu_ms" in latency else ""
            yield (f"query:{latency['name']}", f"query {latency['name']}, {queries['articles']:,} articles",
                   f"{latency['median_ms']:.2f} ms{cpu}")
