"""The whole pipeline on short war reports: the facts an analyst takes from each one.

The reports (tests/data/war_reports) were written for these tests in wire style: datelines,
headlines without a full stop, tolls told a sentence after the attack, bodies that report their
own acts ("said it had recaptured"), acronyms, running totals. Each expectation names one event
by type and a word of its text and checks only the fields a reader would be sure of.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

REPORTS = Path(__file__).parent / "data" / "war_reports"


@pytest.fixture(scope="module")
def reports():
    import sitrep

    found = {}
    for path in sorted(REPORTS.glob("*.txt")):
        published = path.stem[-10:]
        found[path.stem[:-11]] = sitrep.extract(
            path.read_text(encoding="utf-8"), published=published
        )
    return found


def _event(result, event_type, word):
    for event in result.events:
        if event.type == event_type and word in result.article.text[event.start : event.end]:
            return event
    raise AssertionError(f"no {event_type} event with {word!r}")


@pytest.mark.parametrize(
    ("report", "event_type", "word", "expected"),
    [
        (
            "kharkiv-drones",
            "attack",
            "launched",
            {
                "actor": "Russia",
                "target": "Ukraine",
                "killed": 7,
                "killed_hedge": "lower_bound",
                "injured": 20,
            },
        ),
        ("kharkiv-drones", "seize_territory", "Vyshneve", {"actor": "Russia"}),
        ("kharkiv-drones", "aid", "loan", {"actor": "European Union", "target": "Ukraine"}),
        (
            "gaza-strikes",
            "attack",
            "airstrikes",
            {"actor": "Israel", "killed": 32, "killed_hedge": "lower_bound"},
        ),
        ("gaza-strikes", "attack", "struck", {"actor": "Israel", "killed": None}),
        ("gaza-strikes", "armed_clash", "fighting", {"killed": 2}),
        ("gaza-strikes", "attack", "ambushed", {"actor": "Hamas", "target": "Israel"}),
        ("gaza-strikes", "aid", "aid", {"actor": "United States"}),
        (
            "wad-madani",
            "retake_territory",
            "recaptured",
            {"actor": "Sudan", "target": "Rapid Support Forces"},
        ),
        ("wad-madani", "attack", "attack", {"actor": "Rapid Support Forces", "killed": 124}),
        ("wad-madani", "protest", "rallied", {"date": "2025-01-10"}),
        ("red-sea", "attack", "fired", {"actor": "Houthis", "date": "2024-01-15"}),
        ("red-sea", "attack", "warplanes", {"actor": "United States", "target": "Houthis"}),
        ("sagaing", "attack", "airstrike", {"actor": "Myanmar", "killed": 40}),
        ("tbilisi", "protest", "rallied", {"date": "2024-11-30"}),
        ("tbilisi", "arrest", "arrested", {"date": "2024-12-01"}),
        ("lebanon-ceasefire", "attack", "pounded", {"actor": "Israel", "killed": 10}),
        (
            "lebanon-ceasefire",
            "attack",
            "rockets",
            {"actor": "Hezbollah", "killed": None, "date": "2024-11-24"},
        ),
        ("lebanon-ceasefire", "agreement", "between", {"date": "2024-11-27"}),
        ("vyshneve", "seize_territory", "captured", {"actor": "Russia"}),
    ],
)
def test_event_facts(reports, report, event_type, word, expected):
    event = _event(reports[report], event_type, word)
    found = {key: getattr(event, key) for key in expected}
    assert found == expected


@pytest.mark.parametrize(
    ("report", "event_type", "word", "place"),
    [
        ("kharkiv-drones", "attack", "hit", "Kharkiv"),
        ("gaza-strikes", "armed_clash", "fighting", "Rafaḩ"),
        ("wad-madani", "retake_territory", "recaptured", "Wad Medani"),
        ("sagaing", "attack", "airstrike", "Sagaing"),
        ("lebanon-ceasefire", "attack", "pounded", "Beirut"),
    ],
)
def test_event_places(reports, report, event_type, word, place):
    event = _event(reports[report], event_type, word)
    assert event.place is not None and event.place.name == place


def test_datelines_are_locations_never_actors(reports):
    for name, result in reports.items():
        dateline = result.article.text.split("\n\n")[1].split(" ")[0].rstrip(",")
        for found in result.places:
            if found.start == result.article.text.index(dateline):
                assert found.role == "location", name


@pytest.mark.parametrize(
    ("report", "unwanted"),
    [
        ("red-sea", "to avoid the attacks"),  # averted, not an attack
        ("lebanon-ceasefire", "before the truce"),  # a time clause, not an agreement
    ],
)
def test_no_event_from_words_that_only_frame_the_news(reports, report, unwanted):
    result = reports[report]
    at = result.article.text.index(unwanted)
    assert not [e for e in result.events if at <= e.start < at + len(unwanted)]
