"""People seized are abducted by armed men and arrested by a state, never ground taken; freed
people are a release. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.actors import normalize_actor

PUBLISHED = "2025-03-14"


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.actor) for e in sitrep.extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality before the noun tells a person the word list lacks
        (
            "Gunmen seized a Portuguese tourist in southern Niger in January.",
            [("abduction", "Unidentified Armed Group")],
        ),
        (
            "Kidnappers seized two Dutch nationals in Zinder last week.",
            [("abduction", "Kidnappers")],
        ),
        ("A Canadian geologist was seized near Tillaberi on Tuesday.", [("abduction", None)]),
        (
            "Rebels captured three soldiers near the border on Friday.",
            [("abduction", "Unidentified Armed Group")],
        ),
        # a state's hand arrests
        ("Police seized two suspects in Lagos on Monday.", [("arrest", "Nigeria")]),
        # ground is still ground
        ("Troops seized the village of Dorvo on Monday.", [("seize_territory", None)]),
    ],
)
def test_people_seized_are_abducted_or_arrested(text: str, expected: list) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Authorities seized Russian assets worth $2 billion on Monday.",
        "The militants seized a Nigerian oil facility in the delta.",
    ],
)
def test_goods_and_ground_of_a_nation_are_no_people(text: str) -> None:
    assert not {"abduction", "arrest"} & {t for t, _ in kinds(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Two Portuguese engineers were freed on Friday.",
        "Two Portuguese engineers were released on Friday.",
    ],
)
def test_people_freed_are_a_release(text: str) -> None:
    assert [e.type for e in sitrep.extract(text, published=PUBLISHED).events] == ["other"]


def test_victims_taken_are_no_actor() -> None:
    """ "Two Dutch nurses kidnapped in Mopti ... were freed": the nurses were taken, not takers."""
    text = "Two Dutch nurses kidnapped in central Mali last year were freed on Friday."
    events = sitrep.extract(text, published=PUBLISHED).events
    abduction = next(e for e in events if e.type == "abduction")
    assert abduction.actor is None


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        (
            "British soldiers stationed in Estonia took part in the drill.",
            "deploy",
            "United Kingdom",
        ),
        ("Russian forces withdrawn from Kherson regrouped on the east bank.", "withdraw", "Russia"),
    ],
)
def test_forces_moved_are_their_own_sides(text: str, event_type: str, actor: str) -> None:
    """ "troops stationed in X": the participle's noun was moved by its own side, the actor."""
    events = sitrep.extract(text, published=PUBLISHED).events
    assert [e.actor for e in events if e.type == event_type] == [actor]


def test_a_claimed_act_takes_its_claimant() -> None:
    """ "The kidnapping was claimed by X": the claimant is the doer, as in "X claimed it"."""
    text = "The kidnapping of the priest was later claimed by Boko Haram."
    events = sitrep.extract(text, published=PUBLISHED).events
    assert [(e.type, e.actor) for e in events] == [("abduction", "Boko Haram")]


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "JNIM"),
        (
            "Katibat Ansar al-Hudud wal-Jihad KAHJ",
            "KAHJ",
        ),  # brackets dropped with a phrase's punctuation
        ("the ministry of health (MOH)", None),  # no proper name before the acronym
    ],
)
def test_an_unlisted_name_goes_by_its_acronym(phrase: str, actor: str | None) -> None:
    assert normalize_actor(phrase) == actor
