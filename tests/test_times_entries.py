"""Live blogs: each item's time stamp is the moment its relative times are counted from."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.time_entries import (
    Entry,
    clock_from_stamp,
    dated_down_the_page,
    opened_entry,
)
from sitrep.extract.times import find_times

PUBLISHED = dt.date(2013, 3, 18)  # a Monday

BLOG = (
    "Syria live: fighting around Aleppo\n\n"
    "09:14 GMT — A shell hit a bakery two hours ago, killing four people, activists said.\n\n"
    "Updated 10:30 GMT — Half an hour ago, jets struck the airport road. Forty minutes ago "
    "sirens sounded in the old city.\n"
)

TWO_DAY_BLOG = (
    "Syria live\n\n"
    "Monday March 18\n\n"
    "08:10 GMT — Rebels said an hour ago they had taken a checkpoint.\n\n"
    "Sunday March 17\n\n"
    "21:40 GMT — A car bomb exploded two hours ago. Rebels shelled the airport earlier today "
    "and this morning, officials said. Yesterday, talks broke down.\n"
)


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, PUBLISHED)]


def test_hours_and_minutes_ago_count_back_from_the_items_stamp() -> None:
    assert _values(BLOG) == [
        ("09:14 GMT", "2013-03-18T09:14Z"),
        ("two hours ago", "2013-03-18T07:14Z"),
        ("10:30 GMT", "2013-03-18T10:30Z"),
        ("Half an hour ago", "2013-03-18T10:00Z"),
        ("Forty minutes ago", "2013-03-18T09:50Z"),
    ]


def test_an_item_under_an_earlier_days_heading_speaks_from_that_day() -> None:
    values = _values(TWO_DAY_BLOG)
    assert ("an hour ago", "2013-03-18T07:10Z") in values
    assert values[-5:] == [
        ("21:40 GMT", "2013-03-17T21:40Z"),
        ("two hours ago", "2013-03-17T19:40Z"),
        ("earlier today", "2013-03-17"),
        ("this morning", "2013-03-17TMO"),
        ("Yesterday", "2013-03-16"),
    ]


def test_a_british_stamp_opens_an_item() -> None:
    text = "Live\n\n10.30am - Jets struck the airport an hour ago.\n"
    assert _values(text) == [("10.30am", "2013-03-18T10:30"), ("an hour ago", "2013-03-18T09:30")]


@pytest.mark.parametrize(
    "stamp", ["Mar 17, 21:40 GMT", "17 Mar 2013 21.40 GMT", "21:40 GMT Sunday", "Sunday, 21:40 GMT"]
)
def test_a_stamp_with_its_day_or_weekday_opens_an_item(stamp: str) -> None:
    text = f"Live\n\n{stamp} — A car bomb exploded two hours ago.\n"
    assert _values(text)[-1] == ("two hours ago", "2013-03-17T19:40Z")


def test_an_item_ends_with_its_paragraph() -> None:
    text = (
        "Timeline\n\n11:00 am – Police receive calls about shots fired.\n\n"
        "Officials said the gunmen had fled about an hour ago."
    )
    assert _values(text)[-1] == ("about an hour ago", None)


def test_hours_ago_without_a_stamp_name_no_clock() -> None:
    text = "Officials said a shell hit a bakery two hours ago."
    assert _values(text) == [("two hours ago", None)]


@pytest.mark.parametrize(
    ("text", "start", "end", "value", "opens"),
    [
        ("09:14 GMT — A shell hit", 0, 9, "2013-03-18T09:14Z", True),
        ("Updated 10:30 GMT — Jets", 8, 17, "2013-03-18T10:30Z", True),
        ("The shell hit at 09:14 GMT — witnesses", 17, 26, "2013-03-18T09:14Z", False),
        ("09:14 GMT, a shell hit", 0, 9, "2013-03-18T09:14Z", False),
        ("Monday — talks", 0, 6, "2013-03-18", False),
    ],
)
def test_only_a_clock_heading_its_line_before_a_dash_opens_an_item(
    text: str, start: int, end: int, value: str, opens: bool
) -> None:
    assert (opened_entry(text, start, end, value) is not None) is opens


def test_a_count_back_crosses_midnight() -> None:
    assert clock_from_stamp("2013-03-18T00:40Z", -2, "hour") == "2013-03-17T22:40Z"
    assert clock_from_stamp("2013-03-18T24:00", -0.5, "hour") == "2013-03-18T23:30"
    assert clock_from_stamp("2013-03-18T00:40", -1, "day") is None


def test_days_ago_in_a_stamped_item_count_from_the_items_day() -> None:
    """A stamp counts hours and minutes; "two days ago" is a day, counted from the item's."""
    text = "Live\n\n09:14 GMT — Rebels took the town two days ago, officials said.\n"
    assert _values(text)[-1] == ("two days ago", "2013-03-16")


def _down_the_page(*stamps: str) -> list[str]:
    """The stamps of a blog's items, in page order, as each is dated by the one above it."""
    above, dated = None, []
    for stamp in stamps:
        day = dt.date.fromisoformat(stamp[:10])
        above = dated_down_the_page(Entry(day, stamp, 0, day), above)
        dated.append(above.stamp)
    return dated


