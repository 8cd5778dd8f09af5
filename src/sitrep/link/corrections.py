"""A source correcting its own figure: "The health ministry revised its death toll down to 41".

A revised figure is neither a contradiction of the source's earlier one nor an update of it: the
earlier figure was wrong by the source's own account. The tracker marks it, and no contradiction
is flagged between it and what the same source said before.
"""

from __future__ import annotations

import re

_REVISION = re.compile(
    r"\b(?:revis(?:ed|es|ing|ion)|correct(?:ed|s|ing|ion)|amend(?:ed|s|ing)|"
    r"(?:earlier|previously|initially|originally)\s+(?:reported|said|given|gave|put)|"
    r"(?:earlier|previous|initial|original)\s+(?:figure|toll|count|estimate))\b",
    re.IGNORECASE,
)

# The figure being corrected, not the correction: "revised its toll from 60", "an earlier figure
# of 60", "which had earlier reported 60".
_OLD_FIGURE = re.compile(
    r"(?:\bfrom|\b(?:earlier|previous|initial|original|previously|initially|originally)"
    r"(?:\s+[a-z]+){0,2}?)\s*$",
    re.IGNORECASE,
)


def revises_a_figure(text: str, sentence: str) -> bool:
    """The number `text` is the new figure of a sentence correcting an earlier one."""
    if not text or text not in sentence or not _REVISION.search(sentence):
        return False
    return not _OLD_FIGURE.search(sentence[: sentence.index(text)])
