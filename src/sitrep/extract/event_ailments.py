"""Deaths caused by the body, an animal or nature: "a heart attack killed him", "killed by a shark
attack", "two men were killed by lightning, police said".

The noun "attack" in "heart attack" is already kept from being an event; the verb it drives
("killed") must not become one either, or the word "attack" in its subject would be read as the
sign of conflict that lets "killed" through. Nature kills no one on purpose: lightning, a flood,
heat or a disease is no attack, though police tell the toll as they tell a shooting's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_policy as policy
from sitrep.extract.natural_hazards import NATURAL_CAUSES

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

ATTACK_NOUNS = frozenset({"attack", "attacks"})


def caused_by_ailment(verb: Token) -> bool:
    """The verb's doer is a heart, panic or animal attack, as subject or as "by" agent."""
    return any(d.lower_ in ATTACK_NOUNS and policy.not_violence(d) for d in doers(verb))


def caused_by_nature(trigger: Token) -> bool:
    """ "killed by lightning", "lightning killed two", "killed when lightning struck their house",
    "lightning struck a house, killing two", "a lightning strike killed two": the trigger's doer
    is nature, or, when the trigger names no doer of its own, the doer of its "when" clause or of
    the clause it tells the outcome of. "Soldiers killed five men when cholera patients rioted"
    has soldiers for doers, whatever the clause beside it says."""
    own = doers(trigger)
    named = [c for t in (trigger, *own) for c in t.children if c.dep_ == "compound"]
    return any(
        word.lower_ in NATURAL_CAUSES for word in (*(own or _borrowed_doers(trigger)), *named)
    )


def _borrowed_doers(trigger: Token) -> list[Token]:
    """The doers of the trigger's "when" clause, or of the clause whose outcome it tells."""
    borrowed = [d for c in trigger.children if c.dep_ == "advcl" for d in doers(c)]
    return borrowed + (doers(trigger.head) if trigger.dep_ == "advcl" else [])


def doers(verb: Token) -> list[Token]:
    """The subject of a verb and the object of its "by" agent."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]


def counted_dead_of_nature(sent: SpacySpan, start: int) -> bool:
    """ "Two farmers were killed by lightning after soldiers shelled the village": the count at
    character `start` tells the dead of a verb whose doer is nature, so it is no attack's toll."""
    word = next((t for t in sent if t.idx <= start < t.idx + len(t)), None)
    while word is not None and word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        word = word.head
    return word is not None and word.pos_ == "VERB" and caused_by_nature(word)
