"""Acts that a clause says did not happen because it names no one they happened to.

"No U.S. facilities or personnel were hit" and "no missiles struck the city" negate the act by
the subject's "no", not by a "not" on the verb: the strike on what the subject names did not take
place, whatever else the article reports.
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
