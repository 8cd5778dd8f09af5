"""Sentences and dates: where a finding's sentence lies, which days a TIMEX3 value covers."""

from __future__ import annotations

import datetime as dt
import functools
import re

from sitrep.sentences import SENTENCE_END, sentence_around, sentence_bounds  # noqa: F401


@functools.lru_cache(maxsize=16384)
def date_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a TIMEX3-style value covers ("2024-10-25", "2024-10", "2024-W43"), else None.

    Cached: clustering asks for the same few thousand dates millions of times.
    """
    if not value:
        return None
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}", value):
            day = dt.date.fromisoformat(value[:10])
            return day, day
        if match := re.match(r"^(\d{4})-W(\d{2})", value):
            monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if match := re.match(r"^(\d{4})-(\d{2})$", value):
            first = dt.date(int(match[1]), int(match[2]), 1)
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
    except ValueError:
        return None
    return None


def days_apart(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> int | None:
    """Days between two intervals (0 when they overlap); None when either is unknown."""
    if a is None or b is None:
        return None
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0
