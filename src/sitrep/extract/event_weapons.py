"""The weapons an event's clause names, read off its words (`event_lexicon.WEAPONS`).

Crowd-control gear is named with a weapon's word: a coast guard's "water cannon", "rubber
bullets", "stun grenades", "tear gas shells". None is a weapon of war, and reading one as
artillery, a firearm or a grenade would code police dispersing a crowd as shelling or a gunfight.
`CROWD_GEAR` is the one list of that gear: the words read here, and the patterns `event_types`
reads a protest's policing by.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

# One row per kind of gear: the modifier that makes a weapon's word gear ("rubber" bullets), the
# gear's words in a report, and whether only crowds are its target. Tear gas, water cannon and stun
# or sound grenades are also fired into homes and schools, or at boats at sea.
CROWD_GEAR: tuple[tuple[str, str, bool], ...] = (
    ("rubber", r"rubber(?:[- ]coated)? bullets", True),
    ("pepper", r"pepper[- ]spray\w*", True),
    ("paintball", r"paintball (?:guns?|pellets?|rounds?)", False),
    ("sound", r"sound (?:grenades?|bombs?|cannons?)", False),
    ("smoke", r"smoke (?:grenades?|bombs?|canisters?)", False),
    ("flash", r"flash[- ]?bangs?", False),
    ("water", r"water ?cannons?", False),
    ("stun", r"stun[- ]grenades?", False),
    ("teargas", r"tear[- ]?gas(?: (?:grenades?|canisters?|shells?))?", False),
)
# A weapon's kind whose word a modifier makes a thing of peace: a "think tank" is a body of scholars, a
# "fuel tank" or "water tank" a container (one struck at is a target, never the means).
NOT_ARMS_MAKERS: dict[str, frozenset[str]] = {
    "tank": frozenset(
        {"think", "fuel", "oil", "water", "storage", "septic", "gas", "petrol", "fish"}
    ),
}
CROWD_CONTROL_MAKERS = frozenset(maker for maker, _, _ in CROWD_GEAR)
CROWD_GEAR_WORDS = "|".join(words for _, words, _ in CROWD_GEAR)
CROWDS_ONLY_GEAR_WORDS = "|".join(words for _, words, only in CROWD_GEAR if only)
_CROWD_GEAR_NAMES = re.compile(rf"\b(?:{CROWD_GEAR_WORDS})\b", re.I)


def without_crowd_gear(text: str) -> str:
    """`text` with each name of crowd-control gear blanked out (same length), so that the weapon's
    word inside it ("stun grenades", "sound cannons", "water cannon") reads as no weapon of war."""
    return _CROWD_GEAR_NAMES.sub(lambda gear: " " * len(gear.group()), text)


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
        if weapon is None or weapon in found or crowd_control(token) or not_arms(token):
            continue
        if (
            token.dep_ == "compound"
            and token.head.text.lower() not in lex.NOUNS
            and token.head.text.lower() not in lex.WEAPONS
        ):
            continue
        found.append(weapon)
    return tuple(found)


def not_arms(token: Token) -> bool:
    """ "a think tank", "fuel tanks": a weapon's word that its modifier makes no weapon."""
    makers = NOT_ARMS_MAKERS.get(lex.WEAPONS.get(token.lower_, ""), frozenset())
    return any(c.dep_ in ("compound", "amod") and c.lower_ in makers for c in token.children)


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
