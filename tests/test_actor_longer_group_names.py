"""A known armed group's name closing a longer capitalised name is another group ("Kataib
Hezbollah" is not Lebanon's Hezbollah); the known name with a country's word, a sponsor or a
creed before it is still the group. A claimant is read as an attacker is: "the Islamic
Resistance in Syria" is the group, not the state. Names and sentences are invented."""

from __future__ import annotations

import pytest

from conftest import event_fields
from sitrep.extract.actors import normalize_actor


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Asaib Hezbollah", "Asaib Hezbollah"),
        ("the Harakat Hezbollah militia", "Harakat Hezbollah"),
        ("Lebanese Hezbollah", "Hezbollah"),  # rows that must not change
        ("Iran-backed Hezbollah fighters", "Hezbollah"),
        ("Shiite Hezbollah", "Hezbollah"),
        ("Lebanon's Hezbollah", "Hezbollah"),
        ("The Hezbollah group", "Hezbollah"),
        ("Hamas gunmen", "Hamas"),
        ("Suspected al Shabaab fighters", "al-Shabaab"),
        ("On Monday Hezbollah", "Hezbollah"),
    ],
)
def test_a_longer_name_is_another_group(phrase, expected):
    assert normalize_actor(phrase) == expected


def actors(text: str) -> list[object]:
    return [actor for (actor,) in event_fields(text, "actor")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mortars hit a camp in Mosul on Monday. The Islamic Resistance in Syria claimed "
            "responsibility for the attack.",
            ["Islamic Resistance", "Islamic Resistance"],
        ),
        (  # must not change: a plain group name
            "Mortars hit a camp in Mosul on Monday. The Sahel Liberation Front claimed "
            "responsibility for the attack.",
            ["Sahel Liberation Front", "Sahel Liberation Front"],
        ),
        ("Asaib Hezbollah fired rockets at a base in Erbil on Monday.", ["Asaib Hezbollah"]),
    ],
)
def test_a_claimant_or_attacker_is_its_own_group(text, expected):
    assert actors(text) == expected
