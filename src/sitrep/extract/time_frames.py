"""Years that frame a sentence: "In 2011, the army attacked in January" means January 2011.

A month or a quarter named without its year takes it from a year that opens the sentence ("In
2011, ...", "Last year, ...") or that a "when" clause tells about ("since 2005, when 52 people
died in July"), not from the report, unless the clause's tense points the other way. The frame
ends with its sentence: the next one may well be back in the report's year.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_tense import SETTLED_PAST

# What may stand before a year that sets the time of its whole sentence: "In 2011, ...", "Early
# last year, ..."; "Since 2008" starts a stretch, not a frame.
FRAME_OPENER = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:(?:in|during|throughout|early|late|earlier|later)\s+(?:in\s+)?)?$",
    re.IGNORECASE,
)
POSSESSIVE = re.compile(r"['’]s\b")
# A clause that tells what happened in the year just named: "since 2005, when 52 people died in
# July".
WHEN_CLAUSE = re.compile(r",?\s+when\b", re.IGNORECASE)


def sets_year_frame(text: str, start: int, end: int) -> bool:
    """Whether the year at text[start:end] sets the time of what follows in its sentence: it
    opens the sentence, perhaps after "In" or "Early in", or a "when" clause follows it."""
    if POSSESSIVE.search(text, start, end + 2):
        return False  # "Last year's winner withdrew in January": a year that names a winner
    opens = FRAME_OPENER.search(text[max(0, start - 30) : start])
    return bool(opens or WHEN_CLAUSE.match(text, end))


# A sentence's end: a stop before a capital or a quote, which neither an abbreviated month ("Jan.
# 5") nor "U.S. Army" or "Mr. Smith" makes.
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z]\.[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)"
    r"[.!?][\"”’']?\s+(?=[A-Z\"“])|\n"
)
FRAME_REACH = 300


def year_framing(
    text: str,
    frame: tuple[int, str] | None,
    start: int,
    anchor: dt.date | None,
    tense: str | None,
) -> str | None:
    """The frame's year when `start` lies in the frame's sentence, unless the clause's tense points
    the other way ("Last year it earned $5 million; it expects $7 million in March")."""
    if frame is None or start - frame[0] > FRAME_REACH:
        return None
    if SENTENCE_END.search(text, frame[0], start):
        return None
    year = int(frame[1])
    if anchor is not None and (
        (year < anchor.year and tense == cal.FUTURE)
        or (year > anchor.year and tense in (cal.PAST, SETTLED_PAST))
    ):
        return None
    return frame[1]
