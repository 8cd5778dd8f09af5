"""An act keeps the weapons of its own clause, not those of another side's act told in turn.

"Drones hit the city after Ukrainian missiles struck it": the clause of "hit" holds the
subordinate clause of "struck", so reading arms over it gives the drones' act the missiles too,
and with the missiles in common the two acts would merge and the first take the second's side.
An act whose own subject names no side or camp ("drones") keeps only the weapons its words name
outside the other act's clause when that act, joined to it by "before", "after" or "while", has a
doer naming a side or a camp ("Ukrainian missiles", "soldiers"). Acts whose doers both name no
side ("shells hit the town after a drone struck it") or the same side keep what they read: they
can be steps of one attack (`event_sequences`). Run by `event_merge` before it compares reports.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.event_clauses import trigger_clause
from sitrep.extract.event_merge_sides import doer_of, told_in_turn, trigger_token
from sitrep.extract.event_weapons import weapons_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Event


def own_clause_arms(events: Sequence[Event], doc: Doc) -> list[Event]:
    """`events`, each act whose subject names no side stripped of the weapons only another
    side's act of its sentence, told in turn within its clause, names (see the module doc)."""
    tokens = [trigger_token(doc, e) for e in events]
    # Only acts of one sentence are compared: one pass over the sentences, not every pair of
    # the article's acts (a 2,000-sentence article has millions of pairs).
    by_sentence: dict[int, list[Token]] = {}
    for token in tokens:
        if token is not None:
            by_sentence.setdefault(token.sent.start, []).append(token)
    found = list(events)
    for i, outer in enumerate(tokens):
        if outer is None or not found[i].weapon:
            continue
        inner = [t for t in by_sentence[outer.sent.start] if _told_within(outer, t)]
        if not inner:
            continue
        clause = trigger_clause(outer) - {w.i for t in inner for w in t.subtree}
        kept = set(weapons_in(doc, clause))
        found[i] = dataclasses.replace(
            found[i], weapon=tuple(w for w in found[i].weapon if w in kept)
        )
    return found


def _told_within(outer: Token | None, inner: Token) -> bool:
    """Whether `inner` is another side's act told in turn inside the clause of `outer`, whose own
    subject names no side."""
    if outer is None or inner.i == outer.i or inner.sent.start != outer.sent.start:
        return False
    if inner.i not in trigger_clause(outer) or not told_in_turn(outer, inner):
        return False
    nameless, named = doer_of(outer), doer_of(inner)
    if nameless is None or nameless.sides or nameless.camp is not None:
        return False
    return named is not None and bool(named.sides or named.camp)
