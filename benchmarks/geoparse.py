"""Print the geoparser's cost: gazetteer open time and memory, and its share of pipeline time.

Usage: .venv/bin/python benchmarks/geoparse.py [N_ARTICLES]  (reads ../shared/data/geo/GWN.xml
when present, else repeats the seed example).
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from sitrep.clean import find_furniture
from sitrep.extract.context import DocContext
from sitrep.extract.places import extract_places
from sitrep.gazetteer import default_gazetteer_path, ensure_gazetteer, open_gazetteer
from sitrep.model import Article
from sitrep.nlp import load_pipeline, make_doc
from sitrep.settings import Settings

REPO = Path(__file__).resolve().parent.parent


def texts(limit: int) -> list[str]:
    gwn = REPO.parent / "shared" / "data" / "geo" / "GWN.xml"
    if gwn.exists():
        from sitrep.evaluation.geo import read_gwn

        return [a.text for a in read_gwn(gwn)[:limit]]
    return [(REPO / "examples" / "kursk-troops-2024-10-26.txt").read_text()] * limit


def main(limit: int = 100) -> None:
    settings = Settings.from_env()
    ensure_gazetteer(settings).close()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    gazetteer = open_gazetteer(default_gazetteer_path(settings))
    gazetteer.lookup("Kyiv")
    open_seconds = time.perf_counter() - started
    rss_gazetteer = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    nlp = load_pipeline(settings.model)
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts(limit))]
    furniture = [tuple(find_furniture(a.text)) for a in articles]
    started = time.perf_counter()
    docs = list(
        nlp.pipe(make_doc(nlp, a.text, f) for a, f in zip(articles, furniture, strict=True))
    )
    parse_seconds = time.perf_counter() - started
    started = time.perf_counter()
    count = sum(
        len(extract_places(DocContext(doc, a, f), gazetteer))
        for doc, a, f in zip(docs, articles, furniture, strict=True)
    )
    places_seconds = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    size = gazetteer.path.stat().st_size / 1e6
    print(f"gazetteer: {size:.1f} MB on disk, open + first lookup {open_seconds * 1000:.0f} ms")
    print(f"articles: {len(articles)}, places: {count}")
    print(
        f"spaCy parse: {parse_seconds:.2f} s; geoparsing: {places_seconds:.2f} s "
        f"({100 * places_seconds / parse_seconds:.1f}% of the parse)"
    )
    print(
        f"resident: {rss_before / 1024:.0f} MB before the gazetteer, {rss_gazetteer / 1024:.0f} MB "
        f"with it open; peak {rss / 1024:.0f} MB with the model and {len(docs)} parsed articles"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
