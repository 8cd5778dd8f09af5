"""The place a report is about, for a toll whose own sentence and event name none.

"A military spokesman said 18 civilians had died in the siege" places nothing; the report around
it names the besieged town again and again. Without this the toll would fall back to the
report's country and sit apart from every other source's toll for that town.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from sitrep.extract.actors import describes_a_party


def _below_country(place: Mapping[str, Any]) -> bool:
    """A town, a district or a province: something a country holds, not the country itself."""
    level = str(place.get("level") or "")
    return bool(place.get("country")) and level.startswith(("PPL", "ADM")) and level != "ADM0"


def focus_location(payload: Mapping[str, Any]) -> str | None:
    """The place below country level the report names most as a location, when one leads."""
    text = payload.get("text") or ""
    counts = Counter(
        p["name"]
        for p in payload.get("places") or ()
        if p.get("name")
        and p.get("role", "location") == "location"
        and not p.get("demonym")
        and _below_country(p)
        and not describes_a_party(text, p["end"])
    ).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return str(counts[0][0])
