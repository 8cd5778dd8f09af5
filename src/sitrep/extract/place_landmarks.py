"""Names of landmarks: "Lido beach", "the Madina hospital", "the Zamzam camp".

A beach, hospital, market or camp named in a story is local to it; its name is often a place
name used elsewhere. When the gazetteer places the name only in countries the rest of the article
never names (a Lido Beach in New York, Madinah in Saudi Arabia, for a beach and a hospital in
Mogadishu), the faraway town is a confident mistake: those readings are dropped and the name is
placed, with low confidence, at the article's locality. A well-known place under its own name
keeps its reading wherever it lies ("Kabul airport" in a story about Pakistan).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from sitrep.extract.place_camps import CAMP_KIND_PATTERN
from sitrep.extract.place_candidates import important
from sitrep.extract.place_distances import haversine_km

if TYPE_CHECKING:
    from sitrep.extract.place_candidates import Choice, Mention
    from sitrep.gazetteer import Entry

# How far from a place the article names (a town, or a country's point) a landmark may lie.
STORY_REACH_KM = 150.0

LANDMARK_WORDS = (
    "beach|hospital|clinic|market|bazaar|camp|school|mosque|church|cathedral|temple|university"
    "|stadium|hotel|prison|penitentiary|jail|monastery|airport|township|district|county|tehsil"
)
# A camp's kind word may come first: "the Nuseirat refugee camp".
LANDMARK_AFTER = re.compile(rf" (?:(?i:{CAMP_KIND_PATTERN}) )?(?i:{LANDMARK_WORDS})\b")
# Local government units: "Kani township" is a township where the story is, never a famous city.
UNIT_AFTER = re.compile(r" (?i:township|district|county|tehsil)\b")
LANDMARK_LAST = re.compile(rf"\s(?i:{LANDMARK_WORDS})$")
LANDMARK_LAST_LOWER = re.compile(rf"\s(?:{LANDMARK_WORDS})$")


def names_landmark(text: str, group: list[Mention]) -> bool:
    """Whether a mention of the name is followed by a landmark word ("Madina hospital") or ends
    in one: in lower case ("Lido beach"), or in a name the gazetteer lacks ("Karl Bremer
    Hospital"); "Imperial Beach", a name the gazetteer knows, is the town."""
    return any(
        LANDMARK_AFTER.match(text, m.end)
        or (LANDMARK_LAST if not m.entries else LANDMARK_LAST_LOWER).search(text[m.start : m.end])
        for m in group
    )


def names_unit(text: str, group: list[Mention]) -> bool:
    """Whether a mention of the name is followed by a local unit word ("Kani township")."""
    return any(UNIT_AFTER.match(text, m.end) for m in group)


def local_readings(
    ranked: list[Choice],
    named_countries: Collection[str],
    unit: bool = False,
    story_points: Collection[tuple[float, float]] = (),
) -> list[Choice]:
    """The readings of a landmark's name that fit the article: in a country its other names
    name, within reach of a place they name (a camp in the West Bank, for a story whose only
    other place is Israel), or a well-known place under its own name ("Kabul airport"); a
    local unit's name ("Kani township") is never a famous town abroad. All of them when the
    article names no country besides, since then nothing says where the story is."""
    if not named_countries:
        return ranked
    return [
        c
        for c in ranked
        if c.entry.country in named_countries
        or _near_the_story(c.entry, story_points)
        or (not unit and c.entry.kind == 0 and important(c.entry))
    ]


def _near_the_story(entry: Entry, points: Collection[tuple[float, float]]) -> bool:
    if entry.lat is None or entry.lon is None:
        return False
    return any(
        haversine_km(entry.lat, entry.lon, lat, lon) <= STORY_REACH_KM for lat, lon in points
    )
