"""Live-blog entries: the time stamp that opens each item ("09:14 GMT —", "Updated 10:30 GMT —")
says when the item was written, so the item's "two hours ago" and "earlier today" are counted
from that stamp, not from the page's publication date (a blog that runs across midnight, under
a "Sunday February 9" heading, dates its stamps by the heading).

An item is the paragraph its stamp opens: a timeline of stamped lines inside a story ("11:00 am
– Police receive 911 calls") would otherwise lend its last clock to the rest of the story.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from sitrep.extract.datelines import dateline_length

# A stamp's value: a day and a clock, perhaps with seconds and a zone ("2025-02-10T09:14Z").
STAMP_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<clock>\d\d:\d\d)(?::\d\d)?(?P<zone>.*)")
CLOCK_UNITS = {"hour": 60, "minute": 1}
DASH_REACH = 6  # room after a stamp for the dash that closes it: " — ", " -- "
HALF_DAY = 12 * 60  # minutes: the most a clock moves between two stamps of one day
# minutes: a move between two stamps this short tells which way the page runs; a longer one
# ("07:45", then "20:10") reads as well either way round the clock, so it tells nothing
CLEAR_MOVE = 8 * 60
OLDEST_FIRST, NEWEST_FIRST = 1, -1


@dataclass(frozen=True)
class Entry:
    """The item a live blog's time stamp opens: the day it was written, the stamp's value, where
    the item's paragraph ends, the day the page (or a heading above) gave the stamp before the
    stamps above it dated it, and which way the page runs as far as the stamps down to this one
    tell (OLDEST_FIRST, NEWEST_FIRST, or 0 while they have not told)."""

    day: dt.date
    stamp: str
    end: int
    page_day: dt.date
    runs: int = 0

    def covers(self, start: int) -> bool:
        """Whether an expression starting at `start` lies in the item."""
        return start < self.end


def opened_entry(text: str, start: int, end: int, value: str | None) -> Entry | None:
    """The entry whose stamp is text[start:end] (with its value), or None when the expression is
    not a clock standing at the head of its line before a dash."""
    found = STAMP_VALUE.fullmatch(value or "")
    if found is None:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    if end > line_start + dateline_length(text[line_start : end + DASH_REACH]):
        return None
    paragraph_end = text.find("\n", end)
    day = dt.date.fromisoformat(found["day"])
    return Entry(day, found[0], paragraph_end if paragraph_end != -1 else len(text), day)


def dated_down_the_page(entry: Entry, above: Entry | None) -> Entry:
    """The entry dated by the stamp above it.

    A blog that crosses midnight with no day heading gives every stamp the publication day, so
    the day follows the page's direction. The direction comes from the first two stamps whose
    order is clear: a short move round the clock ("09:14", then "10:30"; "00:15", then "23:50"
    the short way back) or a new day heading. It is kept down the page, and the clock crosses
    midnight only the way the page runs: on an oldest-first page a drop of more than half a day
    ("23:50", then "00:15") reaches the day after, on a newest-first page a rise of more than half
    a day the day before; any other move keeps the day. A stamp whose page day differs from the
    one above (a new day heading) keeps its own day.
    """
    if above is None:
        return entry
    if entry.page_day != above.page_day:
        runs = OLDEST_FIRST if entry.page_day > above.page_day else NEWEST_FIRST
        return replace(entry, runs=runs)
    change = _minutes(entry.stamp) - _minutes(above.stamp)
    runs = above.runs or _clear_direction(change)
    day = above.day
    if runs == NEWEST_FIRST and change > HALF_DAY:
        day -= dt.timedelta(days=1)
    elif runs == OLDEST_FIRST and change < -HALF_DAY:
        day += dt.timedelta(days=1)
    stamp = day.isoformat() + entry.stamp[len("YYYY-MM-DD") :]
    return replace(entry, day=day, stamp=stamp, runs=runs)


def _clear_direction(change: int) -> int:
    """The direction a move of `change` minutes between two stamps shows, taken the short way
    round the clock, or 0 when the move is too long to tell."""
    forward = change % (24 * 60)  # minutes on from the stamp above, crossing midnight if need be
    if forward and forward < CLEAR_MOVE:
        return OLDEST_FIRST
    if forward > 24 * 60 - CLEAR_MOVE:
        return NEWEST_FIRST
    return 0


def _minutes(stamp: str) -> int:
    """The stamp's clock in minutes after midnight."""
    found = STAMP_VALUE.fullmatch(stamp)
    if found is None:
        return 0
    hour, minute = map(int, found["clock"].split(":"))
    return hour * 60 + minute


def clock_from_stamp(stamp: str, amount: float, unit: str) -> str | None:
    """The clock `amount` hours or minutes from the stamp (-2 hours, "two hours ago", in the
    09:14 GMT item: 07:14 GMT), or None for a unit the stamp cannot count in."""
    found = STAMP_VALUE.fullmatch(stamp)
    if found is None or unit not in CLOCK_UNITS:
        return None
    hour, minute = map(int, found["clock"].split(":"))
    midnight = dt.datetime.fromisoformat(found["day"])  # counted from it: "24:00" is a clock too
    offset = hour * 60 + minute + round(amount * CLOCK_UNITS[unit])
    moment = midnight + dt.timedelta(minutes=offset)
    return moment.strftime("%Y-%m-%dT%H:%M") + found["zone"]
