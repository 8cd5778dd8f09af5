"""A headline's tenses: its present tells a deed done, its "to" + verb a deed to come.

"Molvania attacks Port Aven with drones on Sunday night" is last night's news, yet a present
tense dated on a weekday reads, in the body, as an act arranged for later
(`event_schedules.dated_ahead`). Headline style keeps the present for what happened and puts what
is to come in "to" + verb ("Rebels to storm the city, officials warn") or "will". The time
extractor keeps the body's reading for verbs a headline also uses for plans ("launches",
`time_headlines`); an act of violence launched is no plan announced, so here any present violent
verb in a headline is done, unless the body tells that act as still to come ("the launch was
planned for the weekend": `time_headlines.reports_coming_deed`), as the dates read it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.time_headlines import is_headline, reports_coming_deed

if TYPE_CHECKING:
    from spacy.tokens import Token

PRESENT_TAGS = frozenset({"VBZ", "VBP"})
VIOLENT = frozenset({"attack", "armed_clash", "seize_territory", "retake_territory"})


def headline_deed(trigger: Token) -> bool:
    """ "Molvania attacks Port Aven", "Molvania launches drones at Port Aven": a headline's
    present-tense act of violence, done whatever day it is dated, unless the body tells it ahead."""
    found = lex.VERB_INDEX.get(trigger.lower_)
    return (
        trigger.tag_ in PRESENT_TAGS
        and found is not None
        and found[0] in VIOLENT
        and is_headline(trigger)
        and not reports_coming_deed(trigger)
    )


def headline_plan(trigger: Token) -> bool:
    """ "Molvania to attack Port Aven with drones, officials warn": a headline's "to" + verb,
    governed by no verb of its own sentence but a speaker's, is an act to come."""
    return (
        trigger.tag_ == "VB"
        and trigger.dep_ in ("ROOT", "ccomp", "relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        and any(c.dep_ == "nsubj" for c in trigger.children)
        and is_headline(trigger)
    )
