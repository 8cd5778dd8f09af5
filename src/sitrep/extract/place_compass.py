"""Regions named by a point of the compass: "Cameroon's Northwest region".

"Northwest", "South-West" and "North East" are the names of regions in many countries, and of a
few towns and city sectors elsewhere; a bare compass name says nothing of where it lies. It means
the region of that name in a country the rest of the article names, written with or without a
hyphen ("Northwest" is "North-West Province" in Cameroon); a namesake in a country the article
never names (a sector of Dubai) is a confident mistake, and the name is left to be placed, with
low confidence, where the article's other places are.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import ADMIN_LEVELS, Choice

if TYPE_CHECKING:
    from sitrep.gazetteer import Gazetteer

COMPASS_NAME = re.compile(r"(?i)(north|south)[ -]?(east|west)")


def compass_readings(
    gazetteer: Gazetteer,
    name: str,
    ranked: list[Choice],
    country_keys: Mapping[str, Collection[str]],
) -> list[Choice] | None:
    """The readings of a compass name in countries the article's other names (compass names
    aside) put in it, its other spellings included; None when the name is no compass name."""
    spellings = _spellings(name)
    if not spellings:
        return None
    named_countries = {
        country for country, keys in country_keys.items() if any(not _spellings(k) for k in keys)
    }
    kept = [c for c in ranked if c.entry.country in named_countries]
    if kept:
        return kept
    score = max((c.score for c in ranked), default=0.0)
    return [
        Choice(entry, score)
        for spelling in spellings
        for entry in gazetteer.lookup(spelling)
        if entry.country in named_countries and entry.level in ADMIN_LEVELS
    ]


def _spellings(name: str) -> list[str]:
    match = COMPASS_NAME.fullmatch(name.strip())
    if match is None:
        return []
    parts = [match[1].capitalize(), match[2].capitalize()]
    return ["-".join(parts), " ".join(parts), "".join(parts)]
