"""Reporting verbs that report nothing: no answer ("did not respond to a request for comment"),
no check ("could not verify the reports") and a request not to be named ("a resident who asked
not to be named"). These say how a source behaved or may be cited, not what it claims."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cues import cue_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Being named in print: "asked not to be named", "not be identified".
NAMING_PASSIVES = frozenset({"named", "identified", "quoted", "cited"})
# Verbs of answering and checking: negated ("did not respond", "could not verify"), they
# report that nothing was said ("did not mention X" is a telling omission, and is kept).
ANSWER_VERBS = frozenset({"respond", "reply", "answer", "return", "comment", "verify"})


def says_nothing(token: Token) -> bool:
    """The reporting verb states no claim: a negated answer or check, or a plea for anonymity."""
    return _no_answer(token) or _asks_anonymity(token)


def _no_answer(token: Token) -> bool:
    """ "did not immediately respond to a request for comment", "did not return calls", "could
    not independently verify the reports": saying nothing is no claim."""
    return cue_lemma(token) in ANSWER_VERBS and any(c.dep_ == "neg" for c in token.children)


def _asks_anonymity(token: Token) -> bool:
    """ "a resident who asked not to be named", "requested anonymity": how the source may be
    cited, not what it says."""
    if cue_lemma(token) not in {"ask", "request", "seek", "demand"}:
        return False
    for child in token.children:
        if child.dep_ in {"xcomp", "ccomp", "dobj"} and child.i > token.i:
            heads = {child.lower_} | {c.lower_ for c in child.children}
            if heads & {"anonymity", "anonymous"} or (
                child.lower_ in NAMING_PASSIVES and "not" in heads
            ):
                return True
    return False
