"""A denial beside a toll told as fact leaves the act happened. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-04-07"


def attack(text: str) -> sitrep.Event:
    return next(e for e in sitrep.extract(text, published=PUBLISHED).events if e.type == "attack")


@pytest.mark.parametrize(
    "text",
    [
        "Lemvo market death toll rises to 23 as militia denies shelling",
        "Lemvo market toll climbs to 23; militiamen deny attack",
    ],
)
def test_a_toll_told_as_fact_beside_a_denial_is_of_an_act_that_happened(text: str) -> None:
    event = attack(text)
    assert (event.modality, event.killed) == ("happened", 23)


@pytest.mark.parametrize(
    "text",
    [
        "The militia denied shelling the market in Lemvo on Sunday.",
        "The army denied that the death toll had risen after its strike on Lemvo.",
    ],
)
def test_a_denial_with_no_toll_told_outside_it_is_denied(text: str) -> None:
    assert attack(text).modality == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "Flood death toll rises to 40 as army denies shelling village",
        "Toll from the earthquake climbs to 40 as militia denies shelling",
    ],
)
def test_a_toll_of_another_cause_leaves_the_denial_standing(text: str) -> None:
    assert attack(text).modality == "denied"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The dam burst on Monday, killing 12 people, and the militia denied shelling it.", None),
        ("A flood killed 12 people after the dam burst; the militia denied shelling it.", None),
        ("Floods killed 12 people in Lemvo, while the militia denied shelling the dam.", None),
        ("The militia denied killing 12 villagers in Lemvo on Monday.", 12),
        ("The rebels denied attacking the convoy, in which nine soldiers were killed.", 9),
    ],
)
def test_a_denied_act_takes_only_the_toll_its_own_clause_tells(
    text: str, killed: float | None
) -> None:
    event = attack(text)
    assert (event.modality, event.killed) == ("denied", killed)
