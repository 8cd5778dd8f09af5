"""A day of the month named by its ordinal alone: "on the 9th", "by the 20th".

The month is the one the sentence or the story has just named ("began on April 2 and ended on
the 9th", "Shelling started on April 2. By the 9th ..."); with none, it is read off the report's
date: in past narration the latest such day not after the report, in a future clause the next
one from it. The ordinal must stand alone: "the 9th floor", "the 20th anniversary" and "the 1st
Battalion" name no day, and "the 9th of May" is read whole by the day-and-month rule.
"""

from __future__ import annotations

import datetime as dt

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_patterns import Env, Groups, Value

# After a preposition of time; followed by the end of the clause or a function word only.
ORDINAL_DAY = (
    r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bsince\s)|(?<=\bfrom\s)"
    r"|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bto\s)|(?<=\band\s))"
    r"the\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
    r"(?!\s+(?!(?:in|at|on|and|or|to|until|when|after|before|as|but|while|with|near)\b)[A-Za-z])"
)


def ordinal_day(m: Groups, env: Env) -> Value | None:
    """The date of "the 9th": in the month just named, else the nearest one the tense allows."""
    day = int(m["day"])
    named = _named_day(env)
    if named is not None:
        return _on_or_after(named, day)
    if env.anchor is None:
        return None
    anchor = env.anchor
    if env.tense == cal.FUTURE:
        return _on_or_after(anchor, day)
    for back in range(3):  # "the 30th" told in March is January's
        year, month = cal.add_months(anchor, -back)
        found = cal.safe_date(year, month, day)
        if found is not None and found <= anchor:
            return found.isoformat(), "date"
    return None


def _named_day(env: Env) -> dt.date | None:
    """The day the sentence named before, or the story's last day when it is near."""
    if env.day_hint:
        return dt.date.fromisoformat(env.day_hint)
    if env.month_hint:
        return dt.date.fromisoformat(f"{env.month_hint}-01")
    if env.reference is not None and env.reference.day and not env.reference_far:
        return env.reference.day
    return None


def _on_or_after(start: dt.date, day: int) -> Value | None:
    """The first date from `start` on whose day of the month is `day`."""
    for ahead in range(3):
        year, month = cal.add_months(start, ahead)
        found = cal.safe_date(year, month, day)
        if found is not None and found >= start:
            return found.isoformat(), "date"
    return None
