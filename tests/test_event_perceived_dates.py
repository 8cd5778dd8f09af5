"""A noun event perceived ("heard gunfire on Saturday night") takes the perceiving verb's day;
one condemned or reported does not. Sentences are invented; the report is dated Monday."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-04-07"  # a Monday


def attack_date(text: str) -> str | None:
    events = sitrep.extract(text, published=PUBLISHED).events
    return next(e.date for e in events if e.type == "attack")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Observers heard gunfire near Goma on Saturday.", "2025-04-05"),
        ("Residents saw heavy shelling near Goma on Saturday.", "2025-04-05"),
        ("The minister condemned the shelling of Goma on Saturday.", None),
    ],
)
def test_a_perceived_act_is_dated_by_its_perceiving(text: str, date: str | None) -> None:
    assert attack_date(text) == date
