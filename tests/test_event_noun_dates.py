"""A noun event perceived ("heard gunfire on Saturday night") takes the perceiving verb's day;
one condemned does not; a gerund subject ("Fighting ... erupted in April") takes its verb's.
Sentences are invented; the report is dated Monday."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-04-07"  # a Monday


def attack_date(text: str) -> str | None:
    events = sitrep.extract(text, published=PUBLISHED).events
    return next(e.date for e in events if e.type in ("attack", "armed_clash"))


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


def test_a_gerund_subject_takes_its_verbs_day() -> None:
    text = "Fighting between the army and the militia erupted in April 2023."
    assert attack_date(text) == "2023-04"
