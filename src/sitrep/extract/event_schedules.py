"""Acts told as arranged for later, which have not happened yet.

"Both sides are to sign the accord", "the brigades are due to withdraw", "talks are set to
resume", "troops are scheduled (slated) to leave" put an act on a timetable: it is planned. So is
an act the report dates after its own day ("the convoy leaves on Monday", filed on a Friday), when
its verb is not told in the past: it is expected. The subject of such a verb may be the event
itself, with a verb of its own course ("Talks are set to resume", "the truce is due to take
effect"), not another act ("the attack is likely to push the region to war" tells a done attack).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

from sitrep.extract.event_headline_tenses import headline_deed
from sitrep.extract.event_inflections import forms
from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token

SCHEDULING = frozenset(_w("due set scheduled slated timetabled"))
FORESEEING = frozenset(_w("expected likely poised"))
# What an event named by a noun does next ("talks resume", "the truce takes effect").
COURSE = frozenset(
    _w(
        "resume start begin take continue open proceed go convene end conclude commence "
        "happen occur"
    )
)
# The present verbs that tell a noun's own date: its course, or "is" ("the vote is on Monday").
OWN_COURSE = forms(" ".join(COURSE)) | frozenset(_w("is are be 's 're"))
PRESENT_BE = frozenset(_w("is are am 's 're"))
PAST_TAGS = frozenset({"VBD", "VBN"})


def scheduled_modality(trigger: Token) -> Literal["planned", "expected"] | None:
    """ "are to sign", "due to withdraw", "Talks are set to resume": the act's timetable."""
    if trigger.tag_.startswith("NN") and trigger.dep_ in ("nsubj", "nsubjpass"):
        verb = _complemented(trigger.head)
        if verb is not None and verb.lower_ in FORESEEING:
            return "expected"
        return "planned" if verb is not None and verb.lower_ in SCHEDULING else None
    if trigger.tag_.startswith("NN") and trigger.dep_ == "dobj":
        trigger = trigger.head  # "are to hold talks": the verb that carries the act's noun
    if trigger.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    ):
        return "planned" if _schedules(trigger.head) else None
    return None


def _complemented(verb: Token) -> Token | None:
    """The word an infinitive that tells the event's own course hangs on: "set" in "talks are
    set to resume", "due" in "the truce is due to take effect"; not "likely" in "the attack is
    likely to push the region to war", another act."""
    if any(_own_course(c) for c in verb.children):
        return verb
    holder = next((c for c in verb.children if c.dep_ == "acomp"), None)
    if holder is not None and any(_own_course(c) for c in holder.children):
        return holder
    return None


def _own_course(word: Token) -> bool:
    return word.dep_ == "xcomp" and word.tag_ == "VB" and word.lower_ in COURSE


def _schedules(word: Token) -> bool:
    """ "set", "due", "scheduled", or a present "be" with an infinitive ("are to sign")."""
    if word.lower_ in SCHEDULING:
        return True
    return word.lower_ in PRESENT_BE and not any(
        c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "there", "what") for c in word.children
    )


def dated_ahead(date: str | None, published: dt.date | None, trigger: Token) -> bool:
    """The act is dated on a day or week after the report's own and not told in the past tense.
    A bare month or year dates no coming act ("the April offensive remains the largest"), and a
    noun's tense is its own verb's only ("talks resume", "the strike will come"), not any verb
    it stands under."""
    if date is None or published is None or _told_past(trigger) or _bare_month_or_year(date):
        return False
    if headline_deed(trigger):
        return False  # "Molvania launches drones at Port Aven on Sunday night": last night's news
    if trigger.tag_.startswith("NN") and not _own_tense(trigger):
        return False
    start = _first_day(date)
    return start is not None and start > published


def _told_past(trigger: Token) -> bool:
    verb = trigger.head if trigger.tag_.startswith("NN") else trigger
    return verb.tag_ in PAST_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_TAGS for c in verb.children
    )


def _bare_month_or_year(date: str) -> bool:
    return "W" not in date and len(date) < 10


def _own_tense(noun: Token) -> bool:
    """The verb over a subject noun tells the noun's own course ("talks resume", "the vote is on
    Monday") or a modal one ("the strike will come"); "the offensive remains" tells no date."""
    verb = noun.head
    if not noun.dep_.startswith("nsubj") or verb.pos_ not in ("VERB", "AUX"):
        return True
    return verb.lower_ in OWN_COURSE or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
    )


def _first_day(date: str) -> dt.date | None:
    """The first day of an ISO date, month, year or week ("2025-W12"); None for others."""
    try:
        if "W" in date:
            year, week = date.split("-W")
            return dt.date.fromisocalendar(int(year), int(week[:2]), 1)
        parts = [int(p) for p in date[:10].split("-")]
    except ValueError:
        return None
    if not 1 <= len(parts) <= 3 or not 1 <= parts[0] <= 9999:
        return None
    try:
        return dt.date(parts[0], *[*parts[1:], 1, 1][:2])
    except (ValueError, TypeError):
        return None
