"""A time of day or "the same day" that names no day takes the day of the last thing narrated,
not the day a later statement or toll update was given on ("said on Thursday", "rose to 61 on
Thursday"). Invented sentences; the report is dated Friday 2025-03-14."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.time_report_days import dates_a_report
from sitrep.extract.times import find_times

FRIDAY = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a toll update's day is not the scene's
        ("The landslide buried the village on Monday. The toll rose to 61 on Thursday, doctors "
         "said. The slope gave way at 4:10 a.m.", "4:10 a.m.", "2025-03-10T04:10"),
        ("The death toll from the storm that hit the islands on Sunday climbed to 45 on "
         "Thursday, up from 19 on Tuesday. The storm made landfall at 11 p.m.", "11 p.m.",
         "2025-03-09T23:00"),
        ("A mine blast hit a bus in Kidal on Wednesday. The governor said on Thursday it had "
         "killed eight people. Gunmen robbed a bank in Gao on the same day.", "the same day",
         "2025-03-12"),
        ("A mine blast hit a bus in Kidal on Wednesday. Doctors told reporters Thursday the "
         "driver died. The second blast came shortly before noon.", "shortly before noon",
         "2025-03-12T12:00"),
        # a month named in passing and a reaction's day ("rejected ... on Thursday") leave the
        # scene's day
        ("Drones struck a fuel depot in Kidal on Wednesday. The army rejected the claims on "
         "Thursday. Rebels had said in January that they owned no drones, and officials said on "
         "Thursday the inquiry would go on. Two guards died in a fire on the same day.",
         "the same day", "2025-03-12"),
        # unchanged: a statement on the same day as the statement before
        ("The governor said on Thursday that talks had failed. The rebels said the same day "
         "they would fight on.", "the same day", "2025-03-13"),
        # unchanged: the last day named is the scene's
        ("Rebels shelled Kidal on Wednesday. The shelling began at 6 a.m.", "6 a.m.",
         "2025-03-12T06:00"),
        # unchanged: a price, not a toll, rose on the day named
        ("The port opened on Monday. Shares rose to 61 on Thursday. Trading halted at 3 p.m.",
         "3 p.m.", "2025-03-13T15:00"),
        # unchanged: no earlier scene to go back to
        ("The ministry said on Thursday. The blast came at 9 a.m.", "9 a.m.", "2025-03-13T09:00"),
    ],
)  # fmt: skip
def test_clock_and_same_day_take_the_scene(text: str, phrase: str, value: str) -> None:
    found = {t.text: t.value for t in find_times(text, FRIDAY, lambda s, e: "past")}
    assert found[phrase] == value


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Officials said on ", True),
        ("The army said ", True),
        ("The mayor told reporters on ", True),
        ("The agency said in a brief statement on ", True),
        ("The death toll rose to 61 on ", True),
        ("The toll climbed to 45, up from 19 on ", True),
        ("Officials said rebels attacked the town on ", False),
        ("Shares rose to 61 on ", False),
        ("The ministry rejected the findings on ", True),
        ("The rebels denied the charges ", True),
        ("Rebels attacked the findings team on ", False),
        ("The death toll rose. Rebels attacked on ", False),
    ],
)
def test_dates_a_report(before: str, expected: bool) -> None:
    assert dates_a_report(before + "Thursday", len(before)) is expected
