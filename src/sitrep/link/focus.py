"""The place a report is about, for a toll whose own sentence and event name none.

"A military spokesman said 18 civilians had died in the siege" places nothing; the report around
it names the besieged town again and again. Without this the toll would fall back to the
report's country and sit apart from every other source's toll for that town.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from sitrep.extract.actors import describes_a_party


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
