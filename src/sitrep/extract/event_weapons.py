"""The weapons an event's clause names, read off its words (`event_lexicon.WEAPONS`).

Crowd-control gear is named with a weapon's word: a coast guard's "water cannon", "rubber
bullets", "stun grenades", "tear gas shells". None is a weapon of war, and reading one as
artillery, a firearm or a grenade would code police dispersing a crowd as shelling or a gunfight.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token

CROWD_CONTROL_MAKERS = frozenset(_w("water rubber stun pepper paintball sound teargas"))


def weapons_in(
    doc: object, clause: set[int], unused: Sequence[tuple[int, int]] = ()
) -> tuple[str, ...]:
    """The weapons named in `clause`, each kind once, in reading order; none whose word lies in
    the character spans `unused` (arms carried or struck at, `event_unused_arms`)."""
    found: list[str] = []
    for i in sorted(clause):
        token = doc[i]  # type: ignore[index]
        if any(low <= token.idx < high for low, high in unused):
            continue
        weapon = lex.WEAPONS.get(token.text.lower())
        if weapon == "aircraft" and any(c.lower_ == "suicide" for c in token.children):
            weapon = "bomb"  # "a suicide bomber" is a man carrying a bomb, not a warplane
        if weapon is None or weapon in found or crowd_control(token):
            continue
        if (
            token.dep_ == "compound"
            and token.head.text.lower() not in lex.NOUNS
            and token.head.text.lower() not in lex.WEAPONS
        ):
            continue
        found.append(weapon)
    return tuple(found)


def crowd_control(token: Token) -> bool:
    """ "water cannon", "rubber(-coated) bullets", "stun grenades", "tear gas shells": a weapon's
    word made gear for dispersing crowds by its modifier."""
    return any(
        c.dep_ in ("compound", "amod")
        and (
            any(w.lower_ in CROWD_CONTROL_MAKERS for w in c.subtree)
            or (c.lower_ == "gas" and _tear(c))
        )
        for c in token.children
    )


def _tear(gas: Token) -> bool:
    """ "tear gas", not "mustard gas": only the first is for crowds."""
    return any(c.lower_ == "tear" for c in gas.children)
