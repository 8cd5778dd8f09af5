"""The places named inside a stretch of text, found by position rather than by a scan.

Event arguments ask which places lie inside a phrase for every phrase of every event: scanning
all of a long report's places each time cost seconds on a 2,000-sentence article. The index is
built once for a document's list of places and kept until another list is asked about.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.model import Place


@dataclass(frozen=True)
class _Index:
    places: Sequence[Place]  # the list indexed, kept to know it again
    ordered: tuple[Place, ...]
    starts: tuple[int, ...]


_latest: list[_Index] = []  # the one index kept: a document's events ask about one list


def places_between(places: Sequence[Place], start: int, end: int) -> tuple[Place, ...]:
    """The places of `places` that start at or after `start` and before `end`, in text order."""
    index = _index_of(places)
    return index.ordered[bisect_left(index.starts, start) : bisect_left(index.starts, end)]


def _index_of(places: Sequence[Place]) -> _Index:
    if _latest and _latest[0].places is places and len(_latest[0].ordered) == len(places):
        return _latest[0]
    ordered = tuple(sorted(places, key=lambda p: p.start))
    index = _Index(places, ordered, tuple(p.start for p in ordered))
    _latest[:] = [index]
    return index
