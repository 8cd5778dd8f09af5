"""A country named as a town's owner is no scene of its own. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-04-07"


def first_event_place(text: str) -> str | None:
    event = sitrep.extract(text, published=PUBLISHED).events[0]
    return event.place.name if event.place else None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen abducted twenty villagers in Nigeria's Zamfara on Monday.", "Zamfara State"),
        ("Drones struck a market in Ukraine's frontline city of Kherson on Sunday.", "Kherson"),
        ("Shelling hit a camp in Sudan's besieged city of El Fasher on Sunday.", "El Fasher"),
    ],
)
def test_the_town_wins_over_its_owners_country(text: str, place: str) -> None:
    assert first_event_place(text) == place


def test_a_country_that_owns_no_later_town_is_still_the_scene() -> None:
    assert first_event_place("Drones struck a market in Ukraine on Sunday.") == "Ukraine"
