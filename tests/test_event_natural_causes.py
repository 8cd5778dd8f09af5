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
    ("text", "kind"),
    [
        ("Two farmers were killed by gunmen in Jos on Thursday, police said.", "attack"),
        ("A drone strike killed two herders near Jos on Thursday, police said.", "attack"),
        (
            "An outbreak of fighting killed 12 people near Jos on Thursday, police said.",
            "armed_clash",
        ),
    ],
)
def test_a_killing_by_people_stays_an_attack(text: str, kind: str) -> None:
    assert kind in event_types(text)


def test_a_natural_word_in_a_clause_beside_leaves_people_s_killing_an_attack() -> None:
    text = "Troops killed four men when measles patients rioted at a clinic in Jos on Thursday."
    killings = [e for e in sitrep.extract(text, published=PUBLISHED).events if e.type == "attack"]
    assert [e.killed for e in killings] == [4]


def test_an_attack_in_a_clause_beside_nature_s_dead_stays_without_their_toll() -> None:
    text = "Three herders were killed by lightning after militants shelled the camp, police said."
    attacks = [e for e in sitrep.extract(text, published=PUBLISHED).events if e.type == "attack"]
    assert [(e.trigger, e.killed) for e in attacks] == [("shelled", None)]
