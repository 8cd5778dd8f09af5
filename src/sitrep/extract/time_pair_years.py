"""The two days of one pair or range fall in one stretch of the calendar.

Each day of "on 30 and 31 March" or "between 28 February and 2 March" is resolved alone, with the
tense the parse gives its own token, and the parse often hangs only one of them on the verb: in
past narration close to the report one day may then come out a year before the other ("30" in
the coming weeks, "31 March" a year back). Two days joined as a pair are read together: when the
first does not fall shortly before the second, both are set on the one reading the clause around
the whole pair chooses (a look back unless it points ahead).

Two months joined as a span ("between May and July 2022", "from November to February") are one
stretch too: the year written on one end is the other's, and with none written the first month
is the last one before the second (`share_month_pair_years`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_patterns import MONTH_ANY
from sitrep.extract.time_ranges import DAY_VALUE, WRITTEN_YEAR
from sitrep.extract.time_tense import PRESENT
from sitrep.model import TimeExpr

# What joins the two days of a pair: "30 and 31 March", "from 3 to 5 May", "May 3-5".
PAIR_JOIN = re.compile(
    r"\s*(?:,?\s*(?:and|or|to|through|thru|until|till)\s+|-|–)\s*", re.IGNORECASE
)
DAY_NUMBER = re.compile(r"\d")
# How far apart the two days of one pair may lie: a range spans weeks, not a year.
PAIR_REACH = 120
AHEAD = frozenset({cal.FUTURE, PRESENT})
MONTH_VALUE = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)")
MONTH_NAME = re.compile(rf"\b{MONTH_ANY}\b", re.IGNORECASE)


def share_pair_years(
    text: str, times: list[TimeExpr], tense_of: Callable[[int, int], str | None] | None
) -> list[TimeExpr]:
    """`times` with each pair of yearless days that came out far apart, or in the wrong order,
    set on one reading: the earlier of the two, unless the clause of the whole pair looks ahead."""
    out = share_month_pair_years(text, times)
    for index in range(len(out) - 1):
        first, last = out[index], out[index + 1]
        days = _yearless_pair(text, first, last)
        if days is None or 0 <= (days[1] - days[0]).days <= PAIR_REACH:
            continue
        tense = tense_of(first.start, last.end) if tense_of else None
        start, end = _pair_on(days, ahead=tense in AHEAD)
        out[index] = dataclasses.replace(first, value=start.isoformat())
        out[index + 1] = dataclasses.replace(last, value=end.isoformat())
    return out


def share_month_pair_years(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """`times` with the two months of each span on one stretch: the first takes the year written
    on the last ("from May to July 2022": 2022-05), the last the year written on the first ("from
    May 2022 to July"), and with neither written the first is the last one before the second."""
    out = list(times)
    for index in range(len(out) - 1):
        first, last = out[index], out[index + 1]
        months = _month_pair(text, first, last)
        if months is None:
            continue
        (year, month), (last_year, last_month) = months
        if WRITTEN_YEAR.search(first.text) and not WRITTEN_YEAR.search(last.text):
            last_year = year if last_month >= month else year + 1
            out[index + 1] = dataclasses.replace(last, value=cal.month_value(last_year, last_month))
        elif not WRITTEN_YEAR.search(first.text):
            year = last_year if month <= last_month else last_year - 1
            out[index] = dataclasses.replace(first, value=cal.month_value(year, month))
    return out


def _month_pair(
    text: str, first: TimeExpr, last: TimeExpr
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (year, month) of each end when `first` and `last` are months joined as a span."""
    ends = [MONTH_VALUE.fullmatch(t.value or "") for t in (first, last)]
    if not (MONTH_NAME.search(first.text) and MONTH_NAME.search(last.text)):
        return None  # "last month and July"
    if ends[0] is None or ends[1] is None or not PAIR_JOIN.fullmatch(text[first.end : last.start]):
        return None
    return (int(ends[0]["y"]), int(ends[0]["m"])), (int(ends[1]["y"]), int(ends[1]["m"]))


def _yearless_pair(text: str, first: TimeExpr, last: TimeExpr) -> tuple[dt.date, dt.date] | None:
    """The two days, when `first` and `last` are days of the month joined as a pair with no year
    written."""
    if not (DAY_VALUE.fullmatch(first.value or "") and DAY_VALUE.fullmatch(last.value or "")):
        return None
    if WRITTEN_YEAR.search(first.text) or WRITTEN_YEAR.search(last.text):
        return None
    if not (DAY_NUMBER.search(first.text) and DAY_NUMBER.search(last.text)):
        return None  # weekdays may come in any order: "statements made Friday and Thursday"
    if not PAIR_JOIN.fullmatch(text[first.end : last.start]):
        return None
    return dt.date.fromisoformat(first.value or ""), dt.date.fromisoformat(last.value or "")


def _pair_on(days: tuple[dt.date, dt.date], ahead: bool) -> tuple[dt.date, dt.date]:
    """The pair read on the first day's year (the later reading when the first is the later day)
    or on the last day's, whichever comes earlier, or later when `ahead`."""
    first, last = days
    after_first = _on_or_after(first, last)
    before_last = _on_or_before(last, first)
    readings = sorted([(first, after_first), (before_last, last)])
    return readings[-1] if ahead else readings[0]


def _on_or_after(day: dt.date, like: dt.date) -> dt.date:
    """The first day with `like`'s month and day on or after `day`."""
    for year in (day.year, day.year + 1, day.year + 2):
        found = cal.safe_date(year, like.month, like.day)
        if found is not None and found >= day:
            return found
    return like


def _on_or_before(day: dt.date, like: dt.date) -> dt.date:
    """The last day with `like`'s month and day on or before `day`."""
    for year in (day.year, day.year - 1, day.year - 2):
        found = cal.safe_date(year, like.month, like.day)
        if found is not None and found <= day:
            return found
    return like
