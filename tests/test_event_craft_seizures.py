"""Ships, buses and planes seized or hijacked are no territory taken: an abduction when people are
named aboard, otherwise a coercive seizure (other/COERCE). Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"  # a Friday


def events_of(text: str) -> list[tuple[str, str | None, str]]:
    found = sitrep.extract(text, published=PUBLISHED).events
    return [(e.type, e.plover, e.modality) for e in found]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # people aboard: an abduction, whatever town the bus was near
            "Bandits seized a minibus carrying 17 pilgrims near Segou on Wednesday.",
            ("abduction", "ASSAULT", "happened"),
        ),
        (
            "Gunmen hijacked a truck carrying nine workers near Mopti.",
            ("abduction", "ASSAULT", "happened"),
        ),
        (  # a vessel alone: property seized
            "Pirates seized a Cypriot-flagged bulk carrier off the coast of Oman on Tuesday.",
            ("other", "COERCE", "happened"),
        ),
        (
            "The Eritrean navy seized three foreign trawlers in the Gulf of Aden.",
            ("other", "COERCE", "happened"),
        ),
        (  # a named craft needs no craft noun
            "Militants hijacked the Coral Dawn on Tuesday.",
            ("other", "COERCE", "happened"),
        ),
    ],
)
def test_a_craft_taken_is_no_ground_taken(text: str, expected: tuple[str, str, str]) -> None:
    assert events_of(text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # unchanged: ground is still ground
            "Rebels seized the town of Walikale on Tuesday.",
            [("seize_territory", "FIGHT", "happened")],
        ),
        ("Rebels seized Kisangani on Tuesday.", [("seize_territory", "FIGHT", "happened")]),
        (  # a place in a phrase about the goods names where they went, not what was taken
            "Police seized a consignment of heroin bound for Mombasa.",
            [],
        ),
        ("The opposition hijacked the debate on the budget.", []),  # figurative
    ],
)
def test_seizures_that_stay_as_they_were(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert events_of(text) == expected


@pytest.mark.model
def test_a_flag_of_several_words_is_no_place_of_the_seizure() -> None:
    """ "a Cook Islands-flagged tanker ... in the Red Sea": the flag is the ship's, not where
    it was taken."""
    text = "Naval forces seized a Cook Islands-flagged tanker in the Red Sea on Thursday."
    (event,) = sitrep.extract(text, published=PUBLISHED).events
    assert event.place is not None and event.place.name == "Red Sea"
