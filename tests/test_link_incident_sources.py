"""An incident lists its sources as its events name them (`sitrep.link.incident_sources`)."""

from __future__ import annotations

import pytest

from sitrep.link.incident_sources import incident_sources, shown_source


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Tarvia's Defense Ministry", "Tarvia's Defense Ministry"),  # not "Ministry"
        ("Velmar's General Staff", "Velmar's General Staff"),  # not "Staff"
        ("Spokesman Ivo Marek", "Ivo Marek"),  # a person's role words go
        ("Velmari officials", "Velmari officials"),
        ("the regional governor", "regional governor"),
        ("Police", "Police"),
        ("he", None),
        ("They", None),
    ],
)
def test_shown_source(name: str, shown: str | None) -> None:
    assert shown_source(name) == shown


def test_one_name_per_source_and_no_pronoun() -> None:
    names = ["Spokesman Ivo Marek", "Ivo Marek", "he", "Tarvia's Defense Ministry"]
    assert incident_sources(names) == ["Ivo Marek", "Tarvia's Defense Ministry"]


def test_one_entity_however_written_is_listed_once() -> None:
    """A real state, for the country of a demonym is read from the gazetteer's names."""
    names = [
        "Russia's Defense Ministry",
        "the Russian Defence Ministry",
        "Russian Defense Ministry",
        "the ministry",
        "Ministry",
        "Police",
        "the police",
    ]
    assert incident_sources(names) == ["Police", "Russia's Defense Ministry"]


def test_two_countries_ministries_stay_two_and_a_bare_one_joins_neither() -> None:
    names = ["Russia's Defense Ministry", "Ukraine's Defense Ministry", "the ministry"]
    listed = ["Russia's Defense Ministry", "Ukraine's Defense Ministry", "ministry"]
    assert incident_sources(names) == listed
