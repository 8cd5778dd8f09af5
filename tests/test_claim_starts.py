"""Running counts counted from a start ("since 2005", "since Wednesday"): each is as of its
report's day, and counts from different starts are different series that never contradict."""

from __future__ import annotations

from dataclasses import replace
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
        "killed (people) in Marlow [running toll] since January 2025",
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


def test_a_count_is_not_as_of_another_counts_start() -> None:
    """The 63 runs from 2005: the 11's start, March 3, is not the day the 63 is about."""
    long_run, short_run = _claims(
        "Gunmen have killed 63 people since 2005 and 11 people since March 3.",
        ["63 people", "11 people"],
        {"2005": "2005", "March 3": "2025-03-03"},
    )
    assert (long_run.since, long_run.as_of) == ("2005", "2025-03-20")
    assert (short_run.since, short_run.as_of) == ("2025-03-03", "2025-03-20")


def test_a_start_without_a_value_is_no_start() -> None:
    payload = _payload(
        "At least 40 people have been killed since Wednesday.", ["40 people"], {"Wednesday": ""}
    )
    payload["times"][0]["value"] = None
    (count,) = link.records_from_payload(payload)[1]
    assert (count.since, count.as_of) == (None, "2025-03-20")


def test_a_vague_count_with_no_start_joins_no_one_of_several_started_series() -> None:
    """ "30 killed" names no attacker and no start: of the rebels' counts since 2005 and since
    January, it cannot tell which it belongs to, whichever was reported nearer its day."""
    histories = link.claim_histories(
        [
            replace(_toll("a", 63, "2005"), actor="rebels", as_of="2024-06-01"),
            replace(_toll("b", 11, "2025-01"), actor="rebels"),
            _toll("c", 30, None),
        ]
    )
    assert sorted((h.subject[2], h.start) for h in histories) == [
        ("", ""),
        ("rebels", "2005"),
        ("rebels", "2025-01"),
    ]


def test_a_vague_count_with_no_start_joins_its_own_subjects_started_series_first() -> None:
    """ "25 killed in Marlow" is the count "45 killed in Marlow since March 3" updates: the two
    use one subject's words, and stay together rather than part for the rebels' count."""
    histories = link.claim_histories(
        [
            _toll("a", 45, "2025-03-03"),
            _toll("b", 25, None),
            replace(_toll("c", 20, None), actor="rebels"),
        ]
    )
    assert sorted((h.subject[2], h.start, len(h.values)) for h in histories) == [
        ("", "2025-03", 2),
        ("rebels", "", 1),
    ]


def test_one_report_keeps_the_same_figure_from_two_starts() -> None:
    """ "12 killed since 2005 and 12 since January" are two counts, not one repeated."""
    first, second = _toll("a", 12, "2005"), replace(_toll("a", 12, "2025-01"), idx=1)
    histories = link.claim_histories([first, second])
    assert sorted(h.start for h in histories) == ["2005", "2025-01"]


def test_a_history_keeps_its_id_when_a_started_report_joins_it() -> None:
    """An id is a permalink: the history of counts with no start keeps it."""
    (before,) = link.claim_histories([_toll("b", 25, None)])
    (after,) = link.claim_histories([_toll("a", 45, "2025-03-03"), _toll("b", 25, None)])
    assert after.start == "2025-03" and after.id == before.id


@pytest.mark.parametrize(
    ("sinces", "shown"),
    [
        (["2025-03-03", "2025-03-03"], "since March 3, 2025"),  # the day the reports agree on
        (["2025-03-03", "2025-03"], "since March 2025"),  # "since March 3", "since early March"
        (["2025-03-03", None], "since March 3, 2025"),  # a count with no start says nothing
        (["2005"], "since 2005"),
    ],
)
def test_a_series_label_says_its_start_as_its_reports_do(
    sinces: list[str | None], shown: str
) -> None:
    (history,) = link.claim_histories(
        [_toll(str(i), 40 + i, since) for i, since in enumerate(sinces)]
    )
    assert history.label.endswith(shown)


