"""An attack's country is its target for a state's arms, not for unnamed gunmen or bombers.
Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.event_country_targets import country_is_target

PUBLISHED = "2025-04-07"


def first_attack_target(text: str) -> str | None:
    events = sitrep.extract(text, published=PUBLISHED).events
    return next(e.target for e in events if e.type == "attack")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A missile struck Kharkiv on Saturday, killing four people.", "Ukraine"),
        ("Shelling hit Kherson on Saturday, killing two people.", "Ukraine"),
        ("Gunmen opened fire at a polling station in Kaduna on Saturday, killing four.", None),
        ("A suicide bomber blew himself up at a market in Kaduna on Saturday.", None),
    ],
)
def test_the_country_is_the_target_of_state_arms_only(text: str, target: str | None) -> None:
    assert first_attack_target(text) == target


@pytest.mark.parametrize(
    ("actor", "weapons", "expected"),
    [
        (None, ("drone",), True),
        (None, ("aircraft", "bomb"), True),
        (None, ("firearm",), False),
        (None, (), False),
        ("Unidentified Armed Group", ("rocket",), False),
        ("Bandits", (), False),
        ("Russia", (), True),
        ("National Guard", (), False),
        ("Revolutionary Guards", ("missile",), True),
    ],
)
def test_country_is_target(actor: str | None, weapons: tuple[str, ...], expected: bool) -> None:
    assert country_is_target(actor, weapons, "They struck the town.") is expected


def test_unnamed_men_who_hit_the_states_forces_target_the_state() -> None:
    assert country_is_target("Unidentified Armed Group", (), "Gunmen attacked an army convoy.")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Gunmen attacked a wedding party in Kano on Monday, the army said.", None),
        ("The army said gunmen attacked a wedding party in Kano on Monday.", None),
        ("Gunmen attacked an army convoy in Kano on Monday, the governor said.", "Nigeria"),
        ("Gunmen attacked a village in Kano on Monday, killing three soldiers.", "Nigeria"),
    ],
)
def test_forces_hit_are_read_in_the_acts_own_words(text: str, target: str | None) -> None:
    assert first_attack_target(text) == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Fighters of the Lion Front attacked a base in Kismayo on Monday.", None),
        ("Al-Shabaab fighters attacked a town in southern Somalia on Monday.", None),
        ("Gunmen attacked a village in northern Nigeria on Monday.", None),
        ("Al-Shabaab fighters attacked Somali troops in Baidoa on Monday.", "Somalia"),
        ("Al-Shabaab fighters attacked a military base in Baidoa on Monday.", "Somalia"),
        ("Hamas fired rockets at towns in southern Israel on Monday.", "Israel"),
        ("Russia attacked a town in eastern Ukraine on Monday.", "Ukraine"),
        ("Rebels attacked Russian troops in Syria on Monday.", "Russia"),
        ("Iran fired missiles at Israel on Monday.", "Israel"),
    ],
)
def test_a_named_group_targets_the_country_only_when_it_hits_its_forces(
    text: str, target: str | None
) -> None:
    assert first_attack_target(text) == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Rebels attacked the National Guard in Tbilisi on Monday.", "Georgia"),
        ("Gunmen ambushed the Republican Guard near Sanaa on Monday.", "Yemen"),
        ("The National Guard opened fire on protesters in Caracas on Monday.", None),
    ],
)
def test_a_home_guard_hit_is_its_countrys_forces(text: str, target: str | None) -> None:
    assert first_attack_target(text) == target


@pytest.mark.parametrize(
    ("actor", "weapons", "expected"),
    [("al-Shabaab", (), False), ("Hamas", ("rocket",), True), ("Boko Haram", ("firearm",), False)],
)
def test_a_named_group_is_read_as_armed_men(
    actor: str, weapons: tuple[str, ...], expected: bool
) -> None:
    assert country_is_target(actor, weapons, "They struck the town.") is expected
