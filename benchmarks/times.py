"""Speed of date tagging and normalisation, in sentences per second on one core.

Times `find_times` (detection + normalisation, what `extract_times` adds to a parse) over the
sentences of the TempEval-3-style gold (../shared/data/time), or over the seed article when the
shared data is absent. The spaCy parse is not included: it is shared by every extractor.

    python benchmarks/times.py [--data ../shared/data/time] [--repeat 3]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from sitrep.evaluation.timeml import load_corpus
from sitrep.extract.times import find_times

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "src" / "sitrep" / "data" / "examples" / "kursk-troops-2024-10-26.txt"


def load_sentences(data: Path) -> list[tuple[str, object]]:
    """(sentence, anchor) pairs: gold documents split at sentence ends and line breaks."""
    pairs: list[tuple[str, object]] = []
    if data.is_dir():
        for name in ("tbaq", "meantime"):
            for doc in load_corpus(data, name):
                pairs += [(s, doc.dct) for s in split_sentences(doc.text)]
    if not pairs and SEED.exists():
        import datetime as dt

        pairs = [(s, dt.date(2024, 10, 26)) for s in split_sentences(SEED.read_text("utf-8"))]
    return pairs


def split_sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "time")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sentences = load_sentences(args.data)
    best = float("inf")
    found = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        found = sum(len(find_times(text, anchor)) for text, anchor in sentences)  # type: ignore[arg-type]
        best = min(best, time.perf_counter() - start)
    print(f"sentences: {len(sentences)}  time expressions: {found}")
    print(f"best of {args.repeat}: {best:.3f} s  ->  {len(sentences) / best:,.0f} sentences/s")


if __name__ == "__main__":
    main()