@pytest.mark.parametrize(
    ("text", "numbers", "dates", "starts"),
    [
        (
            "The number of people killed in the city since March 2 has risen to 14, he said.",
            ["14"],
            {"March 2": "2025-03-02"},
            ["2025-03-02"],
        ),
        (
            "2 people were killed on Monday, bringing the toll since Sunday to 9.",
            ["2 people", "9"],
            {"Monday": "2025-03-17", "Sunday": "2025-03-16"},
            [None, "2025-03-16"],
        ),
        (  # a start before the number in a plain clause dates an event, not a tally
            "On alert since Monday, when gunmen killed 12 people, the town is quiet.",
            ["12 people"],
            {"Monday": "2025-03-17"},
            [None],
        ),
        (  # a trailing "and N wounded" shares the start of the count it trails
            "At least 9 people have been killed since March 2, police said, and 23 people wounded.",
            ["9 people", "23 people"],
            {"March 2": "2025-03-02"},
            ["2025-03-02", "2025-03-02"],
        ),
        (  # a ranked toll compares one toll with those since a year: no running count
            "In the deadliest toll since 2022, 40 people were killed in the strike on Marlow on "
            "Monday, the governor said.",
            ["40 people"],
            {"2022": "2022", "Monday": "2025-03-17"},
            [None],
        ),
        (  # a tally that reaches no figure ("rose to", "to") gives it no start
            "Of the toll since 2022, 40 people were killed in strikes on Marlow, he said.",
            ["40 people"],
            {"2022": "2022"},
            [None],
        ),
    ],
    ids=[
        "number since a day has risen to",
        "toll since a day to",
        "no tally",
        "and N wounded",
        "ranked toll",
        "no reaching verb",
    ],
)
def test_a_tally_names_its_start_before_its_figure(
    text: str, numbers: list[str], dates: dict[str, str], starts: list[str | None]
) -> None:
    """ "The number killed since March 2 has risen to 14": the tally's start is the figure's,
    and the day's own toll before it ("two were killed, bringing the toll since ... to 9") is
    no running count."""
    assert [c.since for c in _claims(text, numbers, dates)] == starts


def test_a_running_tally_is_one_series_dated_by_its_reports() -> None:
    """A town's toll since a start, reported day by day alongside the day's own incidents, is
    one running series, each value as of the day its report gives it (the shelling's Monday,
    else the report's day, never the start), apart from the incidents' tolls."""
    reports = [
        (
            "a",
            "2025-03-18",
            "Shelling killed 3 people on Monday, bringing the toll since March 2 to 9.",
        ),
        (
            "b",
            "2025-03-20",
            "The number of people killed since March 2 has risen to 12, police said.",
        ),
    ]
    claims = []
    for article_id, published, text in reports:
        payload = _payload(text, ["3 people", "9"] if "3 people" in text else ["12"], {})
        payload["article"] = {"id": article_id, "published": published}
        start = text.index("March 2")
        payload["times"] = [{"start": start, "end": start + 7, "value": "2025-03-02"}]
        if "Monday" in text:
            day = text.index("Monday")
            payload["times"].append({"start": day, "end": day + 6, "value": "2025-03-17"})
        claims += link.records_from_payload(payload, article_id)[1]
    running = [h for h in link.claim_histories(claims) if h.subject[4] == link.RUNNING_TOLL_TOPIC]
    assert [[(v.value, v.as_of) for v in h.values] for h in running] == [
        [(9.0, "2025-03-17"), (12.0, "2025-03-20")]
    ]


@pytest.mark.parametrize(
    ("text", "number", "earlier_day"),
    [
        ("Officials say 84 people are now held, up from 48 a week ago.", "84 people", "a week ago"),
        ("The toll stood at 27 people, down from 31 on Monday.", "27 people", "on Monday"),
    ],
)
def test_the_day_of_the_figure_a_count_moved_on_from_is_not_its_day(
    text: str, number: str, earlier_day: str
) -> None:
    """A count's day is not the day of the figure it moved on from ("84, up from 48 a week
    ago": a week ago dates the 48), so the count is as of its report."""
    (count,) = _claims(text, [number], {earlier_day: "2025-03-13"})
    assert count.as_of == "2025-03-20"
