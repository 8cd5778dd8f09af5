"""A sentence's event triggers grouped into acts: one group per type and clause, and which word of
a group governs the others."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_answers import answered
from sitrep.extract.event_denied_claims import in_denied_claim
from sitrep.extract.event_killings import clause_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.extract.event_triggers import Trigger


def group_by_type(triggers: list[Trigger], doc: Doc) -> list[list[Trigger]]:
    """A sentence's triggers, one group per type and clause: "missile strikes on Dnipro hit ..."
    is one attack. The act an attack answers ("the attack was a response to Israeli strikes") is an
    earlier event of its own, with its own side and toll."""
    groups: dict[tuple[str, bool, bool, int], list[Trigger]] = {}
    told: set[str] = set()  # types whose first clause with a subject of its own is taken
    opened: set[int] = set()  # the clauses of those second acts
    for trigger in sorted(triggers, key=lambda t: t.start):
        token = doc[trigger.token]
        clause = -1
        if _has_own_subject(token):
            clause = token.i if trigger.type in told else -1
            told.add(trigger.type)
            opened.add(clause)
        elif clause_head(token).i in opened:  # "and a bomb hit a bus, killing eight": the bus's
            clause = clause_head(token).i
        denied = in_denied_claim(token)  # a strike denied and one told done are two events
        groups.setdefault((trigger.type, answered(token), denied, clause), []).append(trigger)
    return sorted(groups.values(), key=lambda g: g[0].start)


def _has_own_subject(token: Token) -> bool:
    """A verb with a subject of its own: a second one of the type in the sentence tells another
    act ("militias drove the rebels out of the town, but the rebels recaptured it")."""
    return token.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def depth(token: Token) -> int:
    """How far the token sits below its sentence's root: the shallowest word governs."""
    steps = 0
    while token.head.i != token.i:
        token = token.head
        steps += 1
    return steps
