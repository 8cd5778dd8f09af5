"""Whether a place in a nominal event's sentence belongs to another act told in the same sentence.

"The clashes followed a blast that wounded five soldiers, after which Thailand recalled its
ambassador from Phnom Penh": Phnom Penh is where the ambassador was, not where the blast went off.
A place can set the scene for a noun event only when the verb that governs the place also governs
the event ("Police in Lyon searched for the man behind a Friday blast"), or when the place sits
inside the event's own phrase ("an explosion that killed three in Kabul"), or the event is told
of the place ("Sisaket province, where a rocket struck a petrol station").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_answers import answered
from sitrep.extract.token_positions import token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def told_of_another_act(place: Token, trigger: Token) -> bool:
    """True when the place's nearest governing verb, a clause with its own subject, lies outside
    the trigger's chain of heads ("including one in Baghdad" has none: it still tells the event)."""
    if trigger in place.ancestors or place in trigger.ancestors:
        return False
    verb = next((t for t in place.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb == trigger or verb in trigger.ancestors:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)  # an act of its own


def elsewhere_for_noun(doc: Doc, char: int, trigger: int) -> bool:
    """For a noun event ("the clashes", "a landmine blast"), a place told of another act."""
    event, place = doc[trigger], token_at(doc, char)
    return (
        event.pos_ in ("NOUN", "PROPN") and place is not None and told_of_another_act(place, event)
    )


DIPLOMATIC_POSTS = frozenset(
    {"ambassador", "envoy", "d'affaires", "embassy", "consulate", "consul", "diplomat", "diplomats"}
)


def no_scene_to_point_back_to(doc: Doc, char: int) -> bool:
    """A place "the city" told later does not point back to: where an envoy serves ("summoned
    Iran's charge d'affaires in Baghdad") or where an act another one answers happened ("in
    response to a bombing in the city of Kerman"), which the story only recalls."""
    place = token_at(doc, char)
    if place is None:
        return False
    prep = place.head if place.dep_ == "pobj" else None
    if prep is not None and prep.dep_ == "prep" and prep.head.lower_ in DIPLOMATIC_POSTS:
        return True
    return any(answered(a) for a in place.ancestors)
