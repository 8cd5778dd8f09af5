"""A trailing reporter the parser took for what was said: in "the ministry said 192 soldiers
had died, the news agency APA reported" it makes "reported" the complement of "said" and hangs
the ministry's words on it. The ministry said that the soldiers died, not that the agency
reported it; the agency relays the statement (its own reporter clause, `attribution_patterns`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cues import is_cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def past_trailing_reporter(token: Token, child: Token) -> Token:
    """The head of what `token` says: `child`, or the clause before it when `child` is a
    reporting verb whose subject and own complement both come after `token`, the complement
    first and a comma before the subject ("said X, the agency reported")."""
    if not is_cue_verb(child):
        return child
    fronted = [c for c in child.children if c.dep_ == "ccomp" and token.i < c.i < child.i]
    subjects = [c for c in child.children if c.dep_ in SUBJECT_DEPS]
    if not fronted or not subjects or not fronted[0].i < subjects[0].i < child.i:
        return child
    opening = subjects[0].left_edge
    return fronted[0] if opening.i > 0 and opening.nbor(-1).text == "," else child
