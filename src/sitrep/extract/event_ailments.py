"""Deaths caused by the body or an animal: "a heart attack killed him", "killed by a shark attack".

The noun "attack" in "heart attack" is already kept from being an event; the verb it drives
("killed") must not become one either, or the word "attack" in its subject would be read as the
sign of conflict that lets "killed" through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_policy as policy

if TYPE_CHECKING:
    from spacy.tokens import Token

ATTACK_NOUNS = frozenset({"attack", "attacks"})


def caused_by_ailment(verb: Token) -> bool:
    """The verb's doer is a heart, panic or animal attack, as subject or as "by" agent."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lower_ in ATTACK_NOUNS and policy.not_violence(d) for d in doers)
