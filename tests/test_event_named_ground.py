"""Gains of ground told by a name the gazetteer lacks, by a campaign as the subject, or with a past
verb the tagger read as a noun (`event_named_ground`, `event_verb_tags`). Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"


def events(text: str) -> list[sitrep.Event]:
    return list(sitrep.extract(text, published=PUBLISHED).events)


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("M23 rebels captured Kamanyola on Monday.", "M23", "Kamanyola"),
        ("The M23 captured Kamanyola on Monday.", "M23", "Kamanyola"),
        ("M23 fighters took control of Kamanyola on Monday.", "M23", "Kamanyola"),
        ("Rebels captured Kamanyola on Monday.", "Unidentified Armed Group", "Kamanyola"),
        (
            "Rebel fighters captured Kamanyola and Luvungi on Sunday.",
            "Unidentified Armed Group",
            "Kamanyola",
        ),
    ],
)
def test_an_armed_group_taking_a_lone_name_takes_ground(text: str, actor: str, place: str) -> None:
    (event,) = events(text)
    assert (event.type, event.actor) == ("seize_territory", actor)
    assert event.place is not None and event.place.name == place
    assert event.place.lat is None  # named, not on the map


@pytest.mark.parametrize(
    "text",
    [
        "Police captured Kamara on Monday.",  # no armed group: an arrest or nothing
        "M23 rebels captured the Pentagon on Monday.",  # an article: no lone town name
        "Hamas captured Netanyahu on Monday.",  # a name the tagger gives a person
    ],
)
def test_a_lone_name_taken_by_others_is_no_ground(text: str) -> None:
    assert not any(e.type == "seize_territory" for e in events(text))


def test_a_person_named_in_full_is_still_abducted() -> None:
    (event,) = events("Rebels captured John Mbeki on Monday.")
    assert event.type == "abduction"


@pytest.mark.parametrize(
    ("text", "kind", "actor", "place"),
    [
        ("A Russian assault captured Avdiivka in February.", "seize_territory", "Russia", "Avd"),
        ("An Israeli offensive seized Rafah in May.", "seize_territory", "Israel", "Rafa"),
        ("A government offensive recaptured Kidal in November.", "retake_territory", None, "Kidal"),
        # "retook" tagged a noun, with a subject and an object of its own
        (
            "The army's offensive retook the town of Palmyra in March.",
            "retake_territory",
            None,
            "P",
        ),
    ],
)
def test_a_campaign_as_subject_tells_one_act_the_gain(
    text: str, kind: str, actor: str | None, place: str
) -> None:
    (event,) = events(text)
    assert (event.type, event.actor) == (kind, actor)
    assert event.place is not None and (event.place.name or "").startswith(place)


def test_a_campaign_launched_is_still_an_attack() -> None:
    (event,) = events("Ukrainian troops launched a counteroffensive near Vasylivka on Monday.")
    assert (event.type, event.actor) == ("attack", "Ukraine")
