"""The gold articles as a corpus of real text: the articles the extraction is scored on, written as analysts
write, denser in names, quotations and bracketed acronyms than the generated corpus."""
import os

GOLD = os.path.join("Tests", "DossierExtractTests", "Gold")
ARTICLE_EXTENSIONS = (".txt", ".md", ".markdown")


def corpus(root, limit=None):
    """The paths, article count, bytes and words of the gold articles under the repository `root` (the first `limit`
    in name order, if given), or None when there are none."""
    gold = os.path.join(root, GOLD)
    paths = sorted(os.path.join(folder, name) for folder, _, names in os.walk(gold)
                   for name in names if name.lower().endswith(ARTICLE_EXTENSIONS))[:limit]
    if not paths:
        return None
    size = words = 0
    for path in paths:
        with open(path, "rb") as handle:
            data = handle.read()
        size += len(data)
        words += len(data.split())
    return {"paths": paths, "articles": len(paths), "bytes": size, "words": words}
