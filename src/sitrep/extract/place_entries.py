"""What a place takes from the gazetteer entry it is read as.

A place is built from an entry in several steps (the first reading, a "<name> region" unit, the
candidates kept when the choice is open); copying the fields in one spot keeps them from drifting
apart when the entry or the place gains one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from sitrep.gazetteer import Entry


class EntryFields(TypedDict):
    """The fields `Place` and `Candidate` share with a gazetteer entry."""

    name: str
    country: str | None
    admin1: str | None
    level: str
    lat: float | None
    lon: float | None
    gazetteer_id: str


def entry_fields(entry: Entry) -> EntryFields:
    """The entry's name, country, admin-1 unit, level, coordinates and id, as keyword arguments."""
    return EntryFields(
        name=entry.name,
        country=entry.country,
        admin1=entry.admin1,
        level=entry.level,
        lat=entry.lat,
        lon=entry.lon,
        gazetteer_id=entry.gazetteer_id,
    )
