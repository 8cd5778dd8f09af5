"""Names in the slot of an attack: "the attack on X", "airstrikes on X", "shelling hit X", "X was
hit". War reports name the struck town there, and the small model often tags it as a person or
leaves it untagged ("Kharkiv was hit" opens the sentence as a common noun), so the slot stands
as a place cue; a name read only through it must still be a populated place in the gazetteer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.gazetteer import Entry

# Nouns whose "on X" / "at X" is the place struck.
ATTACK_NOUNS = frozenset({
    "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air-strike",
    "air-strikes", "raid", "raids", "bombing", "bombings", "bombardment", "bombardments",
    "shelling", "assault", "assaults", "offensive", "barrage", "barrages",
})  # fmt: skip
ATTACK_PREPOSITIONS = frozenset({"on", "at", "against"})
# Verbs whose object (or passive subject) is the place struck.
STRIKING_VERBS = frozenset({
    "hit", "hits", "hitting", "struck", "strike", "strikes", "striking", "shelled", "shells",
    "bombed", "bombs", "pounded", "pounding", "bombarded", "targeted", "targets", "targeting",
})  # fmt: skip
TARGET_DEPS = frozenset({"dobj", "nsubjpass"})
# A sentence that tells of an armed strike names one of these.
WEAPON_WORDS = ATTACK_NOUNS | frozenset({
    "missile", "missiles", "rocket", "rockets", "drone", "drones", "shell", "shells", "bomb",
    "bombs", "artillery", "mortar", "mortars", "warplanes", "jets", "forces", "troops",
})  # fmt: skip


def attack_target(window: list[Token]) -> bool:
    """Whether the name in `window` is what an attack struck, by its words or its parse."""
    if not window:
        return False
    first, head = window[0], _name_head(window)
    following = head.doc[window[-1].i + 1 : window[-1].i + 2]
    if following and following[0].lower_ in ("'s", "’s", "'", "’"):
        return False  # "the raid on Smith's home": the owner of what was struck
    verb = head.head
    return _after_attack_noun(first) or (
        head.dep_ in TARGET_DEPS
        and verb.pos_ == "VERB"
        and verb.lower_ in STRIKING_VERBS
        and any(t.lower_ in WEAPON_WORDS for t in verb.sent)  # not "the car hit Jones"
    )


def populated(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """The readings that are inhabited places: a name read through the slot alone must be one."""
    return tuple(e for e in entries if e.population > 0)


def _after_attack_noun(first: Token) -> bool:
    """ "the attack on X", "Israeli airstrikes on X" (an article may stand between)."""
    i = first.i - 1
    if i >= 0 and first.doc[i].lower_ == "the":
        i -= 1
    return (
        i >= 1
        and first.doc[i].lower_ in ATTACK_PREPOSITIONS
        and first.doc[i - 1].lower_ in ATTACK_NOUNS
    )


def _name_head(window: list[Token]) -> Token:
    """The word of the name the parse hangs the rest on ("Younis" of "Khan Younis")."""
    inside = {t.i for t in window}
    return next((t for t in window if t.head.i not in inside or t.head == t), window[-1])
