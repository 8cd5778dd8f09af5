"""A day of the month named by its ordinal alone: "on the 9th", "by the 20th".

The month is the one the sentence or the story has just named ("began on April 2 and ended on
the 9th", "Shelling started on April 2. By the 9th ..."); with none, it is read off the report's
date: in past narration the latest such day not after the report, in a future clause the next
one from it. After a named day, past narration takes the nearer of that month's and the next
month's, never one after the report ("seized the port on May 12, after talks broke down on the
7th" is May 7; "from February 26 to the 3rd" is March 3); a future clause the next from it. The
ordinal must stand alone: "the 9th floor", "the 20th anniversary", "the 1st Battalion", "the
2nd and 3rd readings" and "the 12th in the index" name no day, and "the 9th of May" is read
whole by the day-and-month rule.
"""

from __future__ import annotations

import datetime as dt

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_patterns import Env, Groups, Value

# A word that may follow the second ordinal of a pair of days ("on the 8th and 9th of May").
FUNCTION_WORD = r"(?:in|at|on|and|or|to|of|until|when|after|before|as|but|while|with|near)\b"
# After a preposition of time; followed by the end of the clause or a function word only. Not an
# ordinal paired with another before a noun ("the 2nd and 3rd readings", "the 3rd and final
# day"), nor a rank ("the 5th to be charged", "rose to the 12th in the table").
ORDINAL_DAY = (
    r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bsince\s)|(?<=\bfrom\s)"
    r"|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\b(?P<after_to>to)\s)|(?<=\band\s))"
    r"the\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
    r"(?!\s+(?!(?:in|at|on|and|or|to|until|when|after|before|as|but|while|with|near)\b)[A-Za-z])"
    r"(?!\s+(?:and|or)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|final|last|penultimate|deciding)"
    rf"\s+(?!{FUNCTION_WORD})[A-Za-z])"
    r"(?!\s+to\s+(?!(?:the\s+)?\d))(?!\s+in\s+(?:command|charge)\b)(?(after_to)(?!\s+in\b))"
)


def ordinal_day(m: Groups, env: Env) -> Value | None:
    """The date of "the 9th": in the month just named, else the nearest one the tense allows."""
    day = int(m["day"])
    named = _named_day(env)
    if named is not None:
        return _on_or_after(named, day) if env.tense == cal.FUTURE else _near(named, day, env)
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


def _near(named: dt.date, day: int, env: Env) -> Value | None:
    """ "on May 12, after talks broke down on the 7th": the day in the named month, or in the next
    when that lies nearer ("from February 26 to the 3rd"); never after the report in past
    narration."""
    year, month = cal.add_months(named, 1)
    found = [
        c
        for c in (cal.safe_date(named.year, named.month, day), cal.safe_date(year, month, day))
        if c
    ]
    reported = [c for c in found if env.anchor is None or c <= env.anchor] or found[:1]
    if not reported:
        return None
    return min(reported, key=lambda c: abs((c - named).days)).isoformat(), "date"


def _on_or_after(start: dt.date, day: int) -> Value | None:
    """The first date from `start` on whose day of the month is `day`."""
    for ahead in range(3):
        year, month = cal.add_months(start, ahead)
        found = cal.safe_date(year, month, day)
        if found is not None and found >= start:
            return found.isoformat(), "date"
    return None
