"""Whether past narration around a weekday pair tells of a habit, not of particular days.

"Missiles hit the port on Friday and Saturday nights" names last week's two nights, but a
sentence that says the pair recurred keeps it a recurring set:

* a habit cue: "every week", "each", "weekly", "used to", "would", "throughout", "for months",
  a present perfect ("have gathered");
* a stretch longer than last week: "last year", "each summer", "in March" or "in 2019" when
  last week lay in another month or year.

Only the sentence around the pair is read: `before` and `after` are cut at its ends.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.extract import time_calendar as cal

SENTENCE_END = re.compile(r"[.!?](?=\s+[\"'“A-Z]|\s*$)")
HABIT_CUE = re.compile(
    r"\b(?:every|each|weekly|nightly|usually|often|regularly|routinely|typically"
    r"|used\s+to|would|throughout"
    r"|for\s+(?:the\s+(?:past|last)\s+)?(?:[a-z]+\s+)?(?:weeks|months|years|decades|year|month)"
    r"|ha(?:s|ve)\s+(?:[a-z]+ly\s+)?(?:been|[a-z]+ed))\b",
    re.IGNORECASE,
)
LONG_STRETCH = re.compile(
    r"\b(?:(?:last|this|that)\s+(?:year|month)"
    rf"|(?:this|last|that|each|every|in|during|over)\s+(?:the\s+)?(?:{'|'.join(cal.SEASONS)})"
    r"|(?:in|during|across|over|of|through)\s+(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:(?P<month>{'|'.join(m.capitalize() for m in cal.MONTHS)})|(?P<year>(?:19|20)\d\d)))\b",
)


def tells_habit(before: str, after: str, days: tuple[dt.date, dt.date]) -> bool:
    """Whether the sentence around a weekday pair (`before` and `after` it) tells of a habit
    rather than of `days`, the particular pair last week."""
    ends = list(SENTENCE_END.finditer(before))
    around = before[ends[-1].end() :] if ends else before
    end = SENTENCE_END.search(after)
    around += " " + (after[: end.start()] if end else after)
    if HABIT_CUE.search(around):
        return True
    for found in LONG_STRETCH.finditer(around):
        if found["month"]:
            if cal.month_number(found["month"]) not in {d.month for d in days}:
                return True
        elif found["year"]:
            if int(found["year"]) not in {d.year for d in days}:
                return True
        else:
            return True
    return False
