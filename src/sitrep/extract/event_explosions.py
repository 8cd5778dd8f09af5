"""Blasts with no one behind them: "a fuel depot exploded near the town".

A store of fuel or munitions that blows up is news, but the report names no attacker and no
weapon: it may be an accident, sabotage or a strike told elsewhere. Coding it as an attack (an
IED, for ACLED) claims more than the text does, so it stays an explosion of its own ("other")
unless a bomb, a mine or someone's act is named as what went off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import split_words, verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.model import Event

EXPLODED = verb_forms("explode")

# Things that hold fuel, gas or munitions and can blow up by themselves.
STORES = frozenset(
    split_words(
        "depot depots tank tanks tanker warehouse warehouses plant factory pipeline refinery "
        "arsenal dump station cylinder cylinders storage"
    )
)


def unexplained_blast(token: Token) -> bool:
    """ "a fuel depot exploded": the verb's subject is a store, not a weapon, and no agent set
    it off ("was exploded by militants" names one)."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    agents = [c for c in token.children if c.dep_ == "agent"]
    return bool(subjects) and not agents and subjects[0].lower_ in STORES


BLAST_NOUNS = frozenset({"blast", "blasts", "explosion", "explosions", "detonation"})


def blast_told_again(earlier: Event, event: Event) -> bool:
    """ "a fuel depot exploded ... The cause of the blast was not clear": "the blast" is that
    explosion, though it is no attack."""
    return (
        earlier.type == "other"
        and (earlier.trigger or "").lower() in EXPLODED
        and (event.trigger or "").lower() in BLAST_NOUNS
    )
