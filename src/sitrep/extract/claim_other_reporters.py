"""A "that" clause that belongs to another reporter lower in the sentence.

`claim_spans.that_clause` looks down a cue's subtree for a "that" clause the parser attached too
low ("said ... that he may wait"). When a reporting verb with its own subject stands between the
cue and that clause ("asked a question when the mayor shot back that ..."), the clause is that
verb's claim, not the cue's: the question was never that the reporter had not been called on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cues import is_cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def reported_by_another(clause_verb: Token, cue: Token) -> bool:
    """Some reporting verb with its own subject stands between the cue and the clause's verb."""
    node = clause_verb.head
    while node.i != cue.i and node.head.i != node.i:
        if is_cue_verb(node) and any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return True
        node = node.head
    return False
