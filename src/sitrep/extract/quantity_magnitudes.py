"""An earthquake's magnitude is a reading on a scale, not a count of quakes.

"A magnitude 5.9 quake", "a 6.1-magnitude earthquake", "5.8 on the Richter scale" and "a 7.2
earthquake" measure one quake: without this, "7.2 earthquake" reads as 7.2 earthquakes. A whole
number before "quakes" ("3 quakes shook the coast") still counts them.
"""

from __future__ import annotations

import re

from sitrep.extract.units import Unit

MAGNITUDE = Unit("magnitude", "magnitude")
NAMED_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?[\s-]*$", re.IGNORECASE)
NAMED_AFTER = re.compile(r"[\s-]*(?:magnitude\b|on\s+the\s+richter\b|richter\b)", re.IGNORECASE)
# "a 6.4 quake", "a 7.2 undersea earthquake": a decimal reading right before the quake
QUAKE_AFTER = re.compile(
    r"[\s-]+(?:[a-z]+\s+)?(?:earthquakes?|quakes?|tremors?|aftershocks?)\b", re.IGNORECASE
)
DECIMAL_READING = re.compile(r"\d\.\d")


def reads_a_magnitude(text: str, start: int, end: int, value: float) -> bool:
    """Whether the number at [start, end) is a magnitude on a seismic scale."""
    if not 0 < value < 10:
        return False
    if NAMED_BEFORE.search(text[max(0, start - 20) : start]) or NAMED_AFTER.match(text, end):
        return True
    return bool(DECIMAL_READING.search(text[start:end]) and QUAKE_AFTER.match(text, end))
