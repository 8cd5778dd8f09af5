"""A name the gazetteer lacks whose distance from somewhere the text gives ("near Korvani, about
300 km north of the capital") lies that far away: it is not pinned at the article's locality,
where unknown names are placed otherwise. A short distance ("5 km from the city") keeps the pin,
which is then near enough.
"""

from __future__ import annotations

import re

FAR_KM = 50.0
KM_PER_MILE = 1.609
MEASURED_AFTER = re.compile(
    r"\s*[,(]?\s*(?:about|some|around|roughly|nearly|approximately|almost|over|more\s+than)?\s*"
    r"(\d[\d,]*(?:\.\d+)?)\s*-?\s*(km|kilomet(?:re|er)s?|miles?)\s+"
    r"(?:\([^)]{1,30}\)\s+)?"
    r"(?:(?:due\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of|from|away\s+from)\b",
    re.IGNORECASE,
)


def far_from_where_measured(text: str, end: int) -> bool:
    """The words right after the name (ending at `end`) give its distance from another place, at
    least `FAR_KM` away."""
    match = MEASURED_AFTER.match(text, end)
    if match is None:
        return False
    distance = float(match.group(1).replace(",", ""))
    miles = match.group(2).lower().startswith("mile")
    return distance * (KM_PER_MILE if miles else 1.0) >= FAR_KM
