"""The second pass's evidence: what the article's other names say of where a name lies. A
name's own first reading is no evidence for itself. Invented towns on a hand-built first pass."""

from __future__ import annotations

from collections import Counter

from sitrep.extract.place_candidates import Choice
from sitrep.extract.place_evidence import Evidence
from sitrep.gazetteer import Entry

HAMLET = Entry(1, "Velmor", "PL", "Lubusz", 10, "PPL", 52.0, 15.0, 900)
TOWN = Entry(2, "Velmor", "PS", "West Bank", 20, "PPL", 32.4, 35.3, 30_000, kind=1)
COUNTRY = Entry(3, "Israel", "IL", None, None, "PCLI", 31.5, 34.8, 9_000_000, kind=3)


def _evidence(**first: list[Choice]) -> Evidence:
    return Evidence.of(first, Counter({key: 1 for key in first}))


def test_a_names_own_reading_gives_its_country_no_support():
    evidence = _evidence(velmor=[Choice(HAMLET, 2.3), Choice(TOWN, 0.2)])
    assert evidence.bonus(HAMLET, "velmor") == 0.0


def test_another_name_in_the_country_still_supports_it():
    other = Entry(4, "Gorzyn", "PL", "Lubusz", 11, "PPL", 52.5, 15.5, 900)
    evidence = _evidence(
        velmor=[Choice(HAMLET, 2.3), Choice(TOWN, 0.2)], gorzyn=[Choice(other, 2.0)]
    )
    assert evidence.bonus(HAMLET, "velmor") > 0.0
    assert evidence.bonus(TOWN, "velmor") == 0.0


def test_a_name_whose_readings_share_one_province_puts_it_in_the_article() -> None:
    """ "Dorvansk" (a town, and the district named after it, both in East Oblast) is not sure
    which it means, but either way says East Oblast: a village there gains over its namesake."""
    town = Entry(5, "Dorvansk", "UA", "East Oblast", 20, "PPL", 49.7, 37.6, 27_000, kind=1)
    district = Entry(6, "Dorvansk Raion", "UA", "East Oblast", 20, "ADM2", 49.8, 37.5, 90_000)
    here = Entry(7, "Selkivka", "UA", "East Oblast", 20, "PPL", 49.66, 37.7, 3_600)
    there = Entry(8, "Selkivka", "UA", "West Oblast", 30, "PPL", 48.6, 34.6, 2_500)
    evidence = _evidence(
        dorvansk=[Choice(town, 1.2), Choice(district, 0.7)],
        selkivka=[Choice(here, 5.6), Choice(there, 5.5)],
    )
    assert evidence.bonus(here, "selkivka") > evidence.bonus(there, "selkivka")
