"""A province named after its town ("Kidal Region" and the town of Kidal) as one place of a history.

Gazetteers hold a town and the province named after it, and a report's bare "fled Kidal" may be
placed at either. An analyst asking about the displaced of Kidal wants one history, each value
showing the place its report gave; a figure for another town of the same province stays apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

# Words that name a level of government, not the place: "Kidal Region" is named after Kidal.
ADMIN_WORDS = frozenset(
    {
        "region",
        "province",
        "state",
        "oblast",
        "governorate",
        "district",
        "prefecture",
        "county",
        "department",
        "division",
        "wilaya",
        "krai",
        "raion",
        "municipality",
    }
)

_COUNTRY_LEVELS = ("PCL", "ADM0", "TERR", "country")


def provinces_of(payload: Mapping[str, Any]) -> dict[str, str]:
    """The province (admin1) each of a report's places lies in, as the report's places give it
    (events' places first); found once per report, looked up for each of its counts."""
    provinces: dict[str, str] = {}
    places = [e.get("place") or {} for e in payload.get("events") or ()]
    for place in [*places, *(payload.get("places") or ())]:
        level = str(place.get("level") or "")
        if place.get("name") and place.get("admin1") and not level.startswith(_COUNTRY_LEVELS):
            provinces.setdefault(str(place["name"]), str(place["admin1"]))
    return provinces


def named_after(province: str, town: str) -> bool:
    """The province's name is the town's with a word for its level: "Kidal Region", "Kidal"."""
    words = [word for word in _words(province) if word not in ADMIN_WORDS]
    return bool(words) and words == _words(town)


def _words(name: str) -> list[str]:
    return re.findall(r"\w+", name.casefold())


def towns_named_for(places: Iterable[tuple[str | None, str | None]]) -> dict[str, str]:
    """Each province -> the town it is named after and holds, among (place, province) pairs."""
    return {
        province: place
        for place, province in places
        if place and province and place != province and named_after(province, place)
    }
