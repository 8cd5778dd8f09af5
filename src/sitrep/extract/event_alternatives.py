"""Acts named as the road not taken: "rather than with missile strikes", "instead of live fire".

An analysis weighs options ("it would begin with inspections rather than with missile strikes")
and a report contrasts what was done with what was not ("used tear gas instead of live fire"):
the act after "rather than" or "instead of" is the one that did not happen.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ALTERNATIVE_MARKS = (("rather", "than"), ("instead", "of"))
REACH = 4  # words between the mark and the act: "rather than with the missile strikes"


def not_taken(token: Token) -> bool:
    """True when "rather than" or "instead of" opens the phrase that names the act."""
    start = max(token.sent.start, token.i - REACH - 2)
    words = [t.lower_ for t in token.doc[start : token.i]]
    for i, pair in enumerate(pairwise(words)):
        between = token.doc[start + i + 2 : token.i]
        if pair in ALTERNATIVE_MARKS and not any(t.is_punct or t.pos_ == "VERB" for t in between):
            return True
    return False
