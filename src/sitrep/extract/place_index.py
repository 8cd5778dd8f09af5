"""The places named inside a stretch of text, found by position rather than by a scan.

Event arguments ask which places lie inside a phrase for every phrase of every event: scanning
all of a long report's places each time cost seconds on a 2,000-sentence article. The index is
built once per document and kept in its `doc.user_data`, so concurrent extractions (the web
server's) never share one. It is kept only for a tuple: a tuple cannot change, so the same tuple
is the same places; any other sequence is indexed afresh.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sitrep.model import Place

_KEY = "sitrep.place_index"


@dataclass(frozen=True)
class _Index:
    places: tuple[Place, ...]  # the tuple indexed, kept to know it again
    ordered: tuple[Place, ...]
    starts: tuple[int, ...]


def places_between(doc: Any, places: Sequence[Place], start: int, end: int) -> tuple[Place, ...]:
    """The places of `places` that start at or after `start` and before `end`, in text order."""
    index = _index_of(doc, places)
    return index.ordered[bisect_left(index.starts, start) : bisect_left(index.starts, end)]


def _index_of(doc: Any, places: Sequence[Place]) -> _Index:
    kept: _Index | None = doc.user_data.get(_KEY)
    if kept is not None and kept.places is places:
        return kept
    ordered = tuple(sorted(places, key=lambda p: p.start))
    starts = tuple(p.start for p in ordered)
    if not isinstance(places, tuple):
        return _Index(ordered, ordered, starts)
    doc.user_data[_KEY] = _Index(places, ordered, starts)
    return doc.user_data[_KEY]
