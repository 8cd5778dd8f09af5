"""A range of days told in the present: "the season runs from June 1 to Nov. 30".

Each day of such a range, read alone, is resolved like a day of past narration, so in March the
range would fall in the year before and in July split across two years. A range that "runs" or
"is open" now is the current one, or the coming one when this year's is over: it ends on or after
the report, and starts on its own day before that end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from sitrep.extract import time_calendar as cal
from sitrep.model import TimeExpr

# What joins the two ends: "from June 1 to Nov. 30", "June 1 through Nov. 30", "June 1-Nov. 30";
# "and" only after "between".
RANGE_JOIN = re.compile(r"\s*(?:to|through|thru|until|till|-|–)\s*", re.IGNORECASE)
BETWEEN_JOIN = re.compile(r"\s+and\s+", re.IGNORECASE)
BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d\b")


def settle_present_ranges(
    text: str, times: list[TimeExpr], anchor: dt.date | None, is_present: Callable[[int, int], bool]
) -> list[TimeExpr]:
    """`times` with each present-tense range of two days (no year written) set on the same
    stretch: the one that has not yet ended at `anchor`."""
    if anchor is None:
        return times
    out = list(times)
    index = 0
    while index < len(out) - 1:
        first, last = out[index], out[index + 1]
        if not _is_yearless_range(text, first, last) or not is_present(first.start, first.end):
            index += 1
            continue
        ends, starts = _current_range(first.value or "", last.value or "", anchor)
        out[index] = dataclasses.replace(first, value=starts.isoformat())
        out[index + 1] = dataclasses.replace(last, value=ends.isoformat())
        index += 2  # a range's end starts no second range ("June 1 to June 5 to June 9")
    return out


def _is_yearless_range(text: str, first: TimeExpr, last: TimeExpr) -> bool:
    """Two days joined as a range's ends, neither with its year written."""
    if not (DAY_VALUE.fullmatch(first.value or "") and DAY_VALUE.fullmatch(last.value or "")):
        return False
    if WRITTEN_YEAR.search(first.text) or WRITTEN_YEAR.search(last.text):
        return False
    join = text[first.end : last.start]
    if BETWEEN_JOIN.fullmatch(join):
        return BETWEEN.search(text[max(0, first.start - 10) : first.start]) is not None
    return RANGE_JOIN.fullmatch(join) is not None


def _current_range(first: str, last: str, anchor: dt.date) -> tuple[dt.date, dt.date]:
    """(end, start) of the range whose end is the first on or after `anchor`."""
    start_month, start_day = (int(part) for part in first.split("-")[1:])
    end_month, end_day = (int(part) for part in last.split("-")[1:])
    year = anchor.year if (end_month, end_day) >= (anchor.month, anchor.day) else anchor.year + 1
    ends = cal.safe_date(year, end_month, end_day) or dt.date(year, end_month, 28)
    start_year = year if (start_month, start_day) <= (end_month, end_day) else year - 1
    starts = cal.safe_date(start_year, start_month, start_day) or dt.date(
        start_year, start_month, 28
    )
    return ends, starts
