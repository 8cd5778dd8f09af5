"""Whether the places of two reports can be one place: the geometry behind merging restatements.

`sitrep.extract.event_merge` asks whether two events happened at the same place (the same name,
one inside the other, or near enough: a town's neighbour, not a town 40 km along a front line),
whether a report placed in a country and one in a town of it are a summary and its scene, and
whether a restatement's place says more than the first report's. Kept apart so the rules of
place stay in one module with no knowledge of event types or tolls.
"""

from __future__ import annotations

from sitrep.extract.place_distances import km_apart
from sitrep.model import EventPlace

NEAR_KM = 161.0
NEIGHBOUR_TOWN_KM = 25.0
COARSE_LEVELS = frozenset({"ADM1", "ADM2"})  # regions: what a town refines, never a refinement


def country_and_finer(country: EventPlace | None, finer: EventPlace | None) -> bool:
    """The first place a country, the second a town or province of it. Only that order: a
    night's report tells the country first and then its scenes, while a headline naming the
    scene ("Drones hit Kharkiv") is told again by a lead naming the country."""
    if country is None or finer is None or not country_level(country):
        return False
    return bool(finer.level and finer.level.startswith(("PPL", "ADM")))


def close_places(a: EventPlace | None, b: EventPlace | None) -> bool:
    """Two places that match more closely than a country holding a town: that alone is too loose
    for two reports naming no side ("strikes in Syria since 2011", "a strike in Damascus") to be
    one event."""
    if a is None or b is None:
        return False
    return a.name == b.name or not (country_level(a) or country_level(b))


def country_level(place: EventPlace) -> bool:
    return bool(place.level and place.level.startswith("PCL"))


def same_places(a: EventPlace | None, b: EventPlace | None) -> bool | None:
    """True when the same place or one inside the other, False when apart, None when unknown."""
    if a is None or b is None or not a.name or not b.name:
        return None
    if a.name == b.name or in_region(a, b) or in_region(b, a):
        return True
    if a.level is None or b.level is None:
        return None  # a name the gazetteer lacks, placed at a guess: no distance to go by
    if wide_region(a) or wide_region(b):
        return None  # "in the Sahel", "in the Middle East": its centre says nothing of a town
    if a.country and a.country == b.country and (country_level(a) or country_level(b)):
        return True
    if two_towns(a, b) and a.country and b.country and a.country != b.country:
        return False  # a rocket on a border town is not the strike across the border
    distance = km_apart(a, b)
    if distance is None:
        return False
    return distance <= (NEIGHBOUR_TOWN_KM if two_towns(a, b) else NEAR_KM)


# Levels of areas spanning several countries, whose centre lies far from most of their towns.
WIDE_LEVELS = frozenset({"region", "CONT", "RGN"})


def wide_region(place: EventPlace) -> bool:
    """ "the Sahel", "the Middle East", "Africa": an area of several countries, in none."""
    return place.country is None and place.level in WIDE_LEVELS


def in_region(place: EventPlace, region: EventPlace) -> bool:
    """ "in Nduga regency" and "in Papua region": a place the gazetteer puts in the region."""
    return (
        region.level == "ADM1" and place.admin1 == region.name and place.country == region.country
    )


def outside_the_region(a: EventPlace | None, b: EventPlace | None) -> bool:
    """A town of another province is not in the province named, however near their centres
    lie: "the abduction of 300 pupils from Kankara in Katsina" does not point back to a
    kidnapping in Zamfara state."""
    if a is None or b is None or a.admin1 is None or b.admin1 is None:
        return False
    return "ADM1" in (a.level, b.level) and a.level != b.level and a.admin1 != b.admin1


def two_towns(a: EventPlace, b: EventPlace) -> bool:
    """Two towns named apart: on a front line, strikes on towns 40 km apart are two attacks;
    only a suburb or a neighbour of the town first named can be where the same one fell."""
    return bool(a.level and b.level and a.level.startswith("PPL") and b.level.startswith("PPL"))


def refines(finer: EventPlace | None, coarse: EventPlace | None) -> bool:
    """A restatement's place says more where the first report named the region holding it: "overran
    a base in Borno state ... attacked the base in Wajiroko" happened in Wajiroko, a town of Borno
    State. A country is left as it is: a town there would draw other events near it into this one
    ("strikes in Lebanon" refined to a border town would take in a rocket across the border)."""
    if finer is None or coarse is None:
        return finer is not None
    if country_level(finer) or finer.level in COARSE_LEVELS:
        return False
    return coarse.level == "ADM1" and finer.admin1 == coarse.name
