"""Russian units named by a transliterated adjective show the English name of their main town:
"Tul'skaya oblast'" is "Tula Oblast", not "Tul'sk Oblast"."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.russian_names import russian_english_name


@pytest.mark.parametrize(
    ("name", "towns", "shown"),
    [
        # the adjective's stem spells one of the unit's largest towns, but for its ending
        ("Vel'skaya oblast'", ["Vela", "Dorino"], "Vela Oblast"),
        ("Marozhskaya oblast'", ["Dorino", "Maroga"], "Maroga Oblast"),
        ("Kostelodskaya oblast'", ["Big Port", "Kosteloda"], "Kosteloda Oblast"),
        ("Dorinskaya oblast'", ["Dorinsk"], "Dorinsk Oblast"),
        ("Velgrad'skiy kray", ["Velgrad'"], "Velgrad Krai"),
        # no large town gives the name: the adjective's own stem, without the soft sign
        ("Pribrezhskiy kray", ["Dorino"], "Pribrezhsky Krai"),
        ("Zamor'skiy kray", ["Dorino", "Lesnoy", "Gorsk", "Zamor'sk"], "Zamorsky Krai"),
        ("Dorinskaya oblast'", [], "Dorinsk Oblast"),
        ("Velovskaya oblast'", [], "Velov Oblast"),
        # other names are no Russian adjective
        ("Vela", ["Vela"], None),
    ],
)
def test_a_russian_adjective_shows_its_towns_name(name, towns, shown):
    assert russian_english_name(name, towns) == shown


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Tula Oblast", "Tula Oblast"),
        ("Kaluga Oblast", "Kaluga Oblast"),
        ("Vologda Oblast", "Vologda Oblast"),
        ("Krasnodar Krai", "Krasnodar Krai"),
    ],
)
def test_the_gazetteer_shows_and_finds_the_english_name(gazetteer, name, shown):
    units = [e for e in gazetteer.lookup(name) if e.level == "ADM1"]
    assert [e.name for e in units] == [shown]
