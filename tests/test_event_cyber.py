"""Cyberattacks are attacks with the weapon "cyber" and no ACLED type (ACLED codes physical
violence only); an attack on a grid claimed by hackers is not denied by a denial of a role.
Sentences are invented."""

from __future__ import annotations

import sitrep
from sitrep.model import Event

PUBLISHED = "2025-03-14"


def attacks(text: str) -> list[Event]:
    return [e for e in sitrep.extract(text, published=PUBLISHED).events if e.type == "attack"]


def test_a_cyberattack_is_an_attack_outside_acled() -> None:
    text = "A cyberattack on Latvia's water utility left 40,000 homes without water on Tuesday."
    (attack,) = attacks(text)
    assert (attack.acled, attack.modality, attack.date) == (None, "happened", "2025-03-11")
    assert "cyber" in attack.weapon


def test_the_attack_after_a_cyberattack_is_cyber_too() -> None:
    text = (
        "A cyberattack on Latvia's water utility left 40,000 homes without water on Tuesday. "
        '"It was a deliberate attack on our infrastructure," the minister said.'
    )
    assert [a.acled for a in attacks(text)] == [None, None]


def test_a_denied_role_leaves_the_claimed_attack_done() -> None:
    (attack,) = attacks("Hackers claim attack on water utility; Minsk denies role")
    assert (attack.acled, attack.modality) == (None, "happened")


def test_a_strike_beside_it_keeps_its_type() -> None:
    (attack,) = attacks("Jets struck a power station near Brovary on Monday.")
    assert attack.acled == "Air/drone strike"


def test_a_strike_told_beside_hackers_keeps_its_type() -> None:
    text = "Missiles struck a power station near Brovary on Monday as hackers hit the grid."
    assert "Shelling/artillery/missile attack" in [a.acled for a in attacks(text)]


def test_hackers_tied_to_a_state_are_named_for_the_tie() -> None:
    for text in (
        "Hackers linked to Russian intelligence attacked the computers of the Estonian "
        "parliament last week.",
        "Russia-linked hackers attacked the computers of the Estonian parliament last week.",
    ):
        (attack,) = attacks(text)
        assert (attack.actor, attack.target) == ("Russia-linked hackers", "Estonia")


def test_hackers_of_a_nation_stay_that_nation_and_bare_hackers_stay_unnamed() -> None:
    (attack,) = attacks("Iranian hackers attacked an Israeli water utility on Friday.")
    assert attack.actor == "Iran"
    (attack,) = attacks("Hackers attacked an Israeli water utility on Friday.")
    assert attack.actor is None


def test_a_group_that_names_itself_is_named_so() -> None:
    text = (
        "Hackers from a group calling itself the Iron Owls attacked the Latvian power grid "
        "on Friday."
    )
    (attack,) = attacks(text)
    assert attack.actor == "Iron Owls"
    text = (
        "A cyberattack on the Latvian power grid left 40,000 homes without power on Friday. "
        "A group calling itself the Iron Owls claimed responsibility."
    )
    assert attacks(text)[0].actor == "Iron Owls"


def test_tied_hackers_are_unnamed_for_linking() -> None:
    from sitrep.extract.actors import is_unnamed_side

    assert is_unnamed_side("Russia-linked hackers")
    assert not is_unnamed_side("Russia")
