"""Envoys taken out of danger are rescued, not withdrawn: "withdrew its ambassador for his safety"
is no troop retreat (RETREAT) and no ties cut (SANCTION) but an evacuation, which sitrep, like
"civilians were evacuated", records as no event. Sentences are invented."""

from __future__ import annotations

import pytest

from conftest import event_readings as readings


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # for their safety, amid danger, or evacuated: a rescue
        ("Valdor withdrew its ambassador from Kessa for his safety.", []),
        ("The embassy withdrew its ambassador for his safety.", []),
        ("Norland pulled its diplomats out of Tarno amid security concerns.", []),
        ("Norland withdrew its embassy staff from Tarno for their safety.", []),
        ("Norland evacuated its embassy in Tarno.", []),
        ("Valdor will withdraw its envoy from Kessa for his safety.", []),
        ("Valdor withdrew its monitors from Tarno for their safety.", []),
        # stays: a recall with no peril, or in protest, is a sanction
        ("Valdor withdrew its ambassador from Marrowby.", [("sanction", "SANCTION", "happened")]),
        ("Valdor recalled its envoy from Marrowby.", [("sanction", "SANCTION", "happened")]),
        # stays: forces moved, alone or beside the envoys, are a retreat
        (
            "Valdor withdrew its soldiers and its envoy from Tarno for their safety.",
            [("withdraw", "RETREAT", "happened")],
        ),
        ("The rebels withdrew from Tarno on Sunday.", [("withdraw", "RETREAT", "happened")]),
        (  # a mission may be a peacekeeping force
            "The council withdrew its mission from Tarno for its safety.",
            [("withdraw", "RETREAT", "happened")],
        ),
    ],
)
def test_envoys_taken_out_of_danger_are_no_retreat(make_context, text, expected):
    assert readings(make_context, text) == expected


@pytest.mark.model
def test_an_envoy_recalled_in_protest_stays_a_sanction(make_context):
    found = readings(make_context, "Valdor withdrew its ambassador from Marrowby in protest.")
    assert ("sanction", "SANCTION", "happened") in found
    assert not any(kind == "withdraw" for kind, _, _ in found)
