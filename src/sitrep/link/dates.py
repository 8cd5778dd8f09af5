"""Sentences and dates: where a finding's sentence lies, which days a TIMEX3 value covers."""

from __future__ import annotations

import datetime as dt
import functools
import re

from sitrep.sentences import SENTENCE_END, sentence_around, sentence_bounds  # noqa: F401

# The months of a TimeML season, from the first: "2013-WI" runs from December 2013 into February.
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@functools.lru_cache(maxsize=16384)
def date_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a TIMEX3-style value covers ("2024-10-25", "2024-10", "2024-W43", "2024-W43-WE",
    "2024-Q3", "2024-SU", "2023", the decade "196", the century "19"), else None.

    A decade or a century is a long-past period, not an unknown day: read as nothing, "killed 300
    villagers in the 1980s" would fall back to the publication day and sort as this week's news.
    Cached: clustering asks for the same few thousand dates millions of times.
    """
    if not value:
        return None
    try:
        return _calendar_days(value) or _period_days(value)
    except ValueError:
        return None


def _calendar_days(value: str) -> tuple[dt.date, dt.date] | None:
    """A day, a week or its weekend (Saturday and Sunday, not the whole week), or a month."""
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        day = dt.date.fromisoformat(value[:10])
        return day, day
    if match := re.match(r"^(\d{4})-W(\d{2})(-WE)?", value):
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if match[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if match := re.match(r"^(\d{4})-(\d{2})$", value):
        return _months(int(match[1]), int(match[2]), 1)
    return None


def _period_days(value: str) -> tuple[dt.date, dt.date] | None:
    """A quarter, a half, a season, a year, a decade or a century."""
    if match := re.match(r"^(\d{4})-([QH])([1-4])$", value):
        span = 3 if match[2] == "Q" else 6
        return _months(int(match[1]), (int(match[3]) - 1) * span + 1, span)
    if match := re.match(r"^(\d{4})-(SP|SU|FA|WI)$", value):
        return _months(int(match[1]), SEASON_MONTHS[match[2]], 3)
    if re.match(r"^\d{2,4}$", value):
        first_year = int(value.ljust(4, "0"))
        return dt.date(first_year, 1, 1), dt.date(first_year + 10 ** (4 - len(value)) - 1, 12, 31)
    return None


def _months(year: int, first_month: int, count: int) -> tuple[dt.date, dt.date]:
    """The days of `count` calendar months from `first_month` of `year`."""
    first = dt.date(year, first_month, 1)
    after = first_month - 1 + count
    following = dt.date(year + after // 12, after % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def days_apart(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> int | None:
    """Days between two intervals (0 when they overlap); None when either is unknown."""
    if a is None or b is None:
        return None
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def sortable_day(value: str | None, last: bool = True) -> str | None:
    """The ISO day a TIMEX3 value ends (or, with last=False, begins) on, for ordering and
    comparing values as dates: as text, "2026-W10-WE" sorts after "2026-03-12", the Thursday after
    that weekend. None when the value is no date."""
    days = date_interval(value)
    return days[1 if last else 0].isoformat() if days else None
