"""A sum announced or approved "in funding" or "in aid" is aid given, whatever its currency, when the
funding is help (an aid word, or a country it goes to); funding cut, only discussed or spent at home
is none. Sentences are invented."""

from __future__ import annotations

import pytest

from conftest import event_fields


def kinds(text: str) -> list[tuple[object, ...]]:
    return event_fields(text, "type", "plover")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden announced 4.5 million euros in humanitarian funding.", [("aid", "AID")]),
        ("Sweden announced 4.5 million euros in emergency aid.", [("aid", "AID")]),
        ("Norway approved 40 million kroner in emergency funding for Tonga.", [("aid", "AID")]),
        ("Canada announced $3 million in humanitarian funding.", [("aid", "AID")]),
        ("Sweden pledged 4.5 million euros in humanitarian aid.", [("aid", "AGREE")]),
        # no sum given: no aid
        ("The ministry cut funding for the clinic in Ohrid.", []),
        ("The council announced new funding rules.", []),
        ("Japan announced 6 million dollars in funding for Chad.", [("aid", "AID")]),
        # spent at home: no aid
        ("The council announced 8 million euros in funding for new bridges.", []),
        ("The assembly approved 3 billion kroner in funding for new frigates.", []),
        ("The council announced $8 million in funding for new bridges.", []),
    ],
)
def test_a_sum_announced_in_funding_is_aid(text, expected):
    assert kinds(text) == expected
