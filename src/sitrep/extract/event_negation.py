"""Acts that a clause says did not happen because it names no one they happened to.

"No U.S. facilities or personnel were hit" and "no missiles struck the city" negate the act by
the subject's "no", not by a "not" on the verb: the strike on what the subject names did not take
place, whatever else the article reports. A statement act ("did not negotiate", "was not
considering confiscating", "boarded without warning") is undone by a "not" on it or on the verb
it completes, or by "without" (`sitrep.extract.event_statements`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def subject_denied(verb: Token) -> bool:
    """Whether the verb's subject is negated by "no": "No facilities were hit"."""
    return verb.pos_ in ("VERB", "AUX") and any(
        child.dep_ in ("nsubj", "nsubjpass")
        and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
        for child in verb.children
    )


def undone_act(verb: Token) -> bool:
    """An act its own clause says was not done: "did not negotiate", "was not considering
    confiscating" (the "not" on the verb it completes), "boarded without warning"."""
    link = verb
    while True:
        if any(c.dep_ == "neg" for c in link.children):
            return True
        if link.dep_ in ("pcomp", "pobj") and link.head.lower_ == "without":
            return True
        if link.dep_ != "xcomp" or link.head.i == link.i:
            return False
        link = link.head
