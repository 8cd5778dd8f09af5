"""A country named as the owner of a place is no scene of its own: "in Nigeria's Zamfara".

An event's place is the nearest place its clause names; in "abduct villagers in Nigeria's
Zamfara" the owner comes first and is nearest, but the reader takes the state as the scene, as
"Zamfara state" alone would be. So too when the owner's words describe the town first: in
"shelling in Sudan's besieged city of El Fasher" or "Nigeria's northwestern Zamfara" the town
wins over its owner's country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitrep.model import Place

# From an owner's end to the place it owns: "'s ", "'s besieged city of ", "'s northwestern ".
OWNED_PLACE_LEAD = re.compile(r"['’]s (?:[a-z][\w-]* ){0,3}(?:of (?:the )?)?")


def without_owners(places: Sequence[Place], text: str) -> list[Place]:
    """The places, less any whose possessive names another of them right after it."""
    starts = sorted({p.start for p in places})
    return [p for p in places if not _owns_a_later_place(p, starts, text)]


def _owns_a_later_place(place: Place, starts: Sequence[int], text: str) -> bool:
    """Whether `place` is a possessive whose phrase runs on to the next place named."""
    later = next((start for start in starts if start > place.end), None)
    return later is not None and OWNED_PLACE_LEAD.fullmatch(text, place.end, later) is not None
