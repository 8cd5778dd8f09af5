"""Soak: ingest many articles into one database, recording throughput and memory every 1,000.

The dev corpora's texts are repeated with varied ids, dates and a varied closing line (so each
is a new article to the store). Memory should stay flat after warm-up (growth < 5%) and
throughput steady.

    python benchmarks/soak.py [--articles 20000] [--every 1000] [--n-process 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import news_texts


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def articles(count: int) -> Iterator[object]:
    from sitrep.ingest.text import article_from_text

    texts = news_texts()
    start = dt.date(2018, 1, 1)
    for i in range(count):
        text = f"{texts[i % len(texts)]}\n\n(Update {i}.)"
        yield article_from_text(text, start + dt.timedelta(days=i % 365), article_id=f"soak-{i}")


def main() -> None:
    from sitrep.batch import ingest_items
    from sitrep.pipeline import load_resources
    from sitrep.settings import Settings
    from sitrep.store import Store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--every", type=int, default=1000)
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()
    db = Path(tempfile.mkdtemp(prefix="sitrep-soak-")) / "soak.db"
    settings = Settings.from_env(db=str(db), n_process=args.n_process)
    resources = load_resources(settings)
    store = Store(str(db))
    state = {"done": 0, "mark": time.perf_counter()}
    samples: list[tuple[int, float, float]] = []

    def report(n: int) -> None:
        state["done"] += n
        if state["done"] // args.every > len(samples):
            now = time.perf_counter()
            rate = args.every / (now - state["mark"])
            state["mark"] = now
            samples.append((state["done"], rate, rss_mb()))
            print(
                f"{state['done']:>7} articles  {rate:6.1f} articles/s  RSS {samples[-1][2]:7.1f} MB",
                flush=True,
            )

    summary = ingest_items(articles(args.articles), store, resources, report)
    print(f"ingested {summary.ingested}, present {summary.present}, failed {len(summary.failed)}")
    if len(samples) >= 3:
        warm = samples[1][2]
        growth = (samples[-1][2] - warm) / warm * 100
        rates = [s[1] for s in samples[1:]]
        print(
            f"memory after warm-up: {warm:.1f} MB -> {samples[-1][2]:.1f} MB ({growth:+.1f}%); "
            f"throughput min/median/max {min(rates):.1f}/{sorted(rates)[len(rates) // 2]:.1f}/{max(rates):.1f} articles/s"
        )


if __name__ == "__main__":
    main()
