"""A pledge to stop fighting is a step back only when the fighting is the pledger's own: "the
rebels will stop attacks on convoys" (AGREE), "will end their violence"; stopping violence no
doer is named for ("police will stop violence in the camps") is no stand-down. Sentences are
invented."""

from __future__ import annotations

import pytest

from conftest import event_readings as readings


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another's violence: no pledge to stand down, with or without "the"
        ("Police will stop violence in the camps.", []),
        ("Police will stop the violence in the camps.", []),
        ("The governor will end bloodshed in the valley.", []),
        # stays: the doer's own violence or fighting
        ("The rebels will end their violence in the camps.", [("statement", "AGREE", "expected")]),
        ("The rebels will stop attacks on convoys.", [("statement", "AGREE", "expected")]),
        ("The militia will halt its strikes on Tarno.", [("statement", "AGREE", "expected")]),
        # stays: a vow is a promise whatever it promises
        ("Police vowed to stop violence in Tarno.", [("statement", "AGREE", "happened")]),
    ],
)
def test_only_ones_own_fighting_is_stood_down(make_context, text, expected):
    assert readings(make_context, text) == expected
