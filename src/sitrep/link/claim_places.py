"""Places a report names that say nothing of where its counts are.

A dateline's city says where the report was filed ("WASHINGTON, March 12 (Wire) -"), and a place
inside a source's name says who speaks ("U.S. officials", "the Ukrainian military"): neither is
where the troops, the dead or the ground taken are, nor whose they are. Left in, the dateline
city or the speakers' country becomes a count's place or actor, and one figure followed across
reports opens a new history in every report filed from another capital.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from sitrep.extract.actors import country_name


def without_source_places(payload: Mapping[str, Any]) -> Mapping[str, Any]:
    """The payload with the countries and peoples inside its sources' names left out ("U.S.
    officials"); a town or province there still says where ("the mayor of Harlow said")."""
    spans = [
        (source["start"], source["end"])
        for attribution in payload.get("attributions") or ()
        if (source := attribution.get("source") or {}).get("end") is not None
    ]
    return _keeping(
        payload, lambda p: _below_country(p) or not any(s <= p["start"] < e for s, e in spans)
    )


def _below_country(place: Mapping[str, Any]) -> bool:
    """A town, district or province the gazetteer knows, not a country or its people's name."""
    level = str(place.get("level") or "")
    return not place.get("demonym") and level.startswith(("PPL", "ADM")) and level != "ADM0"


def without_dateline_places(payload: Mapping[str, Any]) -> Mapping[str, Any]:
    """The payload with the places of its datelines left out, for where its counts are: a report
    filed from another capital is not about it (a report's leading town may still be its
    dateline's, where a reporter on the scene files from: `sitrep.link.focus`)."""
    text = payload.get("text") or ""
    return _keeping(payload, lambda p: not _in_dateline(text, p["start"]))


def _keeping(
    payload: Mapping[str, Any], keep: Callable[[Mapping[str, Any]], bool]
) -> Mapping[str, Any]:
    places = payload.get("places") or ()
    kept = [place for place in places if keep(place)]
    return payload if len(kept) == len(places) else {**payload, "places": kept}


# "8,000 troops, according to Ukrainian officials", "the 15,000 cited by Ukrainian intelligence":
# a people's name after these words names who gives the figure, not whose the troops are.
_SPEAKER_BEFORE = re.compile(
    r"\b(?:according\s+to|cited\s+by|given\s+by|reported\s+by|estimated\s+by|per)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# The capitals a dateline opens with, up to a place in it, and the rest of the dateline: more
# capitals, a region, a date and an agency's name, then a dash ("—", "–", "--" or " - ").
_CAPITALS = re.compile(r"[A-Z.'’/ -]*")
_FILED = re.compile(r"[A-Z][A-Z.'’/-]+\b[^\n]{0,80}?(?:—|–|--| -)")


def names_a_speaker(text: str, start: int) -> bool:
    """The place at `start` opens the name of who gives a figure ("according to Ukrainian
    officials"), so it is not the side the figure counts."""
    return _SPEAKER_BEFORE.search(text[max(0, start - 30) : start]) is not None


# What stands between a toll and the side that did it: "two civilians were killed by Russian
# shelling", "wounded in a Russian strike", "killed as Russian forces shelled".
# Not "in" alone: "two bodies in Russian uniforms" are Russian dead.
_DOER_BEFORE = re.compile(
    r"\b(?:(?:by|from|during|as|after|when)\s+(?:an?\s+|the\s+)?|in\s+an?\s+)$", re.I
)

# "From" names an origin as often as a cause ("20 soldiers from Russian units"): it names the
# doer only before a cause of harm ("wounded from Russian shelling").
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?$", re.I)
_CAUSE_AFTER = re.compile(
    r"\S+\s+(?:\S+\s+)?(?:shelling|shellfire|fire|gunfire|strikes?|airstrikes?|attacks?|"
    r"bombardments?|bombings?|shells?|missiles?|drones?|rockets?|artillery|mortars?|raids?|"
    r"explosions?|blasts?|mines?)\b",
    re.I,
)


def names_the_doer(text: str, start: int) -> bool:
    """The place at `start` names who killed or struck ("killed by Russian shelling"), so it is
    not the side whose dead the toll counts; after "from" only when a cause of harm follows."""
    before = text[max(0, start - 30) : start]
    if _DOER_BEFORE.search(before) is None:
        return False
    return not _FROM_BEFORE.search(before) or bool(_CAUSE_AFTER.match(text, start))


def place_countries(payload: Mapping[str, Any]) -> dict[str, str]:
    """The country of each place the report names as a location, by the name a count gives it."""
    found: dict[str, str] = {}
    for place in payload.get("places") or ():
        country = country_name(place.get("country"))
        name = place.get("name") or place.get("text")
        if country and name and not place.get("demonym"):
            found.setdefault(name, country)
    return found


def _in_dateline(text: str, position: int) -> bool:
    """The place at `position` is in a dateline opening its line: in the capitals the line opens
    with ("KYIV, March 3 (Wire) -", "ISLAMABAD/NEW DELHI —"), a dash after it on the line.

    A plain pattern rather than `sitrep.extract.datelines`, which would load spaCy into the
    linker (and every ledger rebuild) for one regular expression.
    """
    line = text.rfind("\n", 0, position) + 1
    return bool(_CAPITALS.fullmatch(text, line, position)) and bool(_FILED.match(text, position))
