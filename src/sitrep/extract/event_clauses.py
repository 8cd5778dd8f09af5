"""The words around an event's trigger that its arguments are read from: the clause it heads,
the wider scope up to an embedded report, the verbs it is chained to, and the verb a noun
trigger hangs on. Shared by every argument reader so each reads the same stretch of words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_arguments import CLAUSE_BREAKS

if TYPE_CHECKING:
    from spacy.tokens import Token

GROUP_LINKS = frozenset({"xcomp", "conj", "aux", "auxpass"})


def trigger_scope(token: Token) -> set[int]:
    """The whole clause the trigger belongs to, up to (and including) an embedded report."""
    while token.dep_ not in CLAUSE_BREAKS and token.head.i != token.i:
        if token.head.text.lower() in lex.REPORTING_VERBS:
            break
        token = token.head
    return {t.i for t in token.subtree}


def light_verb_anchor(token: Token) -> Token:
    """The verb a noun trigger hangs on when that verb only carries it ("conduct strikes")."""
    if (
        token.tag_.startswith("NN")
        and token.dep_ in ("dobj", "nsubjpass")
        and token.head.text.lower() in lex.LIGHT_VERBS
    ):
        return token.head
    return token


def trigger_clause(token: Token) -> set[int]:
    """Token indices of the trigger's clause, without embedded reports or coordinated clauses
    (nor the full stop that ends a coordinated act: "killed 12 farmers, and a bomb hit a bus.")."""
    keep = {token.i}
    acts = [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    for child in token.children:
        if child.dep_ in CLAUSE_BREAKS or child in acts:
            continue
        if child.dep_ == "punct" and any(c.i < child.i for c in acts):
            continue
        keep |= {t.i for t in child.subtree}
    return keep


def verb_chain(token: Token) -> set[int]:
    """The trigger and the verbs it is chained to ("managed to claw back", "set ... and managed")."""
    group = {token.i}
    current = token
    while current.dep_ in GROUP_LINKS and current.head.i != current.i:
        current = current.head
        group.add(current.i)
    return group
