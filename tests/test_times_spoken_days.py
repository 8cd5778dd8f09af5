"""Days of the month read out in words, as broadcast transcripts and quotes write them."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.times import find_times, normalize_time

THURSDAY = dt.date(2024, 11, 7)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("March eighth", "2024-03-08"),
        ("November twenty-first", "2024-11-21"),
        ("November twenty first, 2025", "2025-11-21"),
        ("the thirtieth of June", "2024-06-30"),
        ("the twenty-first of November", "2024-11-21"),
        ("Sunday, March eighth", "2024-03-08"),
    ],
)
def test_a_day_read_out_is_that_day(text: str, value: str) -> None:
    assert normalize_time(text, THURSDAY) == (value, "date")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("this coming Sunday, March 8", "2025-03-08"),
        ("next Tuesday, Nov. 12", "2024-11-12"),
        ("last Friday, Oct. 4", "2024-10-04"),
    ],
)
def test_a_weekday_pointer_before_a_date_places_it(text: str, value: str) -> None:
    assert normalize_time(text, THURSDAY, "present") == (value, "date")


def test_a_day_that_does_not_exist_has_no_value() -> None:
    assert normalize_time("February thirtieth", THURSDAY) == (None, "date")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The vote is set for November twenty-first.", ["November twenty-first"]),
        ("Rebels attacked on the thirtieth of June.", ["the thirtieth of June"]),
        # An ordinal next to a month is a day only where it can be one.
        ("In March second-quarter sales rose.", ["March", "second-quarter"]),
        ("It was the second March in a row with snow.", ["March"]),
        ("It was the first of several attacks in May.", ["May"]),
        ("By May first-time buyers had left.", ["May"]),
    ],
)
def test_spans_of_days_read_out(text: str, spans: list[str]) -> None:
    assert [t.text for t in find_times(text, THURSDAY)] == spans
