"""One reading per report and source: the values the claim tracker draws and counts disputes by.

A headline retells its article's body ("Blast kills 9 in Mosul" over "At least 9 people were
killed, police said"). Kept as a value of its own, it was a second point for one report; a line
drawn between two articles' unsourced headlines read as one source revising its toll; and each
disagreement was counted once per copy. So:

- a value with no named source is its outlet's, else its own article's (`series_key`), never one
  "unattributed" voice shared by every article;
- a headline's unsourced figure that its body gives too is left for the body's, which carries
  the hedge and the source;
- one source's figures in one report are one reading when they give the same number ("9" and
  "at least 9"), the first its body gives; a different number is the count moving on ("at least
  5", later "at least 12"), even where both could hold, and a headline's "30" over a body's "at
  least 12" is a figure of its own, not a copy;
- with the copies gone, a subject's `n_contradictions` is the number of contradictions it lists
  (`sitrep.store.ledger`): the page's "3 contradictions" heads a list of three.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sitrep.link.records import ClaimRecord
from sitrep.link.series_keys import series_key


def headline_quantities(payload: Mapping[str, Any], article_id: str) -> set[tuple[str, int]]:
    """The (article, quantity index) of each number printed in the headline its text opens with."""
    title = str((payload.get("article") or {}).get("title") or "").strip()
    text = str(payload.get("text") or "")
    if not title or not text.lstrip().startswith(title):
        return set()
    end = text.index(title) + len(title)
    quantities = payload.get("quantities") or ()
    return {(article_id, i) for i, q in enumerate(quantities) if q.get("start", end) < end}


def one_reading_each(
    values: Sequence[ClaimRecord], headlines: Collection[tuple[str, int]]
) -> list[ClaimRecord]:
    """`values` (a history's, in its order) less the copies: an unsourced headline figure its
    body gives too, and a source's figure repeating one it gave earlier in the same report.
    Copies lie within one report, so each report's values are read apart (a history of
    thousands of values is not compared pair by pair)."""
    by_report: dict[str, list[ClaimRecord]] = defaultdict(list)
    for value in values:
        by_report[value.article_id].append(value)
    chosen: set[int] = set()
    for report in by_report.values():
        body = [v for v in report if (v.article_id, v.idx) not in headlines]
        kept: list[ClaimRecord] = []
        for value in sorted(report, key=lambda v: ((v.article_id, v.idx) in headlines, v.idx)):
            restated = (value.article_id, value.idx) in headlines and not value.source
            if restated and any(_same_figure(value, other) for other in body):
                continue
            if not any(_same_reading(value, other) for other in kept):
                kept.append(value)
        chosen |= {id(value) for value in kept}
    return [value for value in values if id(value) in chosen]


def _key(value: ClaimRecord) -> str:
    return series_key(value.source, value.outlet, value.article_id)


def _same_reading(value: ClaimRecord, other: ClaimRecord) -> bool:
    return (
        value.article_id == other.article_id
        and _key(value) == _key(other)
        and _same_figure(value, other)
    )


def _same_figure(value: ClaimRecord, other: ClaimRecord) -> bool:
    """Whether two figures give the same number ("14" and "at least 14"), not merely two that
    could both hold ("at least 5" and "at least 12" could, yet the count moved on)."""
    if value.value is not None and other.value is not None:
        return value.value == other.value
    return (value.low, value.high) == (other.low, other.high)
