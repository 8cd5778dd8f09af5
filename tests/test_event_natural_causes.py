"""Nature kills no one on purpose: deaths by lightning, flood, heat or disease are no attack, even
told with the police's words for a shooting. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-06-20"


def event_types(text: str) -> list[str]:
    return [event.type for event in sitrep.extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "text",
    [
        "Two farmers were killed by lightning in Jos on Thursday, police said.",
        "Lightning killed two farmers in Jos on Thursday, police said.",
        "Lightning struck a hut near Jos on Thursday, killing two farmers, police said.",
        "Two farmers died when lightning struck their hut near Jos on Thursday, police said.",
        "A lightning strike killed two herders near Jos on Thursday, police said.",
        "Cholera has killed 30 people in the camps this month, officials said.",
    ],
)
def test_a_natural_death_is_no_attack(text: str) -> None:
    assert "attack" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two farmers were killed by gunmen in Jos on Thursday, police said.",
        "A drone strike killed two herders near Jos on Thursday, police said.",
        "An outbreak of fighting killed 12 people near Jos on Thursday, police said.",
    ],
)
def test_a_killing_by_people_stays_an_attack(text: str) -> None:
    assert event_types(text)
