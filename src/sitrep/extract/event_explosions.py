"""Blasts with no one behind them: "a fuel depot exploded near the town".

A store of fuel or munitions that blows up is news, but the report names no attacker and no
weapon: it may be an accident, sabotage or a strike told elsewhere. Coding it as an attack (an
IED, for ACLED) claims more than the text does, so it stays an explosion of its own ("other")
unless a bomb, a mine or someone's act is named as what went off, or a strike it followed
("exploded after a drone strike").
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
        "arsenal dump cylinder cylinders storage"
    )
)
# Words in the subject that make it a weapon: "a truck packed with explosives", "a rigged car".
# "Laden" or "packed" alone are not enough: a tanker laden with fuel can blow up by accident.
ARMED_WORDS = frozenset(split_words("explosive explosives bomb bombs rigged booby trapped"))
# Strikes a blast follows: "exploded after a drone strike" is that strike's work.
STRIKE_WORDS = frozenset(
    split_words(
        "strike strikes airstrike airstrikes drone drones missile missiles rocket rockets "
        "shelling shell shells bombardment attack attacks"
    )
)
CAUSE_LINKS = frozenset(split_words("after in following"))
BLAST_NOUNS = frozenset(split_words("blast blasts explosion explosions detonation"))


def unexplained_blast(token: Token) -> bool:
    """ "a fuel depot exploded": the verb's subject is a store, not a weapon, and no agent set
    it off ("was exploded by militants" names one), nor a strike it followed."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    agents = [c for c in token.children if c.dep_ == "agent"]
    if not subjects or agents or subjects[0].lower_ not in STORES:
        return False
    return not _armed(subjects[0]) and not _after_a_strike(token)


def _armed(subject: Token) -> bool:
    """ "a tanker packed with explosives", "a booby-trapped fuel tank": the store is the bomb."""
    return any(t.lower_ in ARMED_WORDS for t in subject.subtree)


def _after_a_strike(verb: Token) -> bool:
    """ "exploded after a Ukrainian drone strike", "in a missile attack": the blast is that
    strike's, one incident, not a second unexplained one. ("When a missile hit it" is a clause
    the strike is found in by itself.)"""
    links = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in CAUSE_LINKS]
    return any(t.lower_ in STRIKE_WORDS for link in links for t in link.subtree)


def blast_told_again(earlier: Event, event: Event) -> bool:
    """ "a fuel depot exploded ... The cause of the blast was not clear": "the blast" is that
    explosion, though it is no attack."""
    return (
        earlier.type == "other"
        and (earlier.trigger or "").lower() in EXPLODED
        and (event.trigger or "").lower() in BLAST_NOUNS
    )
