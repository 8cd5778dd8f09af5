"""Kilometres between two located things (places, event places), or None when either has no
point on the map: the one helper `place_distances` keeps for gazetteer entries too, named here
where the event code has always found it.
"""

from __future__ import annotations

from sitrep.extract.place_distances import Located, km_apart, within_km

__all__ = ["Located", "km_apart", "within_km"]
