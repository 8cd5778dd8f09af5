"""Days that only date a report or a revised toll, not something the story narrates.

News names the day a figure was given ("officials said on Friday", "told reporters Friday") and
the day a toll was revised ("the toll rose to 61 on Thursday, up from 40 on Tuesday") beside the
day things happened. A time of day or "the same day" that names no day of its own is the day of
the last thing narrated ("The quake struck on Sunday ... The toll rose to 61 on Thursday. The
quake hit at 3 a.m.": Sunday), so `Reference` keeps that day apart from the days of reports.

A speaker who tells of their own acts on the day ("The mayor said on Tuesday that she would
visit") and goes on as the subject of the next clauses ("She arrived at 3 p.m.") is narrated on
that day: the clock is Tuesday's. Only the pronoun the report itself gave the speaker counts, and
only for a speaker it can stand for ("he" for "the mayor", not for "officials"); a pluperfect
("said on Tuesday he had fled") tells of something before the report.
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
# A reaction the day is hung on, past its object: "rejected the findings on Wednesday", "denied
# the charges Friday", "welcomed the report on Monday" date what was said, not what happened.
REACTED_ON = re.compile(
    r"\b(?:rejected|denied|dismissed|condemned|welcomed|disputed|criticised|criticized|praised)"
    r"\s+(?:the|its|his|her|their|a|an|these|those|that|this)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:on\s+)?$"
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
    if REPORTED_ON.search(sentence) or REACTED_ON.search(sentence):
        return True
    return bool(REVISED_ON.search(sentence) and TOLL_WORDS.search(sentence))


def reported_same_day(before: str) -> bool:
    """ "The rebels said the same day": the day of a statement just told, not of the events."""
    return bool(REPORTED_ON.search(before))


# The speaker just before the reporting verb, and the pronoun that opens what they said.
SPEAKER = re.compile(r"(?P<word>[\w'’-]+)\s+(?:also\s+)?$")
OWN_ACT = re.compile(r"\s*,?\s*(?:that\s+)?(?P<pronoun>he|she|they)\b(?!\s+(?:had|'d)\b)")
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you"})
# Speakers that are no one a "he" or "she" stands for, or who speak for someone else.
NOT_A_PERSON = frozenset({
    "police", "army", "military", "ministry", "government", "office", "agency", "council",
    "committee", "group", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "statement",
})  # fmt: skip
# The clause the speaker goes on in: "He arrived at", "Later, she left at", "At 3 p.m. they".
CLAUSE_START = re.compile(r"(?:[.!?]\s+|\n)(?P<clause>[^.!?\n]*)$")
OPENER = r"(?:(?:later|then|afterwards|there|and)\s*,?\s*)?"
# A clause that opens with the time: "At 3 p.m. he ...", "Shortly after noon, she ...".
CLOCK_LEAD = re.compile(
    r"\s*(?:at|by|around|about|until|from|shortly\s+(?:before|after))?\s*", re.IGNORECASE
)


def speakers_pronoun(text: str, start: int, end: int) -> str | None:
    """ "The mayor said on Tuesday that she would visit": "she", the pronoun a report day's
    speaker tells of their own acts by; None when the report is of someone else's."""
    sentence = SENTENCE_END.split(text[max(0, start - REACH) : start])[-1]
    said = REPORTED_ON.search(sentence)
    own = OWN_ACT.match(text, end)
    speaker = SPEAKER.search(sentence[: said.start()]) if said else None
    if own is None or speaker is None:
        return None
    pronoun, word = own["pronoun"].lower(), speaker["word"]
    if word.lower() in PRONOUNS:
        return pronoun if word.lower() == pronoun else None
    if word.lower() in NOT_A_PERSON:
        return None
    plural = word.endswith("s") and not word.endswith("ss")
    if plural and not word.islower() and sentence[: speaker.start()].strip():
        return None  # "Mr Hughes": a name may end in "s"; "Rebels" opening a sentence is none
    return pronoun if plural is (pronoun == "they") else None


def goes_on_as(pronoun: str, before: str, after: str) -> bool:
    """Whether the clause around a time (`before` it, `after` it) has `pronoun` for its subject:
    "He arrived at 3 p.m.", "At 3 p.m. he left"."""
    clause = CLAUSE_START.search(before)
    if clause is None:
        return False
    opening = clause["clause"]
    if re.match(rf"\s*{OPENER}{pronoun}\b", opening, re.IGNORECASE):
        return True
    return bool(
        CLOCK_LEAD.fullmatch(opening) and re.match(rf"\s*,?\s*{pronoun}\b", after, re.IGNORECASE)
    )
