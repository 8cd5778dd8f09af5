"""The attack just told, going on: "the attackers then opened fire on the damaged vehicle".

A report tells an ambush step by step: a bomb hits a patrol, and "the attackers then opened
fire". "The attackers" are those of the attack already told and "then" carries it on, so the
shooting is that attack, not a second one, and so is "the gunmen then killed two guards": the
guards are more victims of it, not a new attack with a toll of its own. A verb that names a place
of its own or a target marked new ("the gunmen then attacked a second village", "another
convoy") tells a new attack, with its own place and toll.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import PHRASAL, PHRASAL_BASES, split_words
from sitrep.extract.event_state_strikes import STRUCK_SITES

if TYPE_CHECKING:
    from spacy.tokens import Token

# Who carries out an attack: "the attackers" are those of the attack told before, and their
# dead are not its victims (`event_tolls`).
ATTACKERS = frozenset(
    split_words("attacker attackers assailant assailants gunman gunmen bomber bombers")
)
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Words that mark a target as one not told before: "a second village", "another convoy".
NEW_MARKERS = frozenset(split_words("another second third fourth fifth new"))


def carried_on_by_the_attackers(token: Token) -> bool:
    """ "the attackers then opened fire": a verb carried on with "then" whose subject is "the"
    attackers, those of the attack told before, and that names no new target or place."""
    if not any(c.dep_ == "advmod" and c.lower_ == "then" for c in token.children):
        return False
    if _names_a_new_target(token):
        return False
    return any(
        c.dep_ == "nsubj"
        and c.lower_ in ATTACKERS
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in token.children
    )


def _names_a_new_target(token: Token) -> bool:
    """A place as direct object ("attacked a village"), a target marked new ("attacked a second
    patrol") or a named place after a preposition ("stormed into Gao"); "shot the driver" names
    a victim of the attack told, and the "fire" of "opened fire" is part of the verb."""
    base = PHRASAL_BASES.get(token.lower_)
    for child in token.children:
        if child.dep_ == "dobj" and (base, child.lower_) not in PHRASAL and _new_target(child):
            return True
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.ent_type_ in _PLACE_ENTITIES for g in child.children
        ):
            return True
    return False


def _new_target(noun: Token) -> bool:
    return (
        noun.ent_type_ in _PLACE_ENTITIES
        or noun.lower_ in STRUCK_SITES
        or any(c.dep_ in ("det", "amod") and c.lower_ in NEW_MARKERS for c in noun.children)
    )
