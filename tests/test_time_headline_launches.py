"""A headline's "launches" is a plan only for what people schedule: drones, missiles, strikes
or an offensive set going are an attack already made, dated to the day just gone. Invented
headlines; the report is dated Tuesday 2024-05-14."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

TUESDAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Molvania launches drones at Ostrava on Sunday night", "Sunday night", "2024-05-12TNI"),
        ("Rebels launch missiles at the port on Sunday", "Sunday", "2024-05-12"),
        ("Army launches strikes on the border town on Sunday", "Sunday", "2024-05-12"),
        ("Rebels launch offensive in the north on Sunday", "Sunday", "2024-05-12"),
        ("Police open fire on protesters on Sunday", "Sunday", "2024-05-12"),
        # what is scheduled keeps the coming day
        ("Carmaker launches new model on Sunday", "Sunday", "2024-05-19"),
        ("Government launches inquiry on Sunday", "Sunday", "2024-05-19"),
        ("Space agency launches rocket to the Moon on Sunday", "Sunday", "2024-05-19"),
        ("Leaders meet in the capital on Sunday", "Sunday", "2024-05-19"),
    ],
)  # fmt: skip
def test_a_headline_launch_of_an_attack_is_done(
    make_context, text: str, phrase: str, value: str
) -> None:
    from sitrep.extract.times import extract_times

    found = {t.text: t.value for t in extract_times(make_context(text, published=TUESDAY))}
    assert found[phrase] == value
