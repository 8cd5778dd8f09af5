"""Kilometres between two located things, or None when either has no point on the map.

Gazetteer entries, places and event places all carry a latitude and a longitude that may be
missing: a subdivision without towns, or a name the gazetteer could not place. Reading a missing
coordinate as 0.0 would put the thing in the Gulf of Guinea, "near" whatever lies there and far
from everything else, so an unknown distance refuses every nearness test instead. One helper
serves resolution (entries) and the event linker (places, event places) alike.
"""

from __future__ import annotations

import math
from typing import Protocol


class Located(Protocol):
    """Anything with a latitude and a longitude that may be missing: an `Entry`, a `Place`, an
    `EventPlace`."""

    @property
    def lat(self) -> float | None: ...

    @property
    def lon(self) -> float | None: ...


def km_apart(a: Located, b: Located) -> float | None:
    """Great-circle kilometres from `a` to `b`; None when either lacks a coordinate."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def within_km(a: Located, b: Located, reach: float) -> bool:
    """Whether `a` and `b` lie at most `reach` km apart; never when the distance is unknown."""
    distance = km_apart(a, b)
    return distance is not None and distance <= reach


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
