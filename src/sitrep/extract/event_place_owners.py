"""A country named as the owner of a place is no scene of its own: "in Nigeria's Zamfara".

An event's place is the nearest place its clause names; in "abduct villagers in Nigeria's
Zamfara" the owner comes first and is nearest, but the reader takes the state as the scene, as
"Zamfara state" alone would be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitrep.model import Place

OWNER_MARK = re.compile(r"['’]s ")


def without_owners(places: Sequence[Place], text: str) -> list[Place]:
    """The places, less any whose possessive names another of them right after it."""
    starts = {p.start for p in places}
    return [
        p for p in places if not ((mark := OWNER_MARK.match(text, p.end)) and mark.end() in starts)
    ]
