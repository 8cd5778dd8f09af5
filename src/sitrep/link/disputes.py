"""A figure offered against another's: "The army disputed the figure. A military spokesman said
18 civilians had died in the siege."

A count of civilians is a part of a count of people, so the two never contradict by themselves
("8 people, including 5 civilians"). When a source disputes another's figure and then gives its
own, its count of civilians is its count of the same dead, and the dispute is what a reader wants
flagged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sitrep.link.dates import sentence_bounds

# Victims that are a part of the people a toll counts.
PARTS_OF_PEOPLE = frozenset({"civilians", "children", "women", "residents", "villagers"})

_DISPUTE = re.compile(
    r"\b(?:disput\w*|reject\w*|contest\w*|den(?:y|ies|ied)|challeng\w*)\b[^.;]*?"
    r"\b(?:figures?|tolls?|counts?|numbers?|claims?|estimates?)\b",
    re.IGNORECASE,
)


def rival_count(text: str, bounds: tuple[int, int], quantity: Mapping[str, Any]) -> bool:
    """A count of a part of the people (civilians) following, in its sentence or the one before,
    a source disputing a figure: that source's own count of what the disputed figure counts."""
    if str(quantity.get("unit") or "").lower() not in PARTS_OF_PEOPLE:
        return False
    before = text[bounds[0] : quantity["start"]]
    end = bounds[0]
    while end > 0 and text[end - 1].isspace():  # the end of the sentence before
        end -= 1
    if end:
        previous = sentence_bounds(text, end - 1, end)
        before = text[previous[0] : previous[1]] + " " + before
    return bool(_DISPUTE.search(before))
