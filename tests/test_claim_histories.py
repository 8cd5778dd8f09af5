"""Claim histories of one developing crisis through the real pipeline, scored against the gold.

The invented series in tests/data/claim_series (see its README) is read by the real pipeline and
linked; for each history an analyst expects, the question is put as an analyst would phrase it
(`matching_subjects`), and the histories it finds (a town's incidents, in date order) are read
together: how many of the gold values they hold (recall), how many of their values are gold
(precision), and which pairs of reports each flags as contradicting within itself. Marked
`model`. Floors are the scores reached so far: raise them as the linker and the extractors
improve, never lower them silently.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from sitrep import link
from sitrep.link.claims import in_unit
from sitrep.model import Article

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "claim_series"
VALUE_RECALL_FLOOR = 0.95
VALUE_PRECISION_FLOOR = 0.95
FOUND_FLOOR = 5  # gold histories that a question finds at all
CONTRADICTIONS_FOUND_FLOOR = 5  # gold pairs of reports flagged


def _reports() -> list[dict[str, Any]]:
    lines = (DATA / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def _expected() -> dict[str, Any]:
    return json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def histories() -> list[link.History]:
    try:
        from sitrep.pipeline import extract_article, load_resources

        resources = load_resources()
    except (ImportError, OSError, NotImplementedError) as error:
        pytest.skip(f"the pipeline cannot load ({error.__class__.__name__}: {error})")
    from sitrep.store.ledger import build_ledger

    payloads = []
    for report in _reports():
        article = Article(
            report["id"],
            report["text"],
            title=report["title"],
            outlet=report["outlet"],
            published=dt.date.fromisoformat(report["published"]),
        )
        payloads.append((report["id"], extract_article(article, resources).to_json()))
    return build_ledger(payloads).histories


def _same_value(value: link.ClaimRecord, gold: list[Any], unit: str | None = None) -> bool:
    """The gold value, read in the gold subject's unit when it names one (areas are given in
    square kilometres whichever unit the history is shown in)."""
    report, number, hedge = gold[:3]
    value = in_unit(value, unit) if unit else value
    shown = value.value if value.value is not None else value.high
    return (
        value.article_id == report
        and value.hedge == hedge
        and shown is not None
        and abs(shown - number) <= 0.01 * number
    )


def score_values(values: list[link.ClaimRecord], gold: dict[str, Any]) -> tuple[int, int]:
    """Gold values among `values`, and the values that are gold."""
    unit = gold["subject"].get("unit")
    held = sum(1 for g in gold["values"] if any(_same_value(v, g, unit) for v in values))
    right = sum(1 for v in values if any(_same_value(v, g, unit) for g in gold["values"]))
    return held, right


def answer(histories: list[link.History], gold: dict[str, Any]) -> list[link.History]:
    """The histories an analyst asking `about` reads: every one the question finds, in order
    ("killed in Kidal" reads each incident's toll at the town, not only the longest)."""
    return link.matching_subjects(histories, gold["about"])


def test_series_histories_reach_the_floors(histories: list[link.History]) -> None:
    golds = _expected()["histories"]
    held = right = total = shown = found = 0
    flagged: set[tuple[str, ...]] = set()
    wanted: set[tuple[str, ...]] = set()
    for gold in golds:
        total += len(gold["values"])
        wanted |= {(gold["about"], *pair) for pair in gold["contradictions"]}
        read = answer(histories, gold)
        values = [v for history in read for v in history.values]
        gold_held, gold_right = score_values(values, gold)
        if not gold_held:
            continue
        found += 1
        held, right, shown = held + gold_held, right + gold_right, shown + len(values)
        flagged |= {
            (gold["about"], *sorted((c.first.article_id, c.second.article_id)))
            for history in read
            for c in link.contradictions(history)
        }
    recall, precision = held / total, right / max(shown, 1)
    print(
        f"\nclaim series: {found}/{len(golds)} histories found; values recall {recall:.2f} "
        f"precision {precision:.2f}; contradictions {len(flagged & wanted)}/{len(wanted)} found, "
        f"{len(flagged - wanted)} false"
    )
    assert found >= FOUND_FLOOR
    assert recall >= VALUE_RECALL_FLOOR and precision >= VALUE_PRECISION_FLOOR
    assert len(flagged & wanted) >= CONTRADICTIONS_FOUND_FLOOR
    assert not flagged - wanted, flagged - wanted
