"""Acts named as the road not taken: "rather than with missile strikes", "instead of live fire".

An analysis weighs options ("it would begin with inspections rather than with missile strikes")
and a report contrasts what was done with what was not ("used tear gas instead of live fire"):
the act inside the phrase after "rather than" or "instead of" is the one that did not happen.
The act the whole clause tells still did: in "civilians rather than fighters were killed" only
the fighters are set aside, not the killing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ALTERNATIVE_MARKS = frozenset({("rather", "than"), ("instead", "of")})


def not_taken(token: Token) -> bool:
    """True when the act lies in the phrase that "rather than" or "instead of" opens."""
    doc = token.doc
    for mark in doc[token.sent.start + 1 : token.i]:
        if (doc[mark.i - 1].lower_, mark.lower_) in ALTERNATIVE_MARKS:
            phrase = _phrase_after(doc[mark.i + 1])
            if phrase.left_edge.i <= token.i <= phrase.right_edge.i:
                return True
    return False


def _phrase_after(first: Token) -> Token:
    """The head of the largest phrase that starts at `first`: the alternative, whether the parser
    hangs it under the mark ("instead of men") or beside it as a conjunct ("than live rounds")."""
    phrase = first
    while phrase.head.i != phrase.i and phrase.head.left_edge.i >= first.i:
        phrase = phrase.head
    return phrase
