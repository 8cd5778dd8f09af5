"""Where a number is, by the places its own sentence names.

"The rebels controlled about 150 square miles around the town, including the airstrip and the
road to Gao" names one place, Gao, and it is not where the territory lies: the road leads there,
and "the town" is the town the report named before. A destination is no count's place, and a
count of the ground "around the town" lies at the town last named.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sitrep.extract.actors import describes_a_party

# "the road to Gao", "a corridor towards the border": the place a way leads to, not where it is.
_WAY_TO = re.compile(
    r"\b(?:road|roads|route|routes|highway|motorway|railway|corridor|track|way)\s+"
    r"(?:to|towards|toward|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# "150 square miles around the town": the count lies at the town the report named before (not
# "in the town of Rellis", which names it).
_AT_THE_TOWN = re.compile(
    r"^\s*(?:around|surrounding|near|outside|in|inside|of|from)\s+the\s+"
    r"(?:town|city|village)\b(?!\s+(?:of|called|named)\b)",
    re.IGNORECASE,
)

_WORDS_BEFORE_A_PLACE = 40  # enough for "along the main road towards the"


def names_a_destination(text: str, start: int) -> bool:
    """The place at `start` is where a road or route leads ("the road to Gao")."""
    return _WAY_TO.search(text[max(0, start - _WORDS_BEFORE_A_PLACE) : start]) is not None


def nearby_place(
    payload: Mapping[str, Any], quantity: Mapping[str, Any], bounds: tuple[int, int]
) -> str | None:
    """Where: the town a count "around the town" refers back to, else the nearest location named
    in the same sentence, after the number if any, that is not a destination."""
    text = payload.get("text") or ""
    places = [
        p
        for p in payload.get("places") or ()
        if p.get("role", "location") == "location"
        and not p.get("demonym")
        and not describes_a_party(text, p["end"])
    ]
    if _AT_THE_TOWN.match(text[quantity["end"] : bounds[1]]):
        town = _last_town_before(places, quantity["start"])
        if town:
            return town
    candidates = [
        p
        for p in places
        if bounds[0] <= p["start"] < bounds[1] and not names_a_destination(text, p["start"])
    ]
    if not candidates:
        return None
    after = [p for p in candidates if p["start"] >= quantity["end"]]
    chosen = min(after or candidates, key=lambda p: abs(p["start"] - quantity["start"]))
    return chosen.get("name") or chosen.get("text")


def _last_town_before(places: list[Mapping[str, Any]], position: int) -> str | None:
    towns = [
        p
        for p in places
        if p["start"] < position and str(p.get("level") or "").startswith("PPL") and p.get("name")
    ]
    return str(max(towns, key=lambda p: p["start"])["name"]) if towns else None
