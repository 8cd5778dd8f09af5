"""Counts of places are no casualties: "evacuated from border areas in four provinces".

A count of provinces, districts or villages sits beside a casualty verb as often as a count of
people ("people were evacuated in four provinces", "killed in three districts"), and the parse
ties both to the verb. Only people are killed, hurt, missing, detained or displaced; a count of
places tells where, so it measures nothing of the kind.
"""

from __future__ import annotations

import dataclasses

from sitrep.extract.quantity_context import CASUALTY_MEASURES
from sitrep.model import Quantity

PLACE_UNITS = frozenset(
    {
        "province", "provinces", "district", "districts", "region", "regions", "state", "states",
        "county", "counties", "village", "villages", "town", "towns", "city", "cities",
        "country", "countries", "area", "areas", "municipality", "municipalities",
    }
)  # fmt: skip


def without_place_casualties(quantities: list[Quantity]) -> list[Quantity]:
    """The quantities, a count of places given no casualty measure."""
    return [
        dataclasses.replace(q, measure="other")
        if q.measure in CASUALTY_MEASURES and _counts_places(q.unit)
        else q
        for q in quantities
    ]


def _counts_places(unit: str | None) -> bool:
    return unit is not None and unit.split()[-1].lower() in PLACE_UNITS
