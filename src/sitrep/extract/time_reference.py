"""The running reference date: what "that day", "the following year" or "later that month" mean.

TimeML anchors such anaphoric expressions to the last date the narrative named, not to the
publication date (HeidelTime keeps the same running reference per document). `Reference` keeps
the latest day, month and year named so far; without one, the publication date stands in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_patterns import Env, Groups, Value

ABSOLUTE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?|-Q(?P<q>[1-4]))?")


@dataclass
class Reference:
    """The latest day, month, quarter and year the text has named (each as a TimeML value)."""

    day: dt.date | None = None
    month: tuple[int, int] | None = None
    quarter: tuple[int, int] | None = None
    year: int | None = None

    def update(self, value: str | None) -> None:
        """Take a resolved value as the new reference at its own granularity and the coarser ones."""
        m = ABSOLUTE.fullmatch(value or "")
        if m is None:
            return
        year = int(m["y"])
        self.year = year
        if m["q"]:
            self.quarter, self.month, self.day = (year, int(m["q"])), None, None
            return
        if not m["m"]:
            self.quarter = self.month = self.day = None
            return
        month = int(m["m"])
        self.month, self.quarter = (year, month), (year, (month - 1) // 3 + 1)
        self.day = cal.safe_date(year, month, int(m["d"])) if m["d"] else None


# "that day", "the same year", "later that month", "the following day", "the day before",
# "the previous year", "(in|on|during|for|of) the day/week/year".
ANAPHORA = (
    r"(?:(?:earlier|later|early|late)\s+)?(?:that|the\s+same|that\s+same)\s+(?P<unit>day|week|month|quarter|year)"
    r"|the\s+(?:(?P<dir>following|previous|preceding)\s+(?P<unit2>day|month|year)|(?P<next>next)\s+day)"
    r"|the\s+(?P<unit3>day|month|year)\s+(?P<dir2>before|after)(?=\s*[,.;:)]|\s*$)"
    r"|the\s+(?P<unit4>day|week|year)(?:(?=\s+end(?:ed|ing)\b)(?P<ended>))?"
    r"(?!\s+(?:before|after|of|when|that|in|on|he|she|they|it|and)\b|['’]s\s+(?:end|close))"
)
# "on the day", "for the week", "in the year", "to end the day": a time; "the day he left": not.
AFTER_PREPOSITION = re.compile(
    r"\b(?:in|on|of|for|during|over|end|ending|ended|finish|finished|close|closed)\s+$",
    re.IGNORECASE,
)


def anaphoric(m: Groups, env: Env) -> Value | None:
    """The value of an expression anchored to the running reference (the publication date without one)."""
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or "day").lower()
    if m["unit4"] and not AFTER_PREPOSITION.search(env.before):
        return None  # "the day" is a time only as "on the day", "for the week"
    direction = (m["dir"] or m["dir2"] or m["next"]).lower()
    step = -1 if direction in ("previous", "preceding", "before") else 1 if direction else 0
    ref = env.reference or Reference()
    if m.m.group("ended") is not None:
        return cal.duration_value(1, unit), "duration"  # "the year ended March 31": a fiscal year
    anchor = env.anchor
    if unit == "year":
        year = ref.year if ref.year is not None else anchor.year if anchor else None
        return (f"{year + step:04d}" if year is not None else None), "date"
    if unit == "quarter":
        quarter = ref.quarter or (cal.quarter_of(anchor) if anchor else None)
        if quarter is None:
            return None, "date"
        index = quarter[0] * 4 + quarter[1] - 1 + step
        return cal.quarter_value(index // 4, index % 4 + 1), "date"
    if unit == "month":
        month = ref.month or ((anchor.year, anchor.month) if anchor else None)
        if month is None:
            return None, "date"
        return cal.month_value(*cal.add_months(dt.date(month[0], month[1], 1), step)), "date"
    day = ref.day or anchor
    if day is None:
        return None, "date"
    if unit == "week":
        return cal.week_value(day + dt.timedelta(weeks=step)), "date"
    return (day + dt.timedelta(days=step)).isoformat(), "date"
