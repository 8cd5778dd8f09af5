"""The words around an event's trigger that its arguments are read from: the clause it heads,
the wider scope up to an embedded report, the verbs it is chained to, and the verb a noun
trigger hangs on. Shared by every argument reader so each reads the same stretch of words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_arguments import CLAUSE_BREAKS
from sitrep.extract.event_triggers import verb_trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

GROUP_LINKS = frozenset({"xcomp", "conj", "aux", "auxpass"})
# Marks of a clause told beside another, not as its circumstance.
PARALLEL_MARKS = frozenset({"while", "whereas"})


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
    """Token indices of the trigger's clause, without embedded reports, coordinated clauses (nor
    the full stop that ends a coordinated act: "killed 12 farmers, and a bomb hit a bus.") or a
    parallel clause telling its own act ("clashed, while a drone attack killed three")."""
    keep = {token.i}
    acts = [
        c
        for c in token.children
        if (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) or tells_its_own_act(c)
    ]
    for child in token.children:
        if child.dep_ in CLAUSE_BREAKS or child in acts:
            continue
        if child.dep_ == "punct" and any(c.i < child.i for c in acts):
            continue
        keep |= {t.i for t in child.subtree}
    return keep


def tells_its_own_act(clause: Token) -> bool:
    """A verb joined to another with a subject of its own, by "and" or by a parallel "while":
    "and a missile strike on Sumy killed four", "while a drone attack killed three" tell another
    act, whose toll, arms and place are not the first one's; a "while" clause only when its verb
    is an event's (`_tells_an_event`). "As"/"after" clauses often tell the same act's
    circumstances and stay."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    if clause.dep_ == "conj":
        return True
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in PARALLEL_MARKS for c in clause.children)
        and _tells_an_event(clause)
    )


def _tells_an_event(verb: Token) -> bool:
    """True when a "while" clause's verb is an act of its own ("while a drone attack killed
    three"); "while they were praying in a mosque", "while villagers slept" tell the moment of
    the first act, whose place and arms they still share. A report counts by what it reports
    ("while the rebels said the army violated it 25 times")."""
    if verb.lower_ in lex.REPORTING_VERBS:
        return any(_tells_an_event(c) for c in verb.children if c.dep_ == "ccomp")
    return verb.tag_ != "VBG" and verb_trigger(verb, verb.lower_) is not None


def without_other_clauses(doc: Doc, scope: set[int], trigger: int) -> set[int]:
    """The scope less the clauses joined to it that tell their own act (`tells_its_own_act`): in
    "70 terrorists were neutralised and reinforcements had been sent from Ouallam", Ouallam is
    the second act's."""
    dropped: set[int] = set()
    for i in scope:
        token = doc[i]
        if tells_its_own_act(token) and not token.left_edge.i <= trigger <= token.right_edge.i:
            dropped |= {t.i for t in token.subtree}
    return scope - dropped


def verb_chain(token: Token) -> set[int]:
    """The trigger and the verbs it is chained to ("managed to claw back", "set ... and managed")."""
    group = {token.i}
    current = token
    while current.dep_ in GROUP_LINKS and current.head.i != current.i:
        current = current.head
        group.add(current.i)
    return group
