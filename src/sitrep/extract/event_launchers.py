"""The side behind a weapon told as striking on its own: "a missile hit a residential building".

Wire copy names the attacker once ("Iran launched about 150 ballistic missiles at Israel") and then
tells where the weapons fell with the weapon, or a count of it, as the subject ("In Tel Aviv, a
missile hit a residential building", "fewer than 10 struck populated areas"). Such a strike is by
the side that every earlier attack with that weapon named. With two such sides or none, or where
the strike fell in another country than those attacks ("a drone hit Kharkiv" after "Ukrainian
drones hit a refinery in Russia"), it stays without an actor rather than guessed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_arguments import _subject_token

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.model import Event

SIDE_MARKS = frozenset({"poss", "compound", "amod"})
# What is fired from afar, so lands with no one on the scene; a bomb or a gunman has someone there.
LAUNCHED = frozenset({"missile", "drone", "rocket", "artillery", "mortar"})


def with_launching_side(event: Event, anchor: Token, earlier: Iterable[Event]) -> Event:
    """`event` with the one side whose earlier attacks used its weapon, when its subject is that
    weapon with no side of its own."""
    fired = LAUNCHED.intersection(event.weapon)
    if event.type != "attack" or event.actor is not None or not fired:
        return event
    if not weapon_subject(anchor):
        return event
    launches = [
        e for e in earlier if e.type == "attack" and e.actor is not None and fired & set(e.weapon)
    ]
    sides = {e.actor for e in launches}
    if len(sides) != 1 or not all(same_country(event, e) for e in launches):
        return event
    side = sides.pop()
    return dataclasses.replace(
        event, actor=side, target=None if event.target == side else event.target
    )


def weapon_subject(anchor: Token) -> bool:
    """The clause's subject is a fired weapon named by no side ("a missile", "two drones"), or a
    bare count that stands for the weapons just told ("fewer than 10 struck", "three of the
    rockets")."""
    subject = _subject_token(anchor)
    if subject is None or subject.tag_ in ("PRP", "PRP$"):
        return False
    if any(c.dep_ in SIDE_MARKS and _names_a_side(c) for c in subject.children):
        return False  # "Russian drones", "Houthi missiles": the side is named
    if subject.lower_ in lex.WEAPONS:
        return lex.WEAPONS[subject.lower_] in LAUNCHED
    if subject.tag_ != "CD":
        return False
    counted = [o for p in subject.children if p.lower_ == "of" for o in p.children]
    return all(lex.WEAPONS.get(o.lower_) in LAUNCHED for o in counted)


def _names_a_side(word: Token) -> bool:
    """A capitalised modifier, unless only the start of the sentence capitalised it ("Several")."""
    if not word.text[:1].isupper():
        return False
    return not word.is_sent_start or word.pos_ == "PROPN" or bool(word.ent_type_)


def same_country(event: Event, before: Event) -> bool:
    """Both events fell in the same country, or one of them has no known country."""
    here = event.place.country if event.place is not None else None
    there = before.place.country if before.place is not None else None
    return here is None or there is None or here == there
