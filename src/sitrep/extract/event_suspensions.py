"""Halting that sanctions no one: "failed to halt the violence", "the championships were cancelled".

A sanction is one side's penalty on another: a state or alliance cutting ties, trade or talks. A
project, programme or flight halted by its operator, or with no one named as halting it, is a
business or security decision, a tournament or festival called off is a lost fixture, and halted
violence is a hope, not a penalty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import is_non_state, normalize_actor
from sitrep.extract.event_lexicon import VIOLENCE_HALTED
from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token

# Undertakings whose halt is the operator's own choice unless a state orders it ("loadings at the
# terminal were suspended" after a strike is the port's own decision).
UNDERTAKINGS = frozenset(
    _w(
        "project projects programme programmes program programs operation operations work "
        "works flight flights service services production construction loading loadings "
        "traffic pumping output"
    )
)

# Gatherings called off by their organisers ("the championships were cancelled"): a fixture
# lost, not a penalty, unless a state is named as calling them off.
GATHERINGS = frozenset(
    _w(
        "championship championships tournament tournaments match matches game games race races "
        "concert concerts festival festivals show shows ceremony ceremonies celebration "
        "celebrations season league contest competition fair exhibition"
    )
)


def sanctions_no_one(verb: Token, objects: set[str]) -> bool:
    """A halting verb whose object is violence ("to halt the violence"), or an undertaking that no
    state is named as halting ("the gas project has been suspended since the attack")."""
    if objects & VIOLENCE_HALTED:
        return True
    return bool(objects & (UNDERTAKINGS | GATHERINGS)) and not _state_halts(verb)


def _state_halts(verb: Token) -> bool:
    """A country or alliance is the verb's subject or its "by" agent."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent"):
            name = normalize_actor(" ".join(t.text for t in child.subtree))
            if name is not None and not is_non_state(name):
                return True
    return False
