"""A ruler's forces are his state's, where the article titles him as head of state; a region's
or people's forces are that people's side; a commander's keep his name. Names are invented."""

from __future__ import annotations

import pytest

from conftest import event_fields
from sitrep.extract.actor_commanders import ruler_state
from sitrep.extract.actors import normalize_actor


@pytest.mark.parametrize(
    ("side", "text", "expected"),
    [
        ("Ortiz's forces", "Ruritanian President Elena Ortiz spoke.", None),  # no such state
        ("Ortiz's forces", "Kenyan President Daniel Ortiz spoke.", "Kenya"),
        ("Ortiz's forces", "Prime Minister Ana Ortiz spoke.", "Ortiz's forces"),  # no country
        ("Ortiz's forces", "Former President Ana Ortiz spoke.", "Ortiz's forces"),
        ("Ortiz's forces", "Acting President Ana Ortiz spoke.", "Ortiz's forces"),
        ("Ortiz's forces", "Former Kenyan President Ana Ortiz spoke.", "Kenya"),
        ("Ortiz's forces", "General Ana Ortiz spoke.", "Ortiz's forces"),  # a commander
        ("Ortiz's forces", "President Ana Varga spoke.", "Ortiz's forces"),  # another man
        ("Hamas", "President Ana Hamas spoke.", "Hamas"),  # not a commander's side
    ],
)
def test_a_rulers_forces_are_his_states(side, text, expected):
    assert ruler_state(side, text, normalize_actor) == expected


def test_a_regions_forces_are_its_peoples():
    assert normalize_actor("Tigray's forces") == "Tigray forces"


def actors(text: str) -> list[object]:
    return [actor for (actor,) in event_fields(text, "actor")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syrian President Karim al-Haddad vowed revenge. Haddad's forces shelled a village "
            "near Idlib on Monday.",
            ["Syria"],
        ),
        (  # must not change: a commander
            "Field commander Omar Dagash vowed revenge. Dagash's forces shelled a village near "
            "Idlib on Monday.",
            ["Dagash's forces"],
        ),
        (  # a title naming no country keeps the man's side
            "Forces loyal to President Omar Bakri shelled a village near Idlib on Monday.",
            ["Bakri's forces"],
        ),
    ],
)
def test_a_rulers_forces_in_an_article(text, expected):
    assert [a for a in actors(text) if a is not None][-1:] == expected
