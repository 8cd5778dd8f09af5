"""Whose "lei" a story's are: Romania's (RON) or Moldova's (MDL).

Both countries call their currency the leu (plural lei). The units table reads a bare "lei" as
RON, the larger economy; a story that names Moldova (or its capital) before Romania is set
there, and its lei are MDL. "Romanian lei" and "Moldovan lei" already said which.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import Quantity

COUNTRY = re.compile(
    r"\b(?:(?P<moldova>Moldov\w*|Chi[sș]in[aă]u|Transnistri\w*)|(?P<romania>Romania\w*|Bucharest))\b"
)
BARE_LEI = re.compile(r"(?<!Romanian )\b(?:lei|leu)\b", re.IGNORECASE)


def with_lei_country(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities, a bare "lei" made MDL where the story is set in Moldova."""
    if not any(q.unit == "RON" for q in quantities):
        return quantities
    first = COUNTRY.search(text)
    if first is None or not first.group("moldova"):
        return quantities
    return [
        replace(q, unit="MDL") if q.unit == "RON" and BARE_LEI.search(q.text) else q
        for q in quantities
    ]
