"""Aid told by its arrival: "A convoy of trucks carrying flour reached the city on Thursday".

Aid is most often told by a giving verb ("delivered", "sent", "provided"), but a report on a
besieged town tells it by the convoy that got through: the convoy "reached", "arrived in" or
"entered" the town. That is the aid delivered, as a reader records it. Only a convoy, trucks or a
shipment that carry relief ("carrying food and medicine", "trucks of flour") or are named as
relief ("an aid convoy", "the first U.N. convoy", "through a humanitarian corridor") count: a
military convoy reaching the front is a movement of troops, not aid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_inflections import split_words as _w
from sitrep.extract.event_inflections import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

ARRIVED = "arrive"  # the base of every arrival trigger
ARRIVAL_VERBS = frozenset(form for base in _w("reach arrive enter") for form in verb_forms(base))
CARRIERS = frozenset(_w("convoy convoys truck trucks lorry lorries shipment shipments barge"))
RELIEF = frozenset(
    _w(
        "aid relief humanitarian food flour grain wheat rice medicine medicines medical drugs "
        "supplies water tents blankets fuel vaccines u.n. un wfp unicef unhcr icrc"
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
    if words & ARMED or not words & RELIEF:
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
