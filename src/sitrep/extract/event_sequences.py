"""Two acts of one attack told in sequence in one sentence: one incident, not two.

"A bomber blew himself up at the gate of a hotel in Kismayo on Sunday, and gunmen then stormed
the building, killing nine" tells one attack in two steps: the storming is a part of the bombing's
incident, linked to it (`duplicate_of`), and the first act carries both weapons and the toll told
with the second when it has none. Only acts of the same sentence joined by a word of sequence
("then", "later"; "before" or "after" only for a step on the same object, "shelled the
village before storming it") and told at no other place, on no other day, by no other
named side and by no other doer (`event_merge_sides`: "militants attacked ..., then the army
shelled the militants") are one: "a car bomb hit a market in Kandahar, and gunmen then raided a post in Herat"
stays two.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.actor_unnamed import is_unnamed_side
from sitrep.extract.event_lexicon import split_words as _w
from sitrep.extract.event_merge_sides import SEQUENCE_WORDS, other_doers, trigger_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Event

LINKS = frozenset(_w("before after"))  # only for a step of the same act (`_step_of`)
SEQUENCE_DEPS = frozenset({"advmod", "mark", "prep"})
STEP_TYPES = frozenset({"attack"})


def one_attack_in_sequence(events: Sequence[Event], doc: Doc) -> list[Event]:
    """`events` with each later step of an attack linked to its first act (see the module doc)."""
    found = list(events)
    for j, later in enumerate(found):
        i = _first_step(found, j, doc)
        if i is None:
            continue
        found[i] = _with_step(found[i], later)
        found[j] = dataclasses.replace(later, duplicate_of=i)
        found = [
            dataclasses.replace(e, duplicate_of=i) if e.duplicate_of == j else e for e in found
        ]
    return found


def _first_step(events: list[Event], j: int, doc: Doc) -> int | None:
    later = events[j]
    if later.duplicate_of is not None or later.type not in STEP_TYPES or j == 0:
        return None
    earlier = events[j - 1]
    if earlier.duplicate_of is not None or earlier.type not in STEP_TYPES:
        return None
    first, second = trigger_token(doc, earlier), trigger_token(doc, later)
    if first is None or second is None or first.sent.start != second.sent.start:
        return None
    if not (_in_sequence(first, second) and _one_scene(earlier, later)):
        return None
    if other_doers(first, second):
        return None  # "militants attacked the base, then the army shelled the militants"
    return j - 1


def _in_sequence(first: Token, second: Token) -> bool:
    """A word of sequence on either act's verb between them: "and gunmen then stormed"."""
    between = first.doc[first.i + 1 : second.i]
    words = [
        t
        for t in between
        if t.lower_ in SEQUENCE_WORDS
        and t.dep_ in SEQUENCE_DEPS
        and t.head.i in (first.i, second.i)
    ] + [c for c in second.children if c.lower_ in SEQUENCE_WORDS and c.dep_ in SEQUENCE_DEPS]
    return any(w.lower_ not in LINKS or _step_of(first, second, w) for w in words)


def _step_of(first: Token, second: Token, link: Token) -> bool:
    """ "shelled the village for hours before storming it": "before" or "after" joins only a
    step with no subject of its own, no time apart ("days after") and the first act's object;
    "raided a post after rebels attacked the town" tells two acts."""
    if any(c.dep_ == "npadvmod" for c in (*link.children, *second.children)):
        return False  # "days after", "hours before": another time
    if second.tag_ != "VBG" or any(c.dep_.startswith("nsubj") for c in second.children):
        return False
    step_objects = [c for c in second.children if c.dep_ == "dobj"]
    first_objects = {c.lower_ for c in first.children if c.dep_ == "dobj"}
    return bool(step_objects) and all(
        o.tag_ == "PRP" or o.lower_ in first_objects for o in step_objects
    )


def _one_scene(a: Event, b: Event) -> bool:
    """No other place, day or named side sets the two apart."""
    if a.place and b.place and a.place.name != b.place.name:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    named = [s for s in (a.actor, b.actor) if s and not is_unnamed_side(s)]
    return len(set(named)) <= 1


def _with_step(first: Event, step: Event) -> Event:
    """The first act with the step's weapons, and its side and toll where it told none."""
    return dataclasses.replace(
        first,
        weapon=tuple(dict.fromkeys(first.weapon + step.weapon)),
        actor=first.actor or step.actor,
        place=first.place or step.place,
        date=first.date or step.date,
        killed=first.killed if first.killed is not None else step.killed,
        killed_hedge=first.killed_hedge if first.killed is not None else step.killed_hedge,
        injured=first.injured if first.injured is not None else step.injured,
        injured_hedge=first.injured_hedge if first.injured is not None else step.injured_hedge,
    )
