"""Places said to be nearby, which the gazetteer holds only far away.

A report from Jenin that sends families to "the nearby town of Burqin" means the Burqin near Jenin,
not the one in Xinjiang that the gazetteer happens to hold. "Nearby" and "neighbouring" tie the
place to the story's other places, and so does a pairing with one ("the road between Mpeketoni
and Kiunga"): when the name's only readings are small places in countries
that no other name of the article points to, the faraway town is a confident mistake, and the name
is placed, with low confidence, at the article's locality, as a name the gazetteer lacks would be.
Without such a word nothing says where a small town lies, and its reading stands.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import important

if TYPE_CHECKING:
    from sitrep.extract.place_candidates import Choice, Mention

NEARBY_BEFORE = re.compile(
    r"\b(?:nearby|neighbou?ring)\s+(?:(?:town|village|city|district|camp)\s+of\s+)?$",
    re.IGNORECASE,
)
# "the road between Mpeketoni and Kiunga": a town paired with another lies near it.
PAIRED_BEFORE = re.compile(r"\bbetween\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+and\s+$")
PAIRED_AFTER = re.compile(r"^\s+and\s+[A-Z]")
WINDOW = 40  # characters before a mention where the word may stand


def nearby_but_far_away(
    text: str, group: list[Mention], ranked: list[Choice], named_countries: Collection[str]
) -> bool:
    """Whether a mention of the name follows "nearby" or "neighbouring" ("the nearby town of X")
    or is paired with another name ("between Mpeketoni and X") while every reading is a small
    place in a country no other name of the article names (and the article names some country,
    so that there is a story's country to be near)."""
    if not any(_tied_to_the_story(text, m) for m in group):
        return False
    return bool(ranked and named_countries) and not any(
        c.entry.country in named_countries or important(c.entry) for c in ranked
    )


def _tied_to_the_story(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - WINDOW) : mention.start]
    if NEARBY_BEFORE.search(before) or PAIRED_BEFORE.search(before):
        return True
    return before.endswith("between ") and bool(PAIRED_AFTER.match(text[mention.end :]))
