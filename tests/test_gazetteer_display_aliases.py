"""The English name a unit is shown by is a name a text may write: it is indexed with the rest."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.build import NAME_ALTERNATE, NAME_MAIN, _subdivision_names
from sitrep.gazetteer.names import subdivision_short_forms


def _row(name: str, aliases: str) -> list[str]:
    return [name, "", "", "1", "", aliases, "1", "", ""]


@pytest.mark.parametrize(
    ("name", "aliases", "display", "indexed"),
    [
        # a display name no alias spells is added as an alternate name
        ("Velnenskaya Voblasts", "Velnenskaya Oblast", "Velnia Region", True),
        # one an alias spells already, or the unit's own name, is not added twice
        ("Tovel Oblast", "Tovel Region", "Tovel Region", False),
        ("Tovel Oblast", "", "Tovel Oblast", False),
    ],
)
def test_the_display_name_is_indexed(name, aliases, display, indexed):
    names = list(_subdivision_names(_row(name, aliases), "ADM1", display))
    assert names.count((display, NAME_ALTERNATE)) + names.count((display, NAME_MAIN)) == 1
    assert ((display, NAME_ALTERNATE) in names and display not in aliases) is indexed


@pytest.mark.parametrize(
    ("name", "form", "present"),
    [
        ("Velnodarskiy kray", "velnodar krai", True),
        ("Velnodar Krai", "velnodar krai", True),
        # only a krai takes "Krai"
        ("Velnodarskaya oblast'", "velnodar krai", False),
    ],
)
def test_a_krai_is_written_after_its_stem(name, form, present):
    assert (form in subdivision_short_forms(name, first_level=True)) is present


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Santiago Metropolitan Region", "CL"),
        ("Kaunas City Municipality", "LT"),
        ("East Kazakhstan Region", "KZ"),
        ("Khanty-Mansi Autonomous Okrug", "RU"),
        ("Primorsky Krai", "RU"),
        ("Stavropol Krai", "RU"),
    ],
)
def test_a_display_name_written_in_text_is_found(gazetteer, written, country):
    assert any(e.level == "ADM1" and e.country == country for e in gazetteer.lookup(written))
