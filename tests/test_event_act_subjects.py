"""An act whose subject is another act ("Rebel shelling of a camp in Norland's city killed 14")
is done by that act's doer, not by a country named deep inside its phrase. Invented sentences."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-04-07"


def attack_actors(text: str) -> set[str | None]:
    events = sitrep.extract(text, published=PUBLISHED).events
    return {e.actor for e in events if e.type == "attack"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("RSF shelling of a camp in Sudan's besieged city of Kadugli killed 9 people.", "RSF"),
        ("Russian shelling of a market in Kherson killed 14 people on Sunday.", "Russia"),
    ],
)
def test_the_doer_of_an_act_that_kills_is_the_acts_doer(text: str, actor: str) -> None:
    assert attack_actors(text) == {actor}
