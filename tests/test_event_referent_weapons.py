""" "The rocket attack on the base" points back to the last rocket attack, not to a drone strike
told after it; a back-reference with no weapon still points to the latest attack.
Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"


def sides(text: str) -> list[tuple[str | None, tuple[str, ...], int | None]]:
    events = sitrep.extract(text, published=PUBLISHED).to_json()["events"]
    return [(e["actor"], tuple(e["weapon"]), e["duplicate_of"]) for e in events]


FIRST = (
    "Three rockets were fired at an army base in Kirkuk on Friday, police said. On Sunday, drones "
    "were launched at an outpost in Deir ez-Zor, wounding two soldiers, the Pentagon said. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (  # the weapon named: the rockets, told first
            "Harakat al-Nujaba claimed responsibility for the rocket attack on the base.",
            [
                ("Harakat al-Nujaba", ("rocket",), None),
                (None, ("drone",), None),
                ("Harakat al-Nujaba", ("rocket",), 0),
            ],
        ),
        (  # no weapon named: the latest attack, as before
            "Harakat al-Nujaba claimed responsibility for the attack.",
            [
                (None, ("rocket",), None),
                ("Harakat al-Nujaba", ("drone",), None),
                ("Harakat al-Nujaba", (), 1),
            ],
        ),
    ],
)
def test_a_back_reference_points_to_an_attack_of_its_weapon(claim, expected):
    assert sides(FIRST + claim) == expected
