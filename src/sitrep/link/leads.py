"""The incident a report leads with, for a later count of the same kind that places nothing.

"Its fighters had killed 43 soldiers" after "attacked a military post near Banibangou" counts
the dead of that attack, at its place. A count whose own sentence names a place in another
country ("one of its civilians had been killed when shells landed near a pagoda in Oddar
Meanchey", after a rocket strike in Sisaket) tells another incident, across the border, and
keeps the place it names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sitrep.extract.actors import country_name
from sitrep.link.dates import date_interval, days_apart


def lead_event(
    payload: Mapping[str, Any], event: Mapping[str, Any] | None, bounds: tuple[int, int]
) -> Mapping[str, Any] | None:
    """The report's first placed event of the type of `event` (which places nothing) on its
    day (a weekend holds its Sunday), told as it is (a planned offensive is no lead for a toll
    of an attack that happened), unless the sentence `bounds` names a place in another country
    than that event's."""
    if not event or event.get("place"):
        return None
    lead = next(
        (
            e
            for e in payload.get("events") or ()
            if e.get("type") == event.get("type")
            and event_place_name(e)
            and _same_days(e.get("date"), event.get("date"))
            and _told_alike(e, event)
        ),
        None,
    )
    if lead is None or _names_another_country(payload, bounds, lead["place"].get("country")):
        return None
    return lead


def event_place_name(event: Mapping[str, Any] | None) -> str | None:
    """The name of the place an event happened: its own, or its country's."""
    place = (event or {}).get("place") or {}
    return place.get("name") or (
        country_name(place.get("country")) if place.get("country") else None
    )


def _names_another_country(
    payload: Mapping[str, Any], bounds: tuple[int, int], country: str | None
) -> bool:
    """The sentence names a location (not a people, "Thai shells") outside `country`."""
    return bool(country) and any(
        p.get("country") and p["country"] != country
        for p in payload.get("places") or ()
        if bounds[0] <= p["start"] < bounds[1]
        and p.get("role", "location") == "location"
        and not p.get("demonym")
    )


def _same_days(lead: str | None, event: str | None) -> bool:
    """The lead is undated, or its days meet the event's ("last weekend" and "on Sunday")."""
    if lead is None or lead == event:
        return True
    return days_apart(date_interval(lead), date_interval(event)) == 0


_NOT_YET = frozenset({"planned", "expected"})


def _told_alike(lead: Mapping[str, Any], event: Mapping[str, Any]) -> bool:
    """Both are acts told as done, or both as yet to come."""
    return (lead.get("modality") in _NOT_YET) == (event.get("modality") in _NOT_YET)
