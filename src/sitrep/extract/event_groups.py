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
    earlier event of its own, with its own side and toll. A harm verb whose subject is the act
    ("RSF shelling of a camp killed 14") tells that act's toll, not a second act."""
    groups: dict[tuple[str, bool, bool, int], list[Trigger]] = {}
    told: set[str] = set()  # types whose first clause with a subject of its own is taken
    opened: set[int] = set()  # the clauses of those second acts
    clause_of: dict[tuple[str, int], int] = {}  # (type, trigger word) -> its clause
    for trigger in sorted(triggers, key=lambda t: t.start):
        token = doc[trigger.token]
        clause = -1
        act = _act_as_subject(token, trigger.type, clause_of)
        if act is not None:
            clause = act
        elif _has_own_subject(token):
            clause = token.i if trigger.type in told else -1
            told.add(trigger.type)
            opened.add(clause)
        elif clause_head(token).i in opened:  # "and a bomb hit a bus, killing eight": the bus's
            clause = clause_head(token).i
        clause_of[(trigger.type, token.i)] = clause
        denied = in_denied_claim(token)  # a strike denied and one told done are two events
        groups.setdefault((trigger.type, answered(token), denied, clause), []).append(trigger)
    return sorted(groups.values(), key=lambda g: g[0].start)


def _has_own_subject(token: Token) -> bool:
    """A verb with a subject of its own: a second one of the type in the sentence tells another
    act ("militias drove the rebels out of the town, but the rebels recaptured it")."""
    return token.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _act_as_subject(token: Token, kind: str, clause_of: dict[tuple[str, int], int]) -> int | None:
    """The clause of an act of the same type that is the verb's subject ("shelling ... killed"),
    or None: the parser gives "RSF shelling" a subject of its own, which alone would open a
    second act."""
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (kind, child.i) in clause_of:
            return clause_of[(kind, child.i)]
    return None


def depth(token: Token) -> int:
    """How far the token sits below its sentence's root: the shallowest word governs."""
    steps = 0
    while token.head.i != token.i:
        token = token.head
        steps += 1
    return steps
