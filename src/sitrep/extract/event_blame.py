"""Blame and accusation: "New Delhi blamed the attack on Pakistan", "Kyiv blamed Russia for the
strike", "Kyiv accused Moscow of shelling the plant", "Israel was behind the blasts".

Whoever lays the blame is the speaker, not a side in the attack: the side blamed is its actor,
so far as the report goes. The parser makes the one who blames the subject of the attack noun's
verb, which would otherwise be read as its actor; and the side blamed is no place where the
attack happened.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.actors import is_non_state, normalize_actor
from sitrep.extract.event_arguments import _metonym
from sitrep.extract.event_lexicon import verb_forms
from sitrep.extract.event_phrases import side_phrase
from sitrep.extract.token_positions import token_end

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.model import Place

BLAME_VERBS = verb_forms("blame")
ACCUSE_VERBS = verb_forms("accuse")
# Verbs by which a side accused "of" them is the doer of their object: "accused X of preparing an
# offensive"; "accused X of ignoring the offensive" blames X for something else.
DOING_VERBS = frozenset(
    form
    for base in ("prepare", "plan", "launch", "stage", "carry", "mount", "conduct", "order")
    for form in verb_forms(base)
)


def blame_verb(trigger: Token) -> Token | None:
    """The verb that blames a side for the event: "blamed the attack on X", "blamed X for the
    strike", "accused X of shelling", "accused X of preparing an offensive"."""
    head = trigger.head
    if _done_by_the_accused(trigger):
        trigger, head = head, head.head  # the act is the object of what X is accused of doing
    if trigger.dep_ == "dobj" and head.lower_ in BLAME_VERBS:
        return head
    if trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ in BLAME_VERBS:
        return head.head
    if trigger.dep_ in ("pcomp", "pobj") and head.lower_ == "of":
        holder = head.head.head if head.head.dep_ == "dobj" else head.head  # "accused X of"
        return holder if holder.lower_ in ACCUSE_VERBS else None
    return None


def _done_by_the_accused(act: Token) -> bool:
    """ "accused X of preparing an offensive": the act is the object of a verb of doing that X is
    accused of, and names no doer of its own ("the RSF offensive", "Russia's strikes")."""
    verb = act.head
    if act.dep_ not in ("dobj", "xcomp") or verb.dep_ != "pcomp" or verb.head.lower_ != "of":
        return False
    own_doer = any(
        c.dep_ in ("compound", "poss") and normalize_actor(side_phrase(c)) for c in act.children
    )
    return verb.lower_ in DOING_VERBS and not own_doer


def blamed_side(trigger: Token, verb: Token) -> Token | None:
    """The side `verb` blames for the event `trigger` tells: its object ("blamed Russia for"),
    else the one the event is put "on" ("blamed the attack on Pakistan"), else the one accused in
    the passive ("the RSF was accused of killing")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != trigger.i]
    put_on = [
        grandchild
        for holder in (trigger, verb)
        for child in holder.children
        if child.dep_ == "prep" and child.lower_ == "on"
        for grandchild in child.children
        if grandchild.dep_ == "pobj"
    ]
    accused = [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and verb.tag_ == "VBN" and verb.lower_ in ACCUSE_VERBS
    ]
    sides = objects + accused + put_on  # "Sudan's RSF (was) accused of killing dozens"
    return sides[0] if sides else None


def behind_side(trigger: Token) -> Token | None:
    """ "Israel was behind the explosions", "Israel behind pager blasts": the side said to be
    behind the event is its actor."""
    head = trigger.head
    if trigger.dep_ != "pobj" or head.lower_ != "behind":
        return None
    holder = head.head
    if holder.tag_.startswith("NN"):
        return holder  # a headline without its verb, "the unit behind the strike"
    subjects = [c for c in holder.children if c.dep_ == "nsubj"]
    return subjects[0] if holder.pos_ in ("AUX", "VERB") and subjects else None


def side_name(side: Token | None, places: Sequence[Place]) -> str | None:
    if side is None:
        return None
    named = normalize_actor(side_phrase(side))
    if named is not None and is_non_state(named):
        return named  # "Sudan's RSF": the group, not the country it fights in
    return _metonym(side, places) or named


def outside(side: Token | None, places: Sequence[Place]) -> list[Place]:
    """The places that are not the side blamed: "the attack on Pakistan" did not happen there."""
    if side is None:
        return list(places)
    start = side.left_edge.idx
    end = token_end(side.right_edge)
    return [p for p in places if not start <= p.start < end]


def mutual_accusation(trigger: Token) -> bool:
    """ "Each side accused the other of firing first", "accused one another of shelling": sides
    that blame each other tell a dispute over who acted, not an act by either; the fighting
    itself, when reported, is told in words of its own."""
    verb = blame_verb(trigger)
    if verb is None or not trigger.tag_.startswith("VB"):
        return False  # "blamed each other for the attack" still reports the attack
    side = blamed_side(trigger, verb)
    return side is not None and _the_other_side(side)


def _the_other_side(side: Token) -> bool:
    """ "the other", "each other", "one another" name the accuser's own opponent back; "another
    militia" is a third party, blamed for an act that still happened."""
    if side.lower_ == "other":
        return True
    return {"one", "another"} <= {side.lower_, *(c.lower_ for c in side.children)}
