"""Which of the overlapping candidate time expressions are kept: the longest, earlier rules
winning ties, by bisection over the spans already taken (a test against every one of them made a
long article's dates grow with its square)."""

from __future__ import annotations

import bisect

from sitrep.extract.time_detect import RULE_ORDER, Found


def select(found: list[Found]) -> list[Found]:
    """The longest matches that do not overlap, in text order (earlier rules win ties)."""
    ranked = sorted(found, key=lambda f: (-(f.end - f.start), f.start, RULE_ORDER[id(f.rule)]))
    taken: list[Found] = []
    spans: list[tuple[int, int]] = []  # the taken (start, end) pairs, sorted
    for f in ranked:
        if not _overlaps_any(spans, f.start, f.end):
            taken.append(f)
            bisect.insort(spans, (f.start, f.end))
    return sorted(taken, key=lambda f: f.start)


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans`, sorted pairs that overlap none of each other:
    their ends then rise with their starts, so only the last one starting before `end` can reach
    past `start`. A test against every span taken made a long article's dates quadratic."""
    before_end = bisect.bisect_left(spans, (end,))
    return before_end > 0 and spans[before_end - 1][1] > start
