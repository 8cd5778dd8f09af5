"""`sitrep eval`: run the chosen scorers and gather their figures in one dict."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

from rich.console import Console

from sitrep.settings import Settings

KNOWN_SETS = ("seed", "geo", "time", "quantities", "attribution", "events")


def default_shared() -> Path | None:
    """../shared beside the working directory or the checkout, when it is there."""
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *here.parents):
        candidate = base.parent / "shared"
        if (candidate / "data").is_dir():
            return candidate
    return None


def evaluate_seed_file(gold_path: Path, article_path: Path | None = None) -> dict[str, Any]:
    from sitrep.api import extract
    from sitrep.evaluation.seed import score_seed

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    meta = gold.get("article", {})
    article_path = article_path or gold_path.parent / meta.get("file", "")
    text = article_path.read_text(encoding="utf-8")
    published = dt.date.fromisoformat(meta["published"]) if meta.get("published") else None
    return score_seed(extract(text, published, outlet=meta.get("outlet")), gold)


def run_evaluations(
    gold: Path | None,
    article: Path | None,
    data: Path | None,
    sets: list[str],
    limit: int | None,
    console: Console,
) -> dict[str, Any]:
    unknown = [s for s in sets if s not in KNOWN_SETS]
    if unknown:
        raise ValueError(
            f"unknown evaluation set(s) {unknown}; choose from {', '.join(KNOWN_SETS)}"
        )
    shared = default_shared()
    gold = gold or (shared / "seed" / "gold.json" if shared else None)
    data = data or (shared / "data" if shared else None)
    results: dict[str, Any] = {}
    for name in sets:
        started = time.perf_counter()
        if name == "seed":
            if gold is None or not gold.exists():
                console.print("seed: no gold file (give --gold)")
                continue
            results["seed"] = evaluate_seed_file(gold, article)
        else:
            if data is None or not data.is_dir():
                console.print(f"{name}: no dev sets folder (give --data)")
                continue
            results[name] = _evaluate_dev_set(name, data, limit)
        console.print(f"{name}: scored in {time.perf_counter() - started:.1f} s")
    return results


def _evaluate_dev_set(name: str, data: Path, limit: int | None) -> Any:
    from sitrep.nlp import load_pipeline

    settings = Settings.from_env()
    nlp = load_pipeline(settings.model)
    if name == "geo":
        from sitrep.evaluation.geo import evaluate_geo
        from sitrep.gazetteer import ensure_gazetteer

        return evaluate_geo(data / "geo", nlp, ensure_gazetteer(settings), limit=limit)
    if name == "time":
        from sitrep.evaluation.timeml import evaluate_timeml

        return evaluate_timeml(data / "time", nlp, limit=limit)
    if name == "quantities":
        from sitrep.evaluation.newsquant import evaluate_newsquant

        return evaluate_newsquant(data / "quantities" / "NewsQuant-dev.json", nlp, limit=limit)
    if name == "attribution":
        from sitrep.evaluation.polnear import evaluate_polnear

        return evaluate_polnear(data / "attribution" / "polnear", nlp, split="dev", limit=limit)
    from sitrep.evaluation.events import evaluate_events

    return evaluate_events(data, nlp, limit=limit)
