"""Killings told as acts of their own: "fighters killed 12 farmers, and a bomb hit a bus".

A killing verb usually tells the outcome of the sentence's other event ("an airstrike hit the
market, killing 12"; "gunmen stormed the village and killed 12"), so it yields to that event's
trigger. When it has a subject of its own, who killed, and heads its own clause, it is a second
act by a second side, and a reader counts two events.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def killing_of_its_own(verb: Token, others: Iterable[Token]) -> bool:
    """Whether `verb` is an active killing with its own subject and object ("fighters killed 12
    farmers") and every other trigger of the sentence is a verb heading a clause of its own, with
    its own subject ("and a roadside bomb hit a bus"): two acts told side by side. Beside an
    attack noun ("wounded in the attack, and security forces killed five attackers") the killing
    stays part of that attack's story."""
    if not verb.tag_.startswith("VB") or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].tag_ in ("WDT", "WP"):
        return False  # "strikes, which killed 78": the strikes' outcome
    others = list(others)
    return bool(others) and all(
        o.tag_.startswith("VB") and clause_head(o) == o != verb for o in others
    )


def describes_the_killers(token: Token, killings: set[int]) -> bool:
    """ "were killed by soldiers fighting militants": a participle on a killing's doer says who
    the doers are, not an act of its own; the killing is the news, done to its victims."""
    if token.dep_ != "acl" or token.head.dep_ != "pobj":
        return False
    agent = token.head.head
    return agent.dep_ == "agent" and agent.head.i in killings


def clause_head(token: Token) -> Token:
    """The verb heading the clause `token` lies in: the nearest ancestor with its own subject."""
    while token.head.i != token.i and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
        token = token.head
    return token
