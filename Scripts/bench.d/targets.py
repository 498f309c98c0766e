"""The speed and memory Dossier promises, checked against measured figures."""

EXTRACTION_MB_PER_S = 10.0
LOAD_SECONDS = 10.0
LOAD_ARTICLES = 10_000
QUERY_MS = 100.0
FIRST_PROMPT_MS = 50.0


def check(results):
    """One entry per promise that the measured figures can answer: key, target, value, met."""
    checks = []
    for extraction in results["extraction"]["sizes"]:
        checks.append(_check(f"extraction:{extraction['articles']}", f">= {EXTRACTION_MB_PER_S:g} MB/s per core",
                             extraction["mb_per_cpu_s"], extraction["mb_per_cpu_s"] >= EXTRACTION_MB_PER_S))
    real = results.get("real_text")
    if real:
        checks.append(_check("extraction:real", f">= {EXTRACTION_MB_PER_S:g} MB/s per core",
                             real["mb_per_cpu_s"], real["mb_per_cpu_s"] >= EXTRACTION_MB_PER_S))
    for growth in results["extraction"]["growth"]:
        checks.append(_check(f"growth:{growth['from']}-{growth['to']}", "linear (k <= 1.15)",
                             growth["exponent"], growth["linear"]))
    load = results.get("load")
    if load:
        # Only the full-size corpus is held to the load promise; a quick run's load is just reported.
        if load["articles"] >= LOAD_ARTICLES:
            checks.append(_check("load", f"< {LOAD_SECONDS:g} s", load["seconds"], load["seconds"] < LOAD_SECONDS))
    startup = results.get("startup", {})
    if "first_prompt_ms" in startup:
        value = startup["first_prompt_ms"]
        checks.append(_check("first_prompt", f"<= {FIRST_PROMPT_MS:g} ms", value, value <= FIRST_PROMPT_MS))
    queries = results.get("queries")
    if queries and queries["articles"] >= LOAD_ARTICLES:
        for latency in queries["latencies"]:
            value = latency["median_ms"]
            checks.append(_check(f"query:{latency['name']}", f"< {QUERY_MS:g} ms", value, value < QUERY_MS))
    return checks


def _check(key, target, value, met):
    return {"key": key, "target": target, "value": value, "met": met}
