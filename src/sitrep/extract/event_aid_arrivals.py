"""Aid told by its arrival: "A convoy of trucks carrying flour reached the city on Thursday".

Aid is most often told by a giving verb ("delivered", "sent", "provided"), but a report on a
besieged town tells it by the convoy that got through: the convoy "reached", "arrived in" or
"entered" the town. That is the aid delivered, as a reader records it. Only a convoy, trucks or a
shipment that carry relief ("carrying food and medicine", "trucks of flour") or are named as
relief ("an aid convoy", "the first U.N. convoy", "through a humanitarian corridor") count: a
military convoy reaching the front is a movement of troops, not aid. Trade moves goods too: a
shipment (or barge) of fuel or wheat is cargo unless named as relief ("aid", "humanitarian", an
agency, "for the displaced"); goods alone mark relief only on a convoy or trucks, the way food
gets into a town cut off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_inflections import split_words as _w
from sitrep.extract.event_inflections import verb_forms
from sitrep.extract.relief_words import (
    RELIEF_GOODS,
    RELIEF_NAMES,
    ROAD_CARRIERS,
    SHIPMENTS,
    VESSELS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

ARRIVED = "arrive"  # the base of every arrival trigger
ARRIVAL_VERBS = frozenset(form for base in _w("reach arrive enter") for form in verb_forms(base))
CARRIERS = ROAD_CARRIERS | SHIPMENTS | VESSELS
# Words that name what is carried as relief, whatever carries it.
RELIEF_MARKERS = RELIEF_NAMES | frozenset(
    _w(
        "relief humanitarian u.n. un wfp unicef unhcr icrc besieged displaced stricken "
        "starving refugees"
    )
)
ARMED = frozenset(_w("military army armoured armored troops soldiers weapons ammunition tanks"))


def aid_arrival(verb: Token) -> tuple[str, str, str | None] | None:
    """The aid event an arrival verb tells, or None when what arrived is no relief."""
    if verb.lower_ not in ARRIVAL_VERBS:
        return None
    carrier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if carrier is None or carrier.lower_ not in CARRIERS:
        return None
    words = {t.lower_ for t in carrier.subtree} | _verb_side_words(verb)
    if words & ARMED or not _relief(words, carrier):
        return None
    return "aid", ARRIVED, None


def _verb_side_words(verb: Token) -> set[str]:
    """Words of what the verb tells besides its subject: "carrying 11 trucks of food", "through a
    humanitarian corridor"."""
    return {
        t.lower_
        for c in verb.children
        if c.dep_ in ("advcl", "prep", "xcomp") and c.lower_ not in ("on", "at", "in")
        for t in c.subtree
    }


def _relief(words: set[str], carrier: Token) -> bool:
    """Named relief ("an aid convoy"), or relief goods on a convoy or trucks ("trucks of flour");
    "a shipment of fuel" is trade."""
    return bool(words & RELIEF_MARKERS) or (
        carrier.lower_ in ROAD_CARRIERS and bool(words & RELIEF_GOODS)
    )
