"""Police fighting a crowd is a protest turned violent, not an armed clash, and protesters held,
hurt or freed are no protest of their own; police against gunmen stays an armed clash. Sentences
are invented."""

from __future__ import annotations

import pytest

from conftest import event_fields


def kinds(text: str) -> list[tuple[object, ...]]:
    return event_fields(text, "type", "acled")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police and protesters clashed in Mombasa on Monday.",
            [("protest", "Violent demonstration")],
        ),
        (
            "Protesters clashed with police in Mombasa on Monday.",
            [("protest", "Violent demonstration")],
        ),
        (
            "Police detained 30 people in Eldoret on Tuesday after clashes outside the town hall.",
            [("arrest", "Arrests"), ("protest", "Violent demonstration")],
        ),
        (  # force on both sides: the crowd's too, whoever was hurt
            "Clashes between peacekeepers and protesters in Leposavic injured 20 soldiers.",
            [("protest", "Violent demonstration")],
        ),
        # armed men on the other side: an armed clash still
        ("Police clashed with gunmen in Mombasa on Monday.", [("armed_clash", "Armed clash")]),
        ("Police clashed with suspected robbers in Mombasa.", [("armed_clash", "Armed clash")]),
        # a crowd named outside the clash's sides: a witness, a bystander
        (
            "Police clashed with smugglers in Malindi on Monday, residents said.",
            [("armed_clash", "Armed clash")],
        ),
        (
            "Police clashed with poachers near the park as villagers fled.",
            [("armed_clash", "Armed clash")],
        ),
        (  # a side made of a crowd
            "Police clashed with groups of students in Nakuru on Monday.",
            [("protest", "Violent demonstration")],
        ),
        ("Troops clashed with rebels near Bunia.", [("armed_clash", "Armed clash")]),
        ("Protesters marched in Eldoret.", [("protest", "Peaceful protest")]),
    ],
)
def test_a_clash_with_police_is_a_protest(text, expected):
    assert kinds(text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The judge ordered the release of jailed demonstrators.",
        "Lawyers visited arrested protesters at a station in Eldoret.",
        "Doctors treated injured protesters in Mombasa.",
    ],
)
def test_protesters_held_or_hurt_are_no_protest(text):
    assert all(kind[0] != "protest" for kind in kinds(text))
