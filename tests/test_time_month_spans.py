"""Two months joined as a span share one stretch of the calendar ("between April and June 2019":
2019-04 and 2019-06, and "May" opening one is a month); "in October of that year" is the last
year named; "overnight, the mayor said on Monday" is the night before the speech day, whatever
day the story told before. Invented sentences; the report is dated Friday 2025-03-14."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.times import find_times

FRIDAY = dt.date(2025, 3, 14)


def _values(text: str, published: dt.date = FRIDAY) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, published, lambda s, e: "past")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floods hit the valley between April and June 2019.",
         [("April", "2019-04"), ("June 2019", "2019-06")]),
        ("Rebels held the pass from May to August 2021.",
         [("May", "2021-05"), ("August 2021", "2021-08")]),
        ("Rebels held the pass between May and August 2021.",
         [("May", "2021-05"), ("August 2021", "2021-08")]),
        ("The siege lasted from November to February 2020.",
         [("November", "2019-11"), ("February 2020", "2020-02")]),
        ("The siege lasted from October 2018 to January.",
         [("October 2018", "2018-10"), ("January", "2019-01")]),
        # unchanged: one month alone, a modal "May", and a span of other units
        ("Rebels held the pass in August 2021.", [("August 2021", "2021-08")]),
        ("May or may not the rebels come back.", []),
        ("Prices fell last month and in July 2019.",
         [("last month", "2025-02"), ("July 2019", "2019-07")]),
    ],
)  # fmt: skip
def test_month_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The bridge was bombed in 2016 and rebuilt in October of that year.",
         "October of that year", "2016-10"),
        ("The port fell in 2019. Troops took it back in June that year.",
         "June that year", "2019-06"),
        ("The port fell in 2019 and was retaken in June the same year.",
         "June the same year", "2019-06"),
        # unchanged: "that year" alone, and a month with its own year
        ("The port fell in 2019. That year, floods came.", "That year", "2019"),
        ("The port fell in 2019 and was retaken in June 2020.", "June 2020", "2020-06"),
        # "the past month" is the calendar month, as TimeBank reads "the past year"
        ("Food prices rose in the past month.", "the past month", "2025-02"),
    ],
)  # fmt: skip
def test_month_of_that_year(text: str, phrase: str, value: str) -> None:
    assert dict(_values(text))[phrase] == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # the sentence's own speech day: the night before it
        ("Militias stormed Varna on Saturday. Four guards died overnight, the mayor said on "
         "Sunday.", dt.date(2025, 3, 9), "2025-03-08TNI"),
        ("Militias stormed Varna on Saturday. Four guards died overnight, the mayor said on "
         "Monday.", FRIDAY, "2025-03-09TNI"),
        ("Four guards died overnight, the mayor said on Monday.", FRIDAY, "2025-03-09TNI"),
        # unchanged: no speech day of its own, the story's day or the night just gone
        ("Militias stormed Varna on Thursday. Four guards died overnight.", FRIDAY,
         "2025-03-12TNI"),
        ("Four guards died overnight, the mayor said.", FRIDAY, "2025-03-13TNI"),
    ],
)  # fmt: skip
def test_overnight_and_the_speech_day(text: str, published: dt.date, value: str) -> None:
    assert dict(_values(text, published))["overnight"] == value
