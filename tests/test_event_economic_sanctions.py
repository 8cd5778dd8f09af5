"""Asset freezes and trade bans one state lays on another are SANCTION events, with the other
state as the target and no place unless one is named as where. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"  # a Friday


def events_of(text: str) -> list[tuple[str, str | None, str, str | None, str | None]]:
    found = sitrep.extract(text, published=PUBLISHED).events
    return [
        (e.type, e.plover, e.modality, e.target, e.place.name if e.place else None) for e in found
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # irregular forms of "freeze"
            "Canada froze the assets of nine businessmen on Tuesday.",
            ("sanction", "SANCTION", "happened", None, None),
        ),
        (
            "Canada has frozen the assets of nine businessmen.",
            ("sanction", "SANCTION", "happened", None, None),
        ),
        (
            "Australia froze 2 billion dollars in assets belonging to Belarus.",
            ("sanction", "SANCTION", "happened", "Belarus", None),
        ),
        (  # an export ban is a sanction on the buyer, not a ban at home
            "Norway banned exports of fertiliser to Belarus.",
            ("sanction", "SANCTION", "happened", "Belarus", None),
        ),
        (
            "Norway restricted exports of timber to Belarus on Tuesday.",
            ("sanction", "SANCTION", "happened", "Belarus", None),
        ),
        (  # a listing for sanctions
            "Britain put two banks on its sanctions blacklist on Tuesday.",
            ("sanction", "SANCTION", "happened", None, None),
        ),
    ],
)
def test_freezes_and_trade_bans_are_sanctions(
    text: str, expected: tuple[str, str, str, str | None, str | None]
) -> None:
    assert events_of(text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The river froze overnight.", []),  # weather: nothing frozen
        ("The ministry added two names to the list of candidates.", []),  # no sanctions list
        (  # unchanged: a ban at home stays a coercive act
            "The government banned the opposition party on Tuesday.",
            [("other", "COERCE", "happened", None, None)],
        ),
    ],
)
def test_bans_and_freezes_that_are_no_sanction(
    text: str, expected: list[tuple[str, str, str, str | None, str | None]]
) -> None:
    assert events_of(text) == expected
