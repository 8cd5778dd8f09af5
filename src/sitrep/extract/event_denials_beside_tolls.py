"""A denial told beside a toll told as fact: "Camp death toll rises to 31 as RSF denies shelling".

Whoever denies an act is one party; a sentence that tells the act's death toll rising, climbing
or standing at a figure tells the deaths as fact, in the reporter's own voice. The act then
happened, and the denial stays attached to it as that party's word (its attribution), rather
than the whole event reading "denied". Only a toll outside the denial counts: "the army denied
that the toll had risen" denies the toll too; and only one that can be the act's: "Flood death
toll rises to 40 as army denies shelling" counts a flood's dead, not a shelling's
(`event_toll_rises.another_cause`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_toll_rises import TOLL_WORDS, another_cause

if TYPE_CHECKING:
    from spacy.tokens import Token


def toll_told_beside(token: Token) -> bool:
    """Whether `token`'s sentence tells a toll as fact outside the clause that denies it."""
    denial = _denying_clause(token)
    subject = next((c for c in denial.children if c.dep_ == "nsubj"), denial)
    inside = range(subject.left_edge.i, denial.right_edge.i + 1)  # a headline's ';' parses badly
    return any(
        t.lower_ in TOLL_WORDS
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.i not in inside
        and not another_cause(t)
        and not any(c.dep_ == "neg" for c in t.head.children)
        for t in token.sent
    )


def _denying_clause(token: Token) -> Token:
    """The verb whose clause holds `token`'s denial: the nearest finite verb above it."""
    current = token
    for _ in range(6):
        if current.head.i == current.i:
            return current
        current = current.head
        if current.tag_ in ("VBZ", "VBP", "VBD") and current.dep_ != "xcomp":
            return current
    return current
