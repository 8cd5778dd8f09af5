"""A closure foretold to last ("schools will remain closed") is no act, whichever way the report
runs: no measure is taken on the day and none is promised or threatened, so "the ministry said
schools would remain closed" and "schools will remain closed, the ministry said" both give no
event, while a closure ordered or announced stays a restriction (COERCE). Sentences are invented."""

from __future__ import annotations

import pytest

from conftest import event_readings as readings


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both orders, no event
        ("The governor said schools would remain closed until Friday.", []),
        ("Schools will remain closed until Friday, the governor said.", []),
        ("The council said markets in Tarno would remain closed.", []),
        ("Markets in Tarno will remain closed, the council said.", []),
        ("The border will remain closed, the ministry said.", []),
        ("Clinics will stay shut on Monday, officials said.", []),
        ("Officials said clinics would stay shut on Monday.", []),
        # stays: a closure done or announced is a restriction; a lasting state demanded a demand
        ("The ministry closed all schools in Tarno.", [("other", "COERCE", "happened")]),
        (
            "The ministry said schools would close on Monday.",
            [("other", "COERCE", "expected")],
        ),
        ("Schools must remain closed, the union said.", [("statement", "DEMAND", "happened")]),
        (
            "The rebels will remain in Tarno, the commander said.",
            [("statement", "AGREE", "happened")],
        ),
    ],
)
def test_a_closure_foretold_to_last_is_no_act_in_either_order(make_context, text, expected):
    assert readings(make_context, text) == expected
