"""Journeys made for an occasion or a purpose: "arrived from London for the concert", "crossed
into France for the match", "left Kabul to study abroad".

Leaving a town, crossing a border and arriving from somewhere tell flight only in a story of
flight (`quantity_uprooted`); the same verbs tell a trip when the clause names what the trip was
for. A reason for leaving that is itself a danger ("to escape the shelling") is still flight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# What people travel for of their own will.
OCCASIONS = frozenset({
    "concert", "concerts", "match", "matches", "game", "games", "final", "finals", "festival",
    "festivals", "wedding", "weddings", "holiday", "holidays", "vacation", "weekend", "party",
    "celebration", "celebrations", "pilgrimage", "race", "marathon", "tournament", "show",
    "ceremony", "conference", "summit", "meeting", "talks", "rally", "fair", "exhibition",
    "studies", "work", "jobs", "shopping", "sightseeing", "season", "cup",
})  # fmt: skip
# What people go to do of their own will: "left to study abroad", "crossed to shop" ("crossed
# to join relatives in the camps" is flight, so "join" is left out).
PURPOSES = frozenset({
    "study", "work", "visit", "attend", "watch", "shop", "celebrate", "compete", "play", "trade",
    "vote", "holiday", "perform", "pray", "tour",
})  # fmt: skip


def journey_for_occasion(verb: Token) -> bool:
    """Whether the clause of `verb` names an occasion or a purpose for the journey: "for the
    concert", "to study abroad" (also when the parser hangs it lower: "on a flight to study")."""
    reasons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    if any(p.dep_ == "pobj" and p.lower_ in OCCASIONS for r in reasons for p in r.children):
        return True
    return any(_purpose(word) for word in verb.subtree if word.i > verb.i)


def _purpose(word: Token) -> bool:
    """ "to study", "to watch": an infinitive (a base form, as the lemma may be blank) of a thing
    done by choice."""
    if word.dep_ not in ("advcl", "xcomp", "relcl", "acl") or word.lower_ not in PURPOSES:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
