"""Dates past the time tagger: the days a value covers, as filters, timelines and the ledger read
them, and the stamps and slugs cut from a sentence's head."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.datelines import dateline_length
from sitrep.link.dates import date_interval
from sitrep.store.flatten import event_days

D = dt.date


@pytest.mark.parametrize(
    ("value", "days"),
    [
        ("196", (D(1960, 1, 1), D(1969, 12, 31))),  # "in the 1960s"
        ("19", (D(1900, 1, 1), D(1999, 12, 31))),  # "in the 20th century"
        ("2013-SU", (D(2013, 6, 1), D(2013, 8, 31))),
        ("2013-WI", (D(2013, 12, 1), D(2014, 2, 28))),  # a winter runs into the next year
        ("2013-W05-WE", (D(2013, 2, 2), D(2013, 2, 3))),  # a weekend is Saturday and Sunday
        ("2013-W05", (D(2013, 1, 28), D(2013, 2, 3))),
        ("2013-H2", (D(2013, 7, 1), D(2013, 12, 31))),
        ("2013-02-03TEV", (D(2013, 2, 3), D(2013, 2, 3))),
        ("PAST_REF", None),
        ("XXXX-WI", None),
        ("00", None),  # no year 0 on the calendar
    ],
)
def test_the_days_a_value_covers(value: str, days: tuple[dt.date, dt.date] | None) -> None:
    assert date_interval(value) == days


def test_an_event_in_a_decade_is_stored_with_that_decades_days() -> None:
    assert event_days("198") == {"date_start": "1980-01-01", "date_end": "1989-12-31"}


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("UPDATE 1 - The missile was launched at noon.", "UPDATE 1 - "),
        ("UPDATE 2-Rebels took the town.", "UPDATE 2-"),
        ("REFILE-UPDATE 1-Rebels took the town.", "REFILE-UPDATE 1-"),
        ("CORRECTED-Rebels took the town.", "CORRECTED-"),
        ("UPDATE 3-KYIV, March 3 (Agency) - Drones struck.", "UPDATE 3-KYIV, March 3 (Agency) - "),
        ("UPDATED figures show a rise.", ""),  # a word, not a slug
        ("Update: the road is open.", ""),
    ],
)
def test_a_wire_slug_is_cut_like_a_stamp(text: str, cut: str) -> None:
    assert text[: dateline_length(text)] == cut


def _event_days(text: str) -> list[tuple[str, str | None]]:
    import sitrep

    extraction = sitrep.extract(text, published="2024-09-01")  # a Sunday
    return [(text[e.start : e.end], e.date) for e in extraction.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the defence that meets an attack happens when the attack does
        ("Soldiers repelled an attack by gunmen on their camp on Friday.", "attack", "2024-08-30"),
        # a day told of the event's object: the detention came with what they did
        (
            "Police detained 12 protesters who tried to enter the ministry on Saturday.",
            "detained",
            "2024-08-31",
        ),
        # a "when" clause shares the time of what it hangs on, past a crisis it ended
        (
            "In 1996, troops fired shells during a standoff that ended when the army sent tanks.",
            "sent",
            "1996",
        ),
    ],
)
def test_an_event_takes_the_day_of_the_words_it_leans_on(text: str, trigger: str, day: str) -> None:
    assert any(trigger in span and date == day for span, date in _event_days(text)), _event_days(
        text
    )


@pytest.mark.model
def test_condemning_an_attack_does_not_date_the_attack() -> None:
    text = "The minister condemned the attack on the village on Friday."
    assert ("the attack on the village", "2024-08-30") not in _event_days(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Fighting has displaced thousands of families since the 1990s.",
        "Since Monday, troops have shelled the town.",
    ],
)
def test_since_tells_where_a_still_going_state_began_not_its_day(text: str) -> None:
    assert [date for _, date in _event_days(text)] == [None]


@pytest.mark.model
def test_the_beginning_told_inside_a_since_phrase_keeps_its_day() -> None:
    text = (
        "At least 40 people have been killed since the war began on March 3, when rebels attacked."
    )
    assert ("when rebels attacked", "2024-03-03") in _event_days(text)


@pytest.mark.model
def test_an_event_in_a_decade_keeps_the_decade() -> None:
    assert _event_days("Gunmen killed 300 villagers in the 1980s.")[0][1] == "198"


@pytest.mark.parametrize(
    ("text", "restated"),
    [
        ("The missile was launched at about 12:00 p.m. (0300 GMT).", "2025-01-06T03:00Z"),
        ("The missile was launched at 2 a.m. (1700 GMT).", "2025-01-05T17:00Z"),  # the eve in UTC
        ("The plant was hit at 10 p.m. EST (0300 GMT).", "2025-01-07T03:00Z"),
        ("The blast came at 10:35 a.m. (0735 GMT) Friday.", "2025-01-03T07:35Z"),
    ],
)
def test_a_clock_restated_in_utc_is_a_time_of_its_own(text: str, restated: str) -> None:
    from sitrep.extract.times import find_times

    assert restated in [t.value for t in find_times(text, dt.date(2025, 1, 6))]


def test_a_restatement_in_another_local_zone_is_not_repeated() -> None:
    from sitrep.extract.times import find_times

    found = find_times("It hit at 9 a.m. (10 a.m. Moscow time).", dt.date(2025, 1, 6))
    assert [t.text for t in found] == ["9 a.m."]


@pytest.mark.model
def test_acts_told_in_the_simple_past_since_a_day_began_that_day() -> None:
    text = "Rebels attacked villages around the town since Thursday, officials said."
    assert [date for _, date in _event_days(text)] == ["2024-08-29"]
