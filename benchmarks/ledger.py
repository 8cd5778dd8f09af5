"""Ledger rebuild: time and peak memory of `rebuild_ledger` over a whole store.

    python benchmarks/ledger.py --db /tmp/soak.db          # a store filled by benchmarks/soak.py
    python benchmarks/ledger.py --articles 5000            # synthetic extractions, no model needed

The rebuild reads every current extraction, so it is the cost a user pays after an ingest into a
large store (or with `sitrep ledger`). Peak memory is the process's maximum resident set.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from sitrep.store import Store
from sitrep.store.ledger import rebuild_ledger


def synthetic_store(path: Path, articles: int) -> Store:
    from sitrep.web.sample import synthetic_extractions

    store = Store(str(path))
    items = synthetic_extractions(articles)
    for chunk in range(0, len(items), 500):
        store.save_batch(items[chunk : chunk + 500])
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing store (it is rebuilt in place)")
    parser.add_argument("--articles", type=int, default=5000, help="synthetic articles otherwise")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.db:
            store = Store(args.db)
        else:
            store = synthetic_store(Path(scratch) / "ledger.db", args.articles)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        summary = rebuild_ledger(store)
        elapsed = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{summary}")
    print(f"rebuild: {elapsed:.1f} s, peak RSS {peak:.0f} MB (before the rebuild {before:.0f} MB)")


if __name__ == "__main__":
    main()
