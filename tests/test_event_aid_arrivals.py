"""Aid told by the convoy that got through. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-04-07"


def event_types(text: str) -> list[str]:
    return [e.type for e in sitrep.extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "text",
    [
        "A convoy of 11 trucks carrying flour and medicine reached Goma on Thursday.",
        "The first U.N. convoy reached Goma through a humanitarian corridor on Thursday.",
        "An aid convoy arrived in Goma on Friday.",
        "Trucks loaded with food entered the besieged town of Goma on Friday.",
        "A shipment of humanitarian supplies reached Goma on Friday.",
        "A shipment of wheat for the displaced arrived in Goma on Friday.",
    ],
)
def test_a_relief_convoy_that_arrives_is_aid(text: str) -> None:
    assert event_types(text) == ["aid"]


@pytest.mark.parametrize(
    "text",
    [
        "A military convoy reached Goma on Friday.",
        "A convoy of tanks carrying troops entered Goma on Friday.",
        "The convoy reached Goma on Friday.",
        "A shipment of Norlandic fuel reached Goma on Monday.",
        "A shipment of Lindmark wheat arrived in Istanbul on Monday.",
    ],
)
def test_a_convoy_that_carries_no_relief_is_no_aid(text: str) -> None:
    assert "aid" not in event_types(text)


def test_the_aid_arrival_is_placed_and_dated() -> None:
    text = "An aid convoy arrived in Goma on Friday."
    event = sitrep.extract(text, published=PUBLISHED).events[0]
    assert (event.place.name if event.place else None, event.date) == ("Goma", "2025-04-04")
