"""Whether the sentence after an event still tells that event, so that its toll may be lent back.

"Police fired tear gas in Kano. At least 12 people died in election violence in 2019." The second
sentence holds no event of its own that the ledger codes, yet it is about another occasion: its
dead fell in another year, in a vote. A toll told after an event is that event's only when its
sentence continues it: no date of its own that sets it apart (a time days before the event's, or
a month or year not holding it; a later day or week is the same toll updated: "the death toll
rose to 14 on Wednesday") and no occasion of another kind ("in the elections", "in a stampede")
unless the event's own sentence names that occasion ("attacked a polling station ... killed
during the vote"). An undated event is set apart only by a time coarser than a day, across a
paragraph break or not: "Twelve worshippers were killed on Sunday" dates the attack told before.
Times told on the report ("the mayor said on Friday") date the telling, not the dead, and are
passed over; so are times in a clause describing a noun ("six guards who had joined in 2018").
An event told as a state that has lasted ("the group that has besieged the city for months")
is no one occasion, so a toll told after it is another's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.natural_hazards import DISASTERS, DISEASES
from sitrep.model import Event, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# Occasions whose dead are not an attack's: votes, disasters and accidents.
ELECTIONS = frozenset({"election", "elections", "vote", "polls", "referendum"})
# Mishaps people cause with no intent, and an "outbreak" (of disease, in a toll's sentence).
ACCIDENTS = frozenset({"stampede", "crash", "accident", "collision", "outbreak"})
MISHAPS = ACCIDENTS | DISASTERS | DISEASES
OCCASIONS = ELECTIONS | MISHAPS
# Words by which an event's own sentence names a vote ("attacked a polling station").
VOTE_WORDS = ELECTIONS | {"votes", "poll", "polling", "voter", "voters", "ballot", "electoral"}
# Verbs and words a report hangs on: a time there dates the telling ("said on Friday").
TELLING = lex.REPORTING_VERBS | lex.DECLARING_VERBS | {"according"}
HARM = frozenset({"kill", "die", "wound", "injure", "dead", "death"})
DAYS_APART = 2  # "overnight" runs into the next day; a report lags by a day
WEEK_DAYS = 7
DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
YEAR = re.compile(r"^(\d{4})$")
# A perfect that has lasted a span: "has besieged the city for months", "have held it for years".
LASTED = re.compile(
    r"\bha(?:s|ve|d) (?:been )?\w+\b[^.;]*?\bfor (?:\w+ )?(?:days|weeks|months|years)\b", re.I
)


def tells_another_occasion(event: Event, sent: SpacySpan, times: Sequence[TimeExpr]) -> bool:
    """Whether `sent`, told after `event`, is about another occasion than it, so its toll is not
    the event's: "At least 14 people died in the 2019 elections" after a protest dispersed."""
    if LASTED.search(sent.doc.text, event.start, event.end):
        return True  # "has besieged the city for months": a state, not the dead's occasion
    told = [t for t in times if t.kind == "date" and _dates_the_dead(sent, t)]
    if any(_dated_apart(event.date, t) for t in told):
        return True
    own = _occasions_named(sent.doc, event)
    return any(_fell_in_an_occasion(t, own) for t in sent)


def _occasions_named(doc: Doc, event: Event) -> frozenset[str]:
    """The occasions the event's own sentence names: "Gunmen attacked a polling station" names
    the vote, so "killed during the vote" is its toll."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return frozenset()
    words = {t.lower_ for t in span[0].sent}
    return (ELECTIONS if words & VOTE_WORDS else frozenset()) | (MISHAPS & words)


def _fell_in_an_occasion(word: Token, own: frozenset[str] = frozenset()) -> bool:
    """ "died in a stampede", "in election violence", "during the vote": the dead fell in an
    occasion of another kind than an attack, and not one the event's sentence named (`own`)."""
    if word.lower_ not in OCCASIONS - own or not word.tag_.startswith("NN"):
        return False
    if word.dep_ in ("compound", "amod", "nmod"):
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ in ("in", "during")


def _dates_the_dead(sent: SpacySpan, time: TimeExpr) -> bool:
    """Whether a time may date the toll: not one hung on the report ("two were killed, the
    governor said on Friday"), nor one in a clause describing a noun with no dead in it ("seven
    fighters who had signed the 2016 accord")."""
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    word: Token = span.root
    telling_checked = False
    for _ in range(12):
        if not telling_checked and (word.lemma_.lower() in TELLING or word.lower_ in TELLING):
            return False
        telling_checked = telling_checked or word.tag_.startswith("VB")
        if word.dep_ in ("relcl", "acl") and not any(t.lemma_ in HARM for t in word.subtree):
            return False
        if word.head.i == word.i:
            return True
        word = word.head
    return True


def _dated_apart(event_date: str | None, time: TimeExpr) -> bool:
    """A time of the toll's sentence that cannot be the event's: one two or more days before its
    date, or a month or year after it. A later day or week is the toll updated ("rose to 14 on
    Wednesday", "died of their wounds days later"). With the event undated, only a time coarser
    than a day sets it apart ("in 2019", "last year", "in January"): a day may be the one the
    event fell on."""
    told = _period(time.anchored or time.value)
    if told is None:
        return False
    if event_date is None:
        return told[1] - told[0] > timedelta(0)
    own = _period(event_date)
    if own is None:
        return False
    slack = timedelta(days=DAYS_APART - 1)
    later = own[1] + slack < told[0] and told[1] - told[0] >= timedelta(days=WEEK_DAYS)
    return told[1] + slack < own[0] or later


def _period(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TimeML value covers ("2019", "2025-03", "2025-W10",
    "2025-03-13TNI"), or None for what is no calendar period (durations, "PRESENT_REF")."""
    if not value:
        return None
    try:
        if match := DAY.match(value):
            day = date(int(match[1]), int(match[2]), int(match[3]))
            return day, day
        if match := WEEK.match(value):
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return monday, monday + timedelta(days=6)
        if match := MONTH.match(value):
            first = date(int(match[1]), int(match[2]), 1)
            return first, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        if match := YEAR.match(value):
            return date(int(match[1]), 1, 1), date(int(match[1]), 12, 31)
    except ValueError:
        return None
    return None
