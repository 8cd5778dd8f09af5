"""A list of bare counts after one counted noun counts the same things.

"launched 48 drones, including 21 over the north, 12 over the coast and eight over the capital":
the 21, the 12 and the eight are drones, though only the first number names them. A bare count
takes the noun of the counted quantity before it when nothing but words lies between them in
the same sentence (no other number, no sentence end), and passes it on down the list. Units of
measure ("5 km", "$3 million") are not shared this way: `quantity_context.share_units` handles
those ranges and pairs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.extract.quantity_places import PLACE_UNITS
from sitrep.extract.units import lookup_unit
from sitrep.model import Quantity

# Words only, within one sentence and one line: no digits, no sentence end.
LIST_GAP = re.compile(r"[^\d.;!?:\n]{1,60}")
# The gap must join the counts: a comma, "and"/"or", "including", "of which", "of them".
JOINED = re.compile(r",|\b(?:and|or|including|of which|of them|among them|plus)\b", re.IGNORECASE)


def with_listed_counts(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities in text order, each bare count in a list given the noun counted before."""
    ordered = sorted(quantities, key=lambda q: q.start)
    for i in range(1, len(ordered)):
        bare = ordered[i]
        if bare.unit is not None or bare.hedge == "vague":
            continue
        source = _counted_before(text, ordered, i)
        if source is not None:
            measure = source.measure if bare.measure == "other" else bare.measure
            ordered[i] = replace(bare, unit=source.unit, measure=measure)
    return ordered


def _counted_before(text: str, ordered: list[Quantity], i: int) -> Quantity | None:
    """The counted quantity a bare count at `i` continues, joined to it by words only. A count
    of places between them is passed over: in "158 drones over 15 regions, including 34 over
    the Kursk region" the 34 are drones."""
    bare, gap = ordered[i], ""
    for j in range(i - 1, max(-1, i - 3), -1):
        before = ordered[j]
        gap = text[before.end : (ordered[j + 1].start if j + 1 < i else bare.start)] + gap
        if before.unit is not None and before.unit.split()[-1].lower() in PLACE_UNITS:
            gap = " " + gap  # the places' own count stands between as words do
            continue
        if not _counted(before) or not LIST_GAP.fullmatch(gap) or not JOINED.search(gap):
            return None
        return before
    return None


def _counted(quantity: Quantity) -> bool:
    """A count of things named by a noun ("48 drones"), not an amount in a unit of measure."""
    unit = quantity.unit
    return unit is not None and unit.isalpha() and unit.islower() and lookup_unit(unit) is None
