"""Two days named as one pair or range fall in one stretch of the calendar, whichever of them the
parse hangs on the verb; weekdays keep the order they are told in. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.time_pair_years import share_pair_years
from sitrep.extract.times import extract_times, find_times
from sitrep.model import TimeExpr

MID_APRIL = dt.date(2026, 4, 10)


def _day(text: str, phrase: str, value: str) -> TimeExpr:
    start = text.index(phrase)
    return TimeExpr(start, start + len(phrase), phrase, value, "date", 0.9)


@pytest.mark.parametrize(
    ("text", "first", "second", "values", "tense"),
    [
        # resolved a year apart: both take the earlier reading in past narration
        ("Riots went on on 25 and 26 April.", "25", "26 April",
         ("2025-04-25", "2025-04-26"), "past"),
        ("Riots went on on 25 and 26 April.", "25", "26 April",
         ("2025-04-25", "2025-04-26"), None),
        # ... and the later one when the clause around the pair looks ahead
        ("Talks will run on 25 and 26 April.", "25", "26 April",
         ("2026-04-25", "2026-04-26"), "future"),
        # across the new year, in order: left alone
        ("Snow fell between 29 December and 3 January.", "29 December", "3 January",
         ("2025-12-29", "2026-01-03"), "past"),
        # weekdays are told in any order
        ("Notes written Friday and Thursday were read out.", "Friday", "Thursday",
         ("2026-04-10", "2026-04-09"), "past"),
    ],
)  # fmt: skip
def test_share_pair_years(
    text: str, first: str, second: str, values: tuple[str, str], tense: str | None
) -> None:
    raw = {
        "25": "2026-04-25",
        "26 April": "2025-04-26",
        "29 December": "2025-12-29",
        "3 January": "2026-01-03",
        "Friday": "2026-04-10",
        "Thursday": "2026-04-09",
    }
    times = [_day(text, first, raw[first]), _day(text, second, raw[second])]
    found = share_pair_years(text, times, lambda start, end: tense)
    assert tuple(t.value for t in found) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Clashes were reported on April 5 and 6 near the dam.", ["2026-04-05", "2026-04-06"]),
        ("Clashes were reported on April 5 and 6 along the river.",
         ["2026-04-05", "2026-04-06"]),
        ("On April 5 and 9 soldiers were hurt.", ["2026-04-05"]),  # a count, not a day
    ],
)  # fmt: skip
def test_second_day_before_a_preposition(text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(text, MID_APRIL, lambda s, e: "past")] == values


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Shelling went on on 25 and 26 April near the port.", ["2025-04-25", "2025-04-26"]),
        ("Shelling went on on 25 April and 26 April near the port.",
         ["2025-04-25", "2025-04-26"]),
        ("Shelling went on on April 25 and 26 near the port.", ["2025-04-25", "2025-04-26"]),
        ("Shelling went on on 3 and 4 April near the port.", ["2026-04-03", "2026-04-04"]),
        ("Shelling went on between 30 March and 2 April.", ["2026-03-30", "2026-04-02"]),
        ("Envoys will meet on 25 and 26 April in Oslo.", ["2026-04-25", "2026-04-26"]),
    ],
)  # fmt: skip
def test_pair_years_in_context(make_context, text: str, values: list[str]) -> None:
    assert [t.value for t in extract_times(make_context(text, MID_APRIL))] == values
