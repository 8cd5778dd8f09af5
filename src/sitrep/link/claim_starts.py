"""Running counts and the start they count from: "63 attacks since 2005 and 11 since January" are
two series, each value as of its report's day, that never contradict each other."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sitrep.link.dates import date_interval

Value = TypeVar("Value")
SeriesKey = tuple[tuple[str, str, str, str, str], str]  # a comparable subject, a series start

# A date a running count starts from: "since 2005", "since early March", and "since the siege
# began on March 3", whose clause names the start.
_SINCE = r"\bsince\s+(?:[^,;.]{0,40}?\b(?:began|begun|started|erupted|broke\s+out)\s+(?:on|in)\s+)?"
_SINCE_BEFORE = re.compile(_SINCE + "$", re.IGNORECASE)
_OPENING_SINCE = re.compile(r"\W*" + _SINCE, re.IGNORECASE)
_SINCE_REACH = 60  # how far before a date its "since" may stand


def count_start(
    payload: Mapping[str, Any], index: int, bounds: tuple[int, int]
) -> Mapping[str, Any] | None:
    """The date a running count is counted from ("63 attacks since 2005 and 11 since January"):
    the "since" date after the number and before the sentence's next number, else the one that
    opens the sentence ("Since January, 12 journalists have been killed"); not one of a clause
    before the number ("on alert since Monday, when gunmen killed 12"), which dates an event."""
    text = payload.get("text") or ""
    quantity = payload["quantities"][index]
    starts = [
        t
        for t in payload.get("times") or ()
        if bounds[0] <= t["start"] < bounds[1]
        and t.get("kind", "date") == "date"
        and _SINCE_BEFORE.search(text[max(bounds[0], t["start"] - _SINCE_REACH) : t["start"]])
    ]
    if not starts:
        return None
    following = [
        q["start"]
        for q in payload.get("quantities") or ()
        if quantity["end"] <= q["start"] < bounds[1]
    ]
    until = min(following, default=bounds[1])
    after = [t for t in starts if quantity["end"] <= t["start"] < until]
    if after:
        return min(after, key=lambda t: t["start"])
    opening = _OPENING_SINCE.match(text, bounds[0])
    return next((t for t in starts if opening and t["start"] == opening.end()), None)


def series_start(since: str | None) -> str:
    """The start that keys a running count's series: the month of a start within a month ("since
    Wednesday", "since early March", "since March 3" are one series), else its year ("since
    2005"); "" when the count names no dated start ("since the war began").

    Two counts from different starts (63 attacks since 2005, 11 since January) are different
    series that never contradict each other. A month, not a day: reports round one start
    differently ("since the siege began on March 3", "since early March").
    """
    days = date_interval(since)
    if days is None:
        return ""
    first, last = days
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%Y-%m}"
    return str(first.year)


def join_unstarted_counts(
    grouped: dict[SeriesKey, list[Value]], order: Callable[[Value], Any]
) -> None:
    """A count that names no start joins the one series of its subject that does: "25,000
    displaced" and "45,000 have fled since March 3" count the same people. Where counts run
    from several starts, it cannot tell which it belongs to, and stays apart."""
    starts: dict[tuple[str, str, str, str, str], list[str]] = defaultdict(list)
    for subject, start in grouped:
        if start:
            starts[subject].append(start)
    for subject, found in starts.items():
        if len(found) == 1 and (subject, "") in grouped:
            started = (subject, found[0])
            joined = [*grouped[started], *grouped.pop((subject, ""))]
            grouped[started] = sorted(joined, key=order)
