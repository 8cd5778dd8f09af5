"""What an act was done to, for linking an attack told again as another kind of act.

"Fighters overran an army base on Monday ... The militants attacked the base in Wajiroko": the
second sentence tells the first act again, as an attack rather than a capture, and "the base"
points back to the base the first act took. The nouns of each act's objects, and those named again
with "the", let `sitrep.extract.event_merge` link the two across the two types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

POINTING = frozenset({"the", "this", "that"})
NEW = frozenset({"another", "second", "third", "fourth", "fifth"})  # "a new base" is a base


def object_nouns(trigger: Token) -> frozenset[str]:
    """The head nouns of what the act was done to ("overran a Nigerian army base": base)."""
    return frozenset(" ".join([*_new_markers(o), o.lower_]) for o in _objects(trigger))


def _new_markers(noun: Token) -> list[str]:
    """ "a second patrol", "another convoy": the words that mark the object as not told before."""
    return [c.lower_ for c in noun.children if c.dep_ in ("det", "amod") and c.lower_ in NEW]


def pointed_objects(trigger: Token) -> frozenset[str]:
    """The object nouns the act names as already known ("attacked the base": base)."""
    return frozenset(
        o.lower_
        for o in _objects(trigger)
        if any(d.dep_ == "det" and d.lower_ in POINTING for d in o.children)
    )


def _objects(trigger: Token) -> list[Token]:
    return [c for c in trigger.children if c.dep_ == "dobj" and c.tag_.startswith("NN")]
