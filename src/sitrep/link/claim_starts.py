"""Running counts and the start they count from: "63 attacks since 2005 and 11 since January" are
two series, each value as of its report's day, that never contradict each other."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True)
class ArticleDates:
    """An article's dates and the starts of its numbers, each in text order, found once per
    article so that each count looks only at its own sentence's."""

    dates: list[Mapping[str, Any]]
    date_starts: list[int]
    number_starts: list[int]


def article_dates(payload: Mapping[str, Any]) -> ArticleDates:
    """The dates a count may start from (a date with a value) and where numbers start."""
    dates = sorted(
        (
            t
            for t in payload.get("times") or ()
            if t.get("kind", "date") == "date" and t.get("value") is not None
        ),
        key=lambda t: t["start"],
    )
    numbers = sorted(q["start"] for q in payload.get("quantities") or ())
    return ArticleDates(dates, [t["start"] for t in dates], numbers)


def since_dates(text: str, found: ArticleDates, bounds: tuple[int, int]) -> list[Mapping[str, Any]]:
    """The sentence's dates that a "since" stands before: every start a count of it may have."""
    first = bisect_left(found.date_starts, bounds[0])
    last = bisect_left(found.date_starts, bounds[1])
    return [
        t
        for t in found.dates[first:last]
        if _SINCE_BEFORE.search(text[max(bounds[0], t["start"] - _SINCE_REACH) : t["start"]])
    ]


def count_start(
    text: str,
    found: ArticleDates,
    quantity: Mapping[str, Any],
    bounds: tuple[int, int],
    starts: list[Mapping[str, Any]],
) -> Mapping[str, Any] | None:
    """The date a running count is counted from ("63 attacks since 2005 and 11 since January"):
    of the sentence's `starts`, the one after the number and before the sentence's next number,
    else the one that opens the sentence ("Since January, 12 journalists have been killed"), else
    the one of a tally the number reaches ("the toll since Sunday rose to seven"); not one of a
    clause before the number ("on alert since Monday, when gunmen killed 12"), which dates an
    event, nor a later tally's ("two were killed, raising the toll since March 1 to 10"); an
    "and 23 wounded" shares the start of the count it trails."""
    if not starts:
        return None
    following = bisect_left(found.number_starts, quantity["end"])
    until = bounds[1]
    if following < len(found.number_starts):
        until = min(until, found.number_starts[following])
    after = [
        t
        for t in starts
        if quantity["end"] <= t["start"] < until
        and not _TALLY_SINCE.search(text[quantity["end"] : t["start"]])
    ]
    if after:
        return min(after, key=lambda t: t["start"])
    opening = _OPENING_SINCE.match(text, bounds[0])
    opened = next((t for t in starts if opening and t["start"] == opening.end()), None)
    return (
        opened
        or _start_of_its_tally(text, found, quantity, bounds, starts)
        or _start_it_shares(text, found, quantity, bounds, starts)
    )


_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)


def _start_it_shares(
    text: str,
    found: ArticleDates,
    quantity: Mapping[str, Any],
    bounds: tuple[int, int],
    starts: list[Mapping[str, Any]],
) -> Mapping[str, Any] | None:
    """The start of the count an "and N wounded" trails ("nine killed since 1 March, ... and 23
    wounded"): the one between the count before it and it."""
    if not _AND_BEFORE.search(text[bounds[0] : quantity["start"]]):
        return None
    before = bisect_left(found.number_starts, quantity["start"]) - 1
    if before < 0 or found.number_starts[before] < bounds[0]:
        return None
    between = [t for t in starts if found.number_starts[before] < t["start"] < quantity["start"]]
    return between[-1] if between else None


# A tally whose start stands before its figure: "bringing the toll since Sunday to seven", "the
# number of civilians killed since March 1 has risen to at least eight".
_TALLY_SINCE = re.compile(
    r"\b(?:toll|number|total|tally|count)\b[^,;.]{0,60}?" + _SINCE + "$", re.IGNORECASE
)


# A rank before the tally's noun makes the "since" a record's, not a count's start: "in the
# highest toll since 2022, 40 people were killed" compares one toll with those since 2022.
_RANKED = re.compile(
    r"\b(?:highest|worst|deadliest|bloodiest|biggest|largest|heaviest|greatest|lowest|"
    r"first|second|third|most|least|record|single)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)

# Words by which a tally reaches its figure: "the toll since Sunday rose to seven".
_REACHES = re.compile(
    r"\b(?:to|at|reach(?:es|ed)?|r(?:ose|isen|ises?)|climb(?:s|ed)?|stands?|stood|hit|is|was)\b",
    re.IGNORECASE,
)


def _start_of_its_tally(
    text: str,
    found: ArticleDates,
    quantity: Mapping[str, Any],
    bounds: tuple[int, int],
    starts: list[Mapping[str, Any]],
) -> Mapping[str, Any] | None:
    """The start a tally names before the figure it reaches ("rose to", "to"), with no other
    number between, unless the tally is ranked ("the highest toll since 2022")."""
    for start in reversed([t for t in starts if t["start"] < quantity["start"]]):
        between = bisect_left(found.number_starts, start.get("end", start["start"]))
        if between < len(found.number_starts) and found.number_starts[between] < quantity["start"]:
            continue
        tally = _TALLY_SINCE.search(text[bounds[0] : start["start"]])
        if tally is None or _RANKED.search(text[bounds[0] : bounds[0] + tally.start()]):
            continue
        if _REACHES.search(text[start.get("end", start["start"]) : quantity["start"]]):
            return start
    return None


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


def worded_start(start: str, sinces: Iterable[str | None]) -> str:
    """A series start as a reader says it: the day its reports name when they all name one
    ("March 3, 2025"), else the key's month or year ("March 2025", "2005"), never "2025-03"."""
    named = {since for since in sinces if since and series_start(since) == start}
    shown = named.pop() if len(named) == 1 else start
    for form, words in (("%Y-%m-%d", "%B %-d, %Y"), ("%Y-%m", "%B %Y")):
        try:
            return dt.datetime.strptime(shown, form).strftime(words)
        except ValueError:
            continue
    return shown


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


# The figure a count moved on from, named after it: "84, up from 48 a week ago", "down from 31
# on Monday". The day after it is that figure's, not the count's.
_EARLIER_FIGURE = re.compile(
    r"\b(?:up|down|rising|falling|risen|fallen)?\s*from\s+\d", re.IGNORECASE
)


def earlier_figure_dates(
    text: str, quantity: Mapping[str, Any], dates: Iterable[Mapping[str, Any]]
) -> list[Mapping[str, Any]]:
    """The dates after the count that date the earlier figure it moved on from ("holds 84, up
    from 48 a week ago": a week ago is the 48's day), so the count is not dated by them."""
    return [
        t
        for t in dates
        if t["start"] >= quantity["end"]
        and _EARLIER_FIGURE.search(text[quantity["end"] : t["start"]])
    ]
