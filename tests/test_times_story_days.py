"""Times an analyst reads wrong in war reports: the story's own night, ranges told in the present,
holidays and marches that name something else, and the article of "a months-long siege"."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.times import find_times

WEDNESDAY = dt.date(2024, 1, 17)
MID_MARCH = dt.date(2024, 3, 12)
MID_JULY = dt.date(2024, 7, 10)


def _values(
    text: str, published: dt.date, tense: str | None = None
) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, published, lambda s, e: tense)]


def test_a_night_paragraphs_after_an_earlier_day_is_the_storys_own() -> None:
    text = (
        "Rockets hit the town late on Tuesday, officials said.\n\n"
        "The group said it acted in revenge for a bombing on Jan. 2 that killed 40 people.\n\n"
        "The mayor called the attack a crime.\n\n"
        "Residents said the blasts woke them shortly before midnight."
    )
    assert _values(text, WEDNESDAY, "past")[-1] == ("shortly before midnight", "2024-01-16T24:00")


def test_a_clock_paragraphs_after_the_storys_day_stays_on_it() -> None:
    text = (
        "Gunmen stormed the market on Sunday, police said on Tuesday.\n\n"
        "The governor condemned the attack.\n\n"
        "Aid groups appealed for calm.\n\n"
        "Witnesses said the gunmen fled at 3 p.m."
    )
    assert _values(text, WEDNESDAY, "past")[-1] == ("3 p.m.", "2024-01-14T15:00")


def test_midnight_with_no_day_told_is_the_night_before_the_report() -> None:
    text = "Residents said the blasts woke them shortly before midnight."
    assert _values(text, WEDNESDAY, "past") == [("shortly before midnight", "2024-01-16T24:00")]


def test_a_night_next_to_the_day_named_stays_that_days() -> None:
    text = "A bombing on Jan. 2 killed 40 people.\n\nThe blast came shortly before midnight."
    assert _values(text, WEDNESDAY, "past")[-1] == ("shortly before midnight", "2024-01-02T24:00")


def test_a_day_after_a_restated_clock_is_the_clocks_day() -> None:
    text = "The blast occurred at about 10:35 a.m. (0735 GMT) Monday, officials said."
    assert _values(text, WEDNESDAY, "past")[0] == ("about 10:35 a.m.", "2024-01-15T10:35")


@pytest.mark.parametrize(
    ("published", "tense", "values"),
    [
        (MID_MARCH, "present", ["2024-06-01", "2024-11-30"]),
        (MID_JULY, "present", ["2024-06-01", "2024-11-30"]),
        (MID_MARCH, "past", ["2023-06-01", "2023-11-30"]),
    ],
)
def test_a_range_told_in_the_present_is_the_one_not_yet_over(
    published: dt.date, tense: str, values: list[str]
) -> None:
    text = "The storm season runs from June 1 to Nov. 30."
    assert [value for _, value in _values(text, published, tense)] == values


def test_a_present_range_between_two_days_is_the_one_not_yet_over() -> None:
    text = "The museum closes between Dec. 24 and Jan. 2 each winter."
    assert [value for _, value in _values(text, MID_JULY, "present")][:2] == [
        "2024-12-24",
        "2025-01-02",
    ]


def test_a_present_range_across_new_year_ends_in_the_next() -> None:
    text = "The window is open from Dec. 15 to Jan. 31."
    assert _values(text, MID_JULY, "present") == [
        ("Dec. 15", "2024-12-15"),
        ("Jan. 31", "2025-01-31"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Good Friday agreement ended the conflict.",
        "Historians still argue about the Easter Rising.",
        "The ship sailed for Christmas Island.",
    ],
)
def test_a_holiday_inside_a_name_is_no_date(text: str) -> None:
    assert _values(text, MID_MARCH, "past") == []


def test_a_holiday_alone_stays_a_date() -> None:
    assert _values("Shops closed on Good Friday.", dt.date(2024, 4, 2), "past") == [
        ("Good Friday", "2024-03-29")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March organizers said the route would change.", []),
        ("March participants told reporters they were tired.", []),
        ("Police clashed with March organizers in the square.", []),
        ("March sales rose 3 percent, analysts said.", [("March", "2024-03")]),
    ],
)
def test_a_march_whose_people_speak_is_a_procession(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, dt.date(2024, 4, 2), "past") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops retook the city after a months-long siege.", [("months-long", "PXM")]),
        ("The minister ended a week-long tour of the region.", [("week-long", "P1W")]),
        ("Envoys left their third day-long meeting.", [("day-long", "P1D")]),
    ],
)
def test_the_article_of_a_long_stretch_is_the_nouns(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text, MID_MARCH, "past") == expected


def test_a_year_earlier_than_a_month_named_is_that_month() -> None:
    text = "Canal traffic fell by a third in January compared with a year earlier."
    assert _values(text, MID_MARCH, "past") == [
        ("January", "2024-01"),
        ("a year earlier", "2023-01"),
    ]


def test_a_month_named_in_another_sentence_leaves_a_year_earlier_alone() -> None:
    text = "Exports fell in January. Wages were 3 percent higher than a year earlier."
    assert _values(text, MID_MARCH, "past")[-1] == ("a year earlier", "2023")


def test_the_same_period_with_no_quarter_named_has_no_value() -> None:
    text = "Fighting has surged since October. Over the same period, 30 people were killed."
    assert _values(text, MID_MARCH, "past")[-1] == ("the same period", None)


def test_the_same_period_after_a_quarter_is_that_quarter() -> None:
    text = "Profit rose in the third quarter. Sales in the same period fell."
    assert [value for _, value in _values(text, MID_MARCH, "past")] == ["2023-Q3", "2023-Q3"]


@pytest.mark.parametrize(
    "text",
    [
        "The refinery processes about 12 million tonnes of crude a year.",
        "The field pumps two million barrels of oil a day.",
    ],
)
def test_a_rate_of_a_measured_stuff_is_no_time(text: str) -> None:
    assert _values(text, MID_MARCH, "present") == []


def test_an_amount_before_a_day_after_an_event_is_no_rate() -> None:
    text = "Police detained hundreds of protesters a day after the rally."
    assert _values(text, MID_MARCH, "past") == [("a day", "P1D")]
