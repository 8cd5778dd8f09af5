"""Days that only date a report or a revised toll, not something the story narrates.

News names the day a figure was given ("officials said on Friday", "told reporters Friday") and
the day a toll was revised ("the toll rose to 61 on Thursday, up from 40 on Tuesday") beside the
day things happened. A time of day or "the same day" that names no day of its own is the day of
the last thing narrated ("The quake struck on Sunday ... The toll rose to 61 on Thursday. The
quake hit at 3 a.m.": Sunday), so `Reference` keeps that day apart from the days of reports.
"""

from __future__ import annotations

import re

# A reporting verb the day is hung on: "said on Friday", "said late Friday", "told reporters on
# Friday", "said in a statement on Friday", "announced Friday".
REPORTED_ON = re.compile(
    r"\b(?:said|says|told(?:\s+(?:reporters|journalists|the\s+press|[A-Z][\w.]*))?"
    r"|announced|reported|confirmed|added|stated|tweeted|posted|wrote|declared)"
    r"(?:\s+(?:in|at)\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:statement|conference|briefing|interview|post|release))?"
    r"(?:\s+(?:late|early))?(?:\s+on)?\s+$"
)
# A figure revised on the day: "rose to 61 on Thursday", "up from 40 on Tuesday", "stood at 12
# by Monday", "reached 95 on Sunday".
REVISED_ON = re.compile(
    r"\b(?:rose|risen|rising|climbed|climbing|jumped|increased|reached|stood|up|down|mounted)"
    r"(?:\s+(?:to|from|at))?\s+(?:(?:at\s+least|more\s+than|over|nearly|about)\s+)?"
    r"\d[\d,.]*(?:\s+[a-z]+){0,2}?\s+(?:on|by|as\s+of)\s+$"
)
# ... and only when what was revised is a toll: a share price "rose to 61 on Thursday" is news.
TOLL_WORDS = re.compile(
    r"\b(?:toll|dead|deaths|killed|casualties|fatalities|victims|bodies)\b", re.IGNORECASE
)
SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z\"“])|\n")
REACH = 200  # how far back the sentence is read


def dates_a_report(text: str, start: int) -> bool:
    """Whether the day at `start` is hung on a reporting verb, or on a revised toll."""
    sentence = SENTENCE_END.split(text[max(0, start - REACH) : start])[-1]
    if REPORTED_ON.search(sentence):
        return True
    return bool(REVISED_ON.search(sentence) and TOLL_WORDS.search(sentence))


def reported_same_day(before: str) -> bool:
    """ "The rebels said the same day": the day of a statement just told, not of the events."""
    return bool(REPORTED_ON.search(before))
