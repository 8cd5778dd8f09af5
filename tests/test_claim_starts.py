"""Running counts counted from a start ("since 2005", "since Wednesday"): each is as of its
report's day, and counts from different starts are different series that never contradict."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep import link
from sitrep.link.claim_starts import series_start


def _payload(text: str, numbers: list[str], dates: dict[str, str]) -> dict[str, Any]:
    """A report published on 2025-03-20 whose `numbers` count killed people and whose `dates`
    (words to TIMEX3 values) are its time expressions."""
    quantities = []
    for number in numbers:
        start = text.index(number)
        value = float(number.split()[0].replace(",", ""))
        quantities.append(
            {
                "start": start,
                "end": start + len(number),
                "text": number,
                "value": value,
                "measure": "killed",
                "unit": "people",
                "hedge": "exact",
            }
        )
    times = [
        {"start": text.index(words), "end": text.index(words) + len(words), "value": value}
        for words, value in dates.items()
    ]
    return {
        "article": {"id": "a", "published": "2025-03-20"},
        "text": text,
        "quantities": quantities,
        "times": times,
    }


def _claims(text: str, numbers: list[str], dates: dict[str, str]) -> list[link.ClaimRecord]:
    return link.records_from_payload(_payload(text, numbers, dates))[1]


def test_a_count_since_a_day_is_as_of_its_report_not_of_its_start() -> None:
    (count,) = _claims(
        "At least 40 people have been killed since Wednesday, officials said.",
        ["40 people"],
        {"Wednesday": "2025-03-19"},
    )
    assert (count.as_of, count.since) == ("2025-03-20", "2025-03-19")


def test_a_count_since_a_start_is_as_of_the_day_its_source_spoke() -> None:
    (count,) = _claims(
        "About 600 people have been killed since early March, the ministry said on Tuesday.",
        ["600 people"],
        {"early March": "2025-03", "Tuesday": "2025-03-18"},
    )
    assert (count.as_of, count.since) == ("2025-03-18", "2025-03")


@pytest.mark.parametrize(
    ("text", "numbers", "dates", "starts"),
    [
        (
            "The group has killed 63 people since 2005 and 11 people since January.",
            ["63 people", "11 people"],
            {"2005": "2005", "January": "2025-01"},
            ["2005", "2025-01"],
        ),
        (
            "Since January, 12 people have been killed in the province.",
            ["12 people"],
            {"January": "2025-01"},
            ["2025-01"],
        ),
        (
            "Some 300 people have been killed since the siege began on March 3.",
            ["300 people"],
            {"March 3": "2025-03-03"},
            ["2025-03-03"],
        ),
        (
            "Since the siege began on March 3, 300 people have been killed in the town.",
            ["300 people"],
            {"March 3": "2025-03-03"},
            ["2025-03-03"],
        ),
        (
            "Troops have been on alert since Monday, when gunmen killed 12 people in the town.",
            ["12 people"],
            {"Monday": "2025-03-17"},
            [None],
        ),
        (
            "Some 300 people have been killed since the siege began, and 20 people on March 3.",
            ["300 people", "20 people"],
            {"March 3": "2025-03-03"},
            [None, None],
        ),
    ],
)
def test_each_count_takes_the_start_that_follows_it_or_opens_its_sentence(
    text: str, numbers: list[str], dates: dict[str, str], starts: list[str | None]
) -> None:
    assert [count.since for count in _claims(text, numbers, dates)] == starts


@pytest.mark.parametrize(
    ("since", "start"),
    [
        ("2025-03-19", "2025-03"),
        ("2025-03", "2025-03"),
        ("2025-W12", "2025-03"),
        ("2005", "2005"),
        ("2024-Q4", "2024"),
        (None, ""),
        ("PAST_REF", ""),
    ],
)
def test_a_series_starts_in_the_month_or_the_year_its_start_names(
    since: str | None, start: str
) -> None:
    assert series_start(since) == start


def _toll(article: str, value: float, since: str | None, **fields: Any) -> link.ClaimRecord:
    return link.ClaimRecord(
        article,
        0,
        "killed",
        "people",
        None,
        "Marlow",
        None,
        value,
        as_of=fields.pop("as_of", "2025-03-20"),
        published="2025-03-20",
        since=since,
        text=f"{value:g} people",
        sentence=f"{value:g} people have been killed in Marlow so far.",
        **fields,
    )


def test_counts_from_different_starts_are_different_series_that_do_not_contradict() -> None:
    histories = link.claim_histories(
        [_toll("a", 63, "2005"), _toll("b", 11, "2025-01"), _toll("c", 11, "2025-01-14")]
    )
    assert sorted((h.start, len(h.values)) for h in histories) == [("2005", 1), ("2025-01", 2)]
    assert not [c for h in histories for c in link.contradictions(h)]
    assert {h.label for h in histories} == {
        "killed (people) in Marlow [running toll] since 2005",
        "killed (people) in Marlow [running toll] since 2025-01",
    }


def test_a_count_with_no_start_joins_the_one_series_that_has_one() -> None:
    (history,) = link.claim_histories([_toll("a", 45, "2025-03-03"), _toll("b", 25, None)])
    assert history.start == "2025-03" and len(history.values) == 2
    assert len(link.contradictions(history)) == 1


def test_a_count_with_no_start_stays_apart_from_several_series() -> None:
    histories = link.claim_histories(
        [_toll("a", 63, "2005"), _toll("b", 11, "2025-01"), _toll("c", 30, None)]
    )
    assert sorted(h.start for h in histories) == ["", "2005", "2025-01"]


def test_a_series_start_changes_the_id_only_where_there_is_one() -> None:
    subject = ("killed", "people", "", "Marlow", "running toll")
    unstarted = link.History(subject, [])
    assert unstarted.id == link.History(subject, [], "").id
    assert unstarted.id != link.History(subject, [], "2005").id
