"""Generated corpora kept outside the repository and reused while nothing that shapes them changed."""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "generate_corpus.py")


def cache_root():
    """$DOSSIER_BENCH_DIR, or one folder under the system temp dir shared by every run."""
    root = os.environ.get("DOSSIER_BENCH_DIR") or os.path.join(tempfile.gettempdir(), "dossier-bench")
    os.makedirs(root, exist_ok=True)
    return root


def generator_digest():
    with open(GENERATOR, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()[:16]


def corpus(count, seed):
    """The folder of `count` generated articles and its size: {path, articles, bytes, words}.

    The description is written beside the folder only after the folder is complete, so a run
    interrupted while generating is redone rather than measured half-written.
    """
    root = cache_root()
    digest = generator_digest()
    name = f"corpus-seed{seed}-n{count}"
    folder = os.path.join(root, name)
    description_path = os.path.join(root, name + ".json")
    description = _read_description(description_path)
    if description and description.get("generator") == digest and os.path.isdir(folder):
        return description
    if os.path.exists(description_path):
        os.remove(description_path)
    shutil.rmtree(folder, ignore_errors=True)
    print(f"generating {count} articles (seed {seed}) in {folder}…", file=sys.stderr)
    subprocess.run([sys.executable, GENERATOR, folder, str(count), "--seed", str(seed)], check=True)
    total_bytes, total_words = _measure(folder)
    description = {"path": folder, "articles": count, "seed": seed, "bytes": total_bytes,
                   "words": total_words, "generator": digest}
    temporary = description_path + ".partial"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(description, handle)
    os.replace(temporary, description_path)
    return description


def _read_description(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def _measure(folder):
    # Words are whitespace-separated runs, the usual meaning of words/s for text tools.
    total_bytes = total_words = 0
    for entry in sorted(os.listdir(folder)):
        with open(os.path.join(folder, entry), "rb") as handle:
            data = handle.read()
        total_bytes += len(data)
        total_words += len(data.split())
    return total_bytes, total_words
