"""Kilometres between two located things, or None when either has no point on the map.

A place the gazetteer could not place has no coordinates; reading them as 0.0 would put it in the
Gulf of Guinea, "near" whatever lies there and far from everything else. An unknown distance
refuses every nearness test instead, as `place_candidates.entries_km` does for gazetteer entries.
"""

from __future__ import annotations

from typing import Protocol

from sitrep.extract.place_candidates import haversine_km


class Located(Protocol):
    """Anything with a latitude and a longitude that may be missing: a `Place`, an `EventPlace`."""

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
