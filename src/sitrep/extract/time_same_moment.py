"""The report's own date moved by one unit: "this time last year", "this time next week".

Without this rule "last year" alone is read and the day is lost: a reader of "this time last year
the port was closed", in a report of 14 May 2031, is told 2030, not 14 May 2030.
"""

from __future__ import annotations

import datetime as dt

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_patterns import Env, Groups, Value, anchored

# Not before a possessive: "this time last year's champion" is last year's champion, no day.
SAME_MOMENT = r"this\s+time\s+(?P<rel>last|next)\s+(?P<unit>year|month|week)(?!['’]s\b)"


def same_moment(m: Groups, env: Env) -> Value | None:
    """The anchor's date one year, month or week back or ahead."""
    step = -1 if m["rel"].lower() == "last" else 1
    unit = m["unit"].lower()
    return anchored(env, lambda anchor: _moved(anchor, unit, step))


def _moved(anchor: dt.date, unit: str, step: int) -> str | None:
    if unit == "week":
        return (anchor + dt.timedelta(weeks=step)).isoformat()
    year, month = cal.add_months(anchor, 12 * step if unit == "year" else step)
    day = anchor.day
    while cal.safe_date(year, month, day) is None:  # 31 March a month back is 28 February
        day -= 1
    found = cal.safe_date(year, month, day)
    return found.isoformat() if found else None
