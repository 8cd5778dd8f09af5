"""Fighters who flee are not displaced people.

"Displaced" counts civilians driven from their homes; "four attackers were killed and three
others fled" or "200 soldiers fled across the border" tells of a force's retreat, and counting it
with the displaced would swell a humanitarian figure with combatants.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.quantity_types import TROOP_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

FIGHTER_NOUNS = TROOP_NOUNS | frozenset({
    "attackers", "assailants", "gunmen", "bombers", "insurgents", "rebels", "raiders",
    "jihadists", "attacker", "gunman", "militant", "soldier", "fighter", "insurgent", "rebel",
    "terrorists", "terrorist",
})  # fmt: skip
# Words that count more of a group already counted: "four attackers ... three others".
MORE_OF_GROUP = frozenset({"others", "more"})


def fleeing_fighters(counted: Token) -> bool:
    """Whether the group a flight count counts is armed: named so ("three gunmen fled") or the
    "others" of a group counted just before in the sentence ("killed four of the attackers and
    three others fled")."""
    if counted.lower_ in FIGHTER_NOUNS:
        return True
    if counted.lower_ not in MORE_OF_GROUP:
        return False
    earlier = next(
        (t for t in reversed(counted.doc[counted.sent.start : counted.i]) if _counted_group(t)),
        None,
    )
    return earlier is not None and earlier.lower_ in FIGHTER_NOUNS


def _counted_group(token: Token) -> bool:
    """A noun with a number on it: "four attackers", "four of the attackers"."""
    if not token.tag_.startswith("NN"):
        return False
    if any(c.dep_ == "nummod" for c in token.children):
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.tag_ == "CD"
