"""A place that only locates an act or names a party addressed is no target and no scene.
Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-04-07"


def first_attack(text: str) -> sitrep.Event:
    return next(e for e in sitrep.extract(text, published=PUBLISHED).events if e.type == "attack")


@pytest.mark.parametrize(
    "text",
    [
        "A cargo ship struck a sea mine about 40 miles west of the Libyan port of Misrata.",
        "A tanker struck a mine off the coast of Libya on Monday.",
    ],
)
def test_a_distance_landmark_is_no_target(text: str) -> None:
    assert first_attack(text).target is None


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the attacks were a blow to peace and called on Tbilisi to refrain.",
        "The minister condemned the shelling and urged Tbilisi to hold its fire.",
    ],
)
def test_a_capital_addressed_is_no_scene(text: str) -> None:
    assert first_attack(text).place is None


def test_a_capital_struck_is_still_the_scene_and_its_state_the_target() -> None:
    event = first_attack("Drones struck Tbilisi on Monday.")
    assert (event.place.name if event.place else None, event.target) == ("Tbilisi", "Georgia")
