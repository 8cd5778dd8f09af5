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
        # the report tells the name is ground: a town word, a mapped place, the next sentence
        ("M23 rebels captured Kamanyola, a town near the border, on Monday.", "M23", "Kamanyola"),
        (
            "The M23 captured Kamanyola on Monday. The town lies on the road to Uvira.",
            "M23",
            "Kamanyola",
        ),
        ("M23 fighters took control of Kamanyola on Monday.", "M23", "Kamanyola"),
        (
            "Rebels captured Kamanyola on Monday after days of fighting near Kamanyola.",
            "Unidentified Armed Group",
            "Kamanyola",
        ),
        (
            "Rebel fighters captured Kamanyola and Luvungi on Sunday.",
            "Unidentified Armed Group",
            "Kamanyola",
        ),
    ],
)
def test_an_armed_group_taking_a_lone_name_takes_ground(text: str, actor: str, place: str) -> None:
    (event,) = (e for e in events(text) if e.type != "armed_clash")
    assert (event.type, event.actor) == ("seize_territory", actor)
    assert event.place is not None and event.place.name == place
    assert event.place.lat is None  # named, not on the map


@pytest.mark.parametrize(
    "text",
    [
        "Police captured Kamara on Monday.",  # no armed group: an arrest or nothing
        "M23 rebels captured the Pentagon on Monday.",  # an article: no lone town name
        "Hamas captured Netanyahu on Monday.",  # a name the tagger gives a person
        # a surname or a company alone, with nothing telling it is ground
        "Gunmen seized Okafor as he left the mosque on Monday.",
        "ISWAP fighters captured Shettima on Monday.",
        "Al-Shabaab fighters seized Mbeki on Monday.",
        "Rebels captured Reuters on Monday.",
        "Armed men captured Facebook on Monday.",
        "M23 rebels captured Kamanyola on Monday.",  # nothing says it is a town
    ],
)
def test_a_lone_name_not_told_as_ground_is_no_ground(text: str) -> None:
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


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The offensive took two years.", {"attack"}),
        ("The assault took the lives of 12 people.", set()),
        ("The operation took place near Kamanyola on Monday.", set()),
        ("The raid seized weapons and cash on Monday.", {"attack", "other"}),
        ("The offensive seized the initiative on Monday.", {"attack"}),
    ],
)
def test_a_campaign_whose_object_is_no_ground_gains_none(text: str, kept: set[str]) -> None:
    """A campaign stands in for the armed side only: the object must still name ground, and the
    campaign stays an attack when no gain is read."""
    assert {e.type for e in events(text)} == kept


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The offensive retook the village of Robotyne on Monday.", "Robotyne"),
        ("The offensive retook Kamanyola on Monday.", "Kamanyola"),  # offensive/compound retook/NN
    ],
)
def test_a_campaign_that_retook_ground_is_one_act_the_gain(text: str, place: str) -> None:
    (event,) = events(text)
    assert event.type == "retake_territory"
    assert event.place is not None and event.place.name == place


def test_a_campaign_launched_is_still_an_attack() -> None:
    (event,) = events("Ukrainian troops launched a counteroffensive near Vasylivka on Monday.")
    assert (event.type, event.actor) == ("attack", "Ukraine")
