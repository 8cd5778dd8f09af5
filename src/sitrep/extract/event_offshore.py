"""Acts at sea placed off a port: "hit the tanker about 50 nautical miles southwest of Aden".

A distance in nautical miles from a coastal town puts the act at sea, not in the town. When the
report names a sea, gulf or strait near that town ("in the Gulf of Aden"), the act happened in
those waters, off the town's country, and so it agrees with the lede that placed the same attack
there; with no waters named, the town stays the best reference there is.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from sitrep.extract.place_distances import km_apart
from sitrep.model import Place

WATER_LEVELS = frozenset({"SEA", "OCN", "GULF", "BAY", "STRT", "CHN"})
WATERS_REACH_KM = 1000.0  # a sea's centre may lie far from the port it washes
OFFSHORE_FROM = re.compile(
    r"\bnautical\s+miles?\s+(?:\w+\s+){0,2}(?:of|off|from)\s+(?:the\s+)?(?:port\s+of\s+)?$",
    re.IGNORECASE,
)


def at_sea(text: str, local: list[Place], named: Sequence[Place]) -> list[Place]:
    """`local` with each town a distance at sea is measured from replaced by the waters the
    report names (`named`) off that town, read at the town's words."""
    offshore = {p.start for p in local if _measured_at_sea(text, p)}
    waters = [p for p in named if p.level in WATER_LEVELS] if offshore else []
    if not waters:
        return local
    return [_waters_off(p, waters) if p.start in offshore else p for p in local]


def _measured_at_sea(text: str, place: Place) -> bool:
    return OFFSHORE_FROM.search(text[max(0, place.start - 60) : place.start]) is not None


def _waters_off(place: Place, waters: list[Place]) -> Place:
    """The waters within reach of `place` that the report names most, the nearest of those: a
    sea's centre says little of where its shores run (the Red Sea's lies far from Hodeidah)."""
    apart = [(w, km_apart(place, w)) for w in waters]
    reach = [(w, km) for w, km in apart if km is not None and km <= WATERS_REACH_KM]
    if not reach:
        return place  # no point for the town, or none of the waters near it
    named = Counter(w.name for w, _ in reach)
    chosen, _ = min(reach, key=lambda pair: (-named[pair[0].name], pair[1]))
    return dataclasses.replace(  # off the town's country: "off Yemen" in the headline
        chosen,
        start=place.start,
        end=place.end,
        text=place.text,
        role=place.role,
        country=place.country,
    )