def test_a_newest_first_blog_crossing_midnight_dates_its_late_stamps_the_day_before() -> None:
    assert _down_the_page(
        "2013-03-18T00:40Z", "2013-03-18T00:15Z", "2013-03-18T23:50Z", "2013-03-18T21:10Z"
    ) == ["2013-03-18T00:40Z", "2013-03-18T00:15Z", "2013-03-17T23:50Z", "2013-03-17T21:10Z"]


def test_a_newest_first_blog_whose_first_two_stamps_cross_midnight() -> None:
    assert _down_the_page("2013-03-18T00:15Z", "2013-03-18T23:50Z") == [
        "2013-03-18T00:15Z",
        "2013-03-17T23:50Z",
    ]


def test_an_oldest_first_blog_crossing_midnight_dates_its_early_stamps_the_day_after() -> None:
    """Each stamp after midnight moves one day on, not one more for every stamp below."""
    assert _down_the_page(
        "2013-03-18T22:00Z",
        "2013-03-18T23:50Z",
        "2013-03-18T00:15Z",
        "2013-03-18T00:30Z",
        "2013-03-18T00:45Z",
    ) == [
        "2013-03-18T22:00Z",
        "2013-03-18T23:50Z",
        "2013-03-19T00:15Z",
        "2013-03-19T00:30Z",
        "2013-03-19T00:45Z",
    ]


@pytest.mark.parametrize(
    "stamps",
    [
        ("2013-03-18T09:14Z", "2013-03-18T10:30Z", "2013-03-18T11:05Z"),  # oldest first
        ("2013-03-18T11:05Z", "2013-03-18T10:30Z", "2013-03-18T09:14Z"),  # newest first
        ("2013-03-18T08:10Z", "2013-03-18T07:30Z", "2013-03-17T21:40Z"),  # under a heading
        ("2013-03-18T00:15Z", "2013-03-17T23:50Z", "2013-03-17T22:10Z"),  # headed across midnight
        ("2013-03-17T23:50Z", "2013-03-18T00:15Z"),  # headed, oldest first
    ],
)
def test_stamps_keep_their_day_unless_the_page_crosses_midnight(
    stamps: tuple[str, ...],
) -> None:
    assert _down_the_page(*stamps) == list(stamps)


def test_an_oldest_first_page_read_across_midnight() -> None:
    """The page is read as written: each item after midnight speaks from the next day."""
    text = (
        "Live\n\n22:00 GMT — Sirens sounded.\n\n23:50 GMT — Jets flew over.\n\n"
        "00:15 GMT — A shell hit an hour ago.\n\n00:45 GMT — Calm returned.\n"
    )
    assert [value for _, value in _values(text)] == [
        "2013-03-18T22:00Z",
        "2013-03-18T23:50Z",
        "2013-03-19T00:15Z",
        "2013-03-18T23:15Z",
        "2013-03-19T00:45Z",
    ]


@pytest.mark.parametrize(
    "stamps",
    [
        ("2013-03-18T07:45Z", "2013-03-18T20:10Z"),  # oldest first, a long quiet spell
        ("2013-03-18T20:10Z", "2013-03-18T07:45Z"),  # newest first, a long quiet spell
        ("2013-03-18T09:00Z", "2013-03-18T10:30Z", "2013-03-18T23:10Z"),  # oldest first
        ("2013-03-18T23:10Z", "2013-03-18T22:00Z", "2013-03-18T09:30Z"),  # newest first
    ],
)
def test_a_long_move_round_the_clock_keeps_the_day_without_a_crossing_of_midnight(
    stamps: tuple[str, ...],
) -> None:
    """Twelve hours and more between two stamps is as likely a quiet spell as a midnight."""
    assert _down_the_page(*stamps) == list(stamps)


def test_a_page_that_crossed_midnight_forward_does_not_step_back() -> None:
    """Once "23:50", "00:15" shows an oldest-first page, a later "13:00" is the same new day."""
    assert _down_the_page("2013-03-18T23:50Z", "2013-03-18T00:15Z", "2013-03-18T13:00Z") == [
        "2013-03-18T23:50Z",
        "2013-03-19T00:15Z",
        "2013-03-19T13:00Z",
    ]


def test_a_day_heading_tells_the_page_runs_newest_first() -> None:
    """Under the earlier day's heading, a rise of more than half a day reaches the day before."""
    assert _down_the_page("2013-03-18T08:00Z", "2013-03-17T07:00Z", "2013-03-17T20:00Z") == [
        "2013-03-18T08:00Z",
        "2013-03-17T07:00Z",
        "2013-03-16T20:00Z",
    ]


def test_a_photo_captions_date_does_not_date_the_next_stamp() -> None:
    """A caption's date is the photo's: the stamp below it keeps the page's day ("in_caption")."""
    text = (
        "Live: strikes on Tarno\n\n"
        "Rescuers at a burned shop in Tarno, March 16, 2013.\n\n"
        "10:15 GMT — Overnight, drones struck the port, officials said.\n"
    )
    caption = text.index("Rescuers")
    caption_end = text.index("2013.") + len("2013.")

    def in_caption(start: int, end: int) -> bool:
        return caption <= start and end <= caption_end

    captioned = [(t.text, t.value) for t in find_times(text, PUBLISHED, in_caption=in_caption)]
    plain = _values(text)
    assert ("10:15 GMT", "2013-03-18T10:15Z") in captioned
    assert ("10:15 GMT", "2013-03-16T10:15Z") in plain  # read as story text, the date carries
