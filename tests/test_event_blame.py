"""Whom an accusation makes the doer of an act (`event_blame`). Invented sentences."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"


def first_attack_actor(text: str) -> str | None:
    events = sitrep.extract(text, published=PUBLISHED).events
    return next(e.actor for e in events if e.type == "attack")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The army accused the United Nations of ignoring the RSF offensive in Darfur.", "RSF"),
        ("Kyiv accused Moscow of staging a fresh attack on the plant.", "Russia"),
    ],
)
def test_only_a_verb_of_doing_makes_the_accused_the_doer(text: str, actor: str) -> None:
    assert (first_attack_actor(text) or "").lower().endswith(actor.lower())


@pytest.mark.model
def test_the_accused_of_overlooking_an_act_is_not_its_doer() -> None:
    text = "The army accused the United Nations of ignoring an offensive in Darfur."
    assert first_attack_actor(text) != "United Nations"
