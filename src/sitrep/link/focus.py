"""The place a report is about, for a count of people or ground whose own sentence and event
name none.

"A military spokesman said 18 civilians had died in the siege" and "the government put the
number of displaced at 25,000" place nothing; the report around them names the besieged town
again and again. Without this the count would fall back to the report's country and sit apart
from every other source's count for that town. A sum of money is no town's, and a count the
sentence itself spreads over the world or the country, or calls the country's total, is not the
town's either.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from sitrep.extract.actors import describes_a_party
from sitrep.link.nearby import names_a_destination

# What is counted where it happens: the dead, the uprooted, the held, the ground and the troops.
LOCAL_MEASURES = frozenset(
    {"killed", "injured", "missing", "displaced", "detained", "area", "troops"}
)

_SPREAD_WIDE = re.compile(
    # as an adverb only: "died nationwide", not "a nationwide curfew" or "a nationally televised
    # address", which say nothing of where the counted died
    r"\b(?:worldwide|globally|nationwide|countrywide|nationally)\b"
    r"(?!\s+(?!(?:in|on|at|and|or|but|since|by|from|over|after|this|last|so|as|to)\b)[a-z])"
    r"|\b(?:(?:around|across|throughout|all "
    r"over) the (?:world|globe|country|nation)|in the (?:whole|entire) (?:country|nation)"
    # a country-wide total: "the country's death toll", "the national death toll"
    r"|(?:(?:country|nation)['’]s|national)(?: overall| total| official)?(?: death)? "
    r"(?:toll|tally|total|count))\b",
    re.IGNORECASE,
)


def town_of_a_count(town: str | None, measure: str, sentence: str) -> str | None:
    """The report's town (`focus_location`, found once per report) for a count of people or
    ground in `sentence`, unless the sentence spreads it wide ("207 people have died worldwide")
    or makes it the country's total ("the national death toll rose to 310"): a report that
    names Beijing most still gives the earthquake's national toll for the whole country."""
    if measure not in LOCAL_MEASURES or _SPREAD_WIDE.search(sentence):
        return None
    return town


def _below_country(place: Mapping[str, Any]) -> bool:
    """A town, a district or a province: something a country holds, not the country itself."""
    level = str(place.get("level") or "")
    return bool(place.get("country")) and level.startswith(("PPL", "ADM")) and level != "ADM0"


def focus_location(payload: Mapping[str, Any]) -> str | None:
    """The place below country level the report names most as a location, when one leads; of
    places named equally often, the one its headline names ("Kidal death toll rises")."""
    text = payload.get("text") or ""
    mentions = [
        p
        for p in payload.get("places") or ()
        if p.get("name")
        and p.get("role", "location") == "location"
        and not p.get("demonym")
        and _below_country(p)
        and not describes_a_party(text, p["end"])
        and not names_a_destination(text, p["start"])
    ]
    counts = Counter(str(p["name"]) for p in mentions).most_common()
    leading = [name for name, count in counts if count == counts[0][1]] if counts else []
    if len(leading) > 1:
        title = str((payload.get("article") or {}).get("title") or "")
        leading = [
            name
            for name in leading
            if any(p["name"] == name and _names(title, p.get("text") or name) for p in mentions)
        ]
    return leading[0] if len(leading) == 1 else None


def _names(title: str, place: str) -> bool:
    return re.search(rf"\b{re.escape(place)}\b", title) is not None
