"""A clock restated in UTC after the local one: "at about 12:00 p.m. (0300 GMT)".

The restatement is the moment an analyst compares across stories filed from different zones, so
it is a time of its own. Its day is the local clock's, moved across midnight when the two zones
straddle it: "2 a.m. (1700 GMT)" in Seoul is the evening before in UTC.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.extract.time_patterns import CLOCK, ZONE

# The local clock a bracketed restatement follows, perhaps with its zone: "12:00 p.m. (",
# "9:30 a.m. local time (".
LOCAL_CLOCK_BEFORE = re.compile(rf"(?P<clock>{CLOCK})[^()\d]{{0,20}}\(\s*$", re.IGNORECASE)
# UTC itself: "(GMT +8)" names a local zone by its offset.
UTC_ZONE = re.compile(r"(?:UTC|GMT)(?!\s*[+-]\s*\d)")
# No zone is more than 12 hours behind UTC or 14 ahead of it.
MOST_BEHIND, MOST_AHEAD = -12 * 60, 14 * 60


# A clock in brackets right after another one: "10:35 a.m. (0735 GMT)", "9 a.m. (10 a.m. Moscow
# time)".
RESTATED_CLOCK = re.compile(rf"(?:\d|[ap]\.?m\.?|noon|midnight|{ZONE})\s*\(\s*$", re.IGNORECASE)


def restatement(before: str, clock_text: str) -> tuple[bool, str | None]:
    """Whether the clock restates the one before it, and that local clock's text when the
    restatement is in UTC (a time of its own); another local zone's restatement is the same
    moment again and gives no time."""
    if not RESTATED_CLOCK.search(before):
        return False, None
    local = local_clock_before(before)
    return True, local if local and UTC_ZONE.search(clock_text) else None


def local_clock_before(before: str) -> str | None:
    """The text of the local clock a restatement follows, if the text before it ends with one."""
    found = LOCAL_CLOCK_BEFORE.search(before)
    return found["clock"] if found else None


def utc_day(local_day: str, local_clock: str, utc_clock: str) -> str:
    """The UTC day of a restated clock, from the local day and both clocks ("HH:MM")."""
    ahead = _minutes(local_clock) - _minutes(utc_clock)
    shift = -1 if ahead < MOST_BEHIND else 1 if ahead > MOST_AHEAD else 0
    return (dt.date.fromisoformat(local_day) + dt.timedelta(days=shift)).isoformat()


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)
