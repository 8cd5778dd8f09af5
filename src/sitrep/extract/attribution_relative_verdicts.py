"""A verdict given in a relative clause: "the server, which he described as “an open orchid”",
"an explosion that the mayor described as an intentional act". The relative pronoun stands for
what is described, so the claim runs from it to the end of the "as" phrase; the clause's own
subject is the speaker; with no relative word ("a move Tehran denounced as piracy") it runs
from the antecedent (`cues.is_naming_use` keeps such a clause, which has a subject, apart
from the naming participle of "a group described as a militia")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim
from sitrep.extract.attribution_relative_stances import antecedent_stance
from sitrep.extract.token_positions import run_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE_OBJECTS = frozenset({"which", "whom", "that", "what", "who"})


def relative_verdict(verb: Token) -> tuple[int, int] | None:
    """From the relative pronoun the verb takes as its object to the end of its "as" phrase;
    without an "as" phrase, a stance verb's antecedent (`attribution_relative_stances`)."""
    return _verdict_as(verb) or antecedent_stance(verb)


def _verdict_as(verb: Token) -> tuple[int, int] | None:
    objects = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.i < verb.i and c.lower_ in RELATIVE_OBJECTS
    ]
    predicates = [c for c in verb.children if c.dep_ == "prep" and _is_predicate_as(c, verb)]
    if not predicates:
        return None
    start = objects[0].i if objects else _contact_antecedent(verb)
    if start is None:
        return None
    tokens = trim(list(verb.doc[start : predicates[0].right_edge.i + 1]))
    return run_bounds(tokens) if tokens else None


def _contact_antecedent(verb: Token) -> int | None:
    """ "a move Tehran denounced as “piracy”": a relative clause with no relative word, whose
    antecedent is what is described; the claim runs from the antecedent's first word, since
    the antecedent alone ("a move") says nothing of the verdict."""
    antecedent = verb.head
    own_object = any(c.dep_ == "dobj" for c in verb.children)
    if verb.dep_ != "relcl" or own_object or antecedent.pos_ not in {"NOUN", "PROPN"}:
        return None
    return antecedent.left_edge.i if antecedent.i < verb.i else None


def _is_predicate_as(word: Token, verb: Token) -> bool:
    """An "as" after the verb that says what the object is taken for, not the "such as" of an
    example ("positions that voters embrace, such as the pay act")."""
    return word.lower_ == "as" and word.i > verb.i and word.doc[word.i - 1].lower_ != "such"
