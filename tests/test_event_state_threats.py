"""A state's own threatened act, told by its unnamed official, makes the state the side that
threatens; a speaker naming a side keeps it, and one who is no official speaks for no state.
Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Brazil would halt beef exports if the tariffs took effect, the minister warned.",
            "Brazil",
        ),
        ("Vietnam would ban rice exports if prices kept climbing, he warned.", "Vietnam"),
        (
            "Egypt will close the border crossing if the fighting spreads, the spokesman warned.",
            "Egypt",
        ),
        ("Chile would retaliate if the duties were raised, the minister threatened.", "Chile"),
        # rows that must not change
        ("Analysts warned that Turkey would strike again.", None),
        ("The Peruvian minister warned that Chile would ban imports.", "Peru"),
    ],
)
def test_a_states_threat_takes_the_state(text, actor):
    statements = [
        e for e in sitrep.extract(text, published=PUBLISHED).events if e.type == "statement"
    ]
    assert [e.actor for e in statements] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        # the state suffers what the speaker threatens: not its own act
        "The president warned that Serbia would face consequences if it attacked Croatia.",
        "She warned that Canada would pay a heavy price for the levies.",
        "The spokeswoman warned that Belarus will suffer heavy losses.",
        "The official warned that Bolivia could collapse within weeks.",
        # a plan told, not a threat
        "The official said Portugal will send aid to Morocco.",
        "Officials said Kenya would hold elections next year.",
        "The president said Georgia will win the vote.",
        # "could" hedges: no threat
        "Chad could close the border if raids continue, the minister warned.",
    ],
)
def test_no_state_for_what_it_suffers_plans_or_might_do(text):
    statements = [
        e for e in sitrep.extract(text, published=PUBLISHED).events if e.type == "statement"
    ]
    assert [e.actor for e in statements] in ([], [None])
