"""Cutting a cable, a pipeline or a power line is sabotage: an attack on property (ACLED
"Looting/property destruction", PLOVER COERCE), while "cut taxes" and "severed ties" stay what
they were. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-02-11"


def attacks(text: str) -> list[sitrep.Event]:
    events = sitrep.extract(text, published=PUBLISHED).events
    return [event for event in events if event.type == "attack"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Houthi rebels severed an undersea cable in the Gulf of Aden on Monday.", "Houthis"),
        ("Militants sabotaged a gas pipeline near Mosul on Monday.", "Unidentified Armed Group"),
        ("Insurgents cut power lines near Kandahar on Monday.", "Unidentified Armed Group"),
        ("Militants cut a gas pipeline network near Mosul on Monday.", "Unidentified Armed Group"),
        (
            "Militants cut the cable of a cable car near Mosul on Monday.",
            "Unidentified Armed Group",
        ),
        # a cable word before a head it is known not to name is still the cable
        (
            "Militants cut undersea cable infrastructure near Mosul on Monday.",
            "Unidentified Armed Group",
        ),
        (
            "Militants cut pipeline equipment near Mosul on Monday.",
            "Unidentified Armed Group",
        ),
    ],
)
def test_a_cut_cable_or_pipeline_is_sabotage(text: str, actor: str) -> None:
    found = attacks(text)
    assert [(e.actor, e.acled, e.plover) for e in found] == [
        (actor, "Looting/property destruction", "COERCE")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The finance ministry cut taxes on fuel on Monday.",
        "Ruritania severed diplomatic ties with Molvania on Monday.",
        "A cargo ship dragged its anchor along the seabed, cutting a gas pipeline on Monday.",
        "A storm cut power lines across the province on Monday.",
        "Floodwaters cut power lines across the province on Monday.",
        "The band cut three tracks from its new record on Monday.",
        "The utility cut power lines to the village on Monday to let crews repair them.",
        "Engineers severed the old cable near the port on Monday.",
        "The minority party sabotaged the budget talks on Monday.",
        "Investigators ruled out sabotage after the outage on Monday.",
        "Officials ruled out sabotage of the cable after the outage on Monday.",
        "Ruritania accused Molvania of sabotage of the pipeline on Monday.",
        "The ski resort cut its cable car service for the summer on Monday.",
        "Vandals sabotaged the cable car above the lake on Monday.",
        "The broadcaster cut its cable news channel on Monday.",
    ],
)
def test_cuts_to_no_infrastructure_are_no_attack(text: str) -> None:
    assert not attacks(text)


def test_warplanes_after_unnamed_rebels_are_not_theirs() -> None:
    text = "Rebels shelled the port on Sunday. Warplanes struck rebel targets near the capital."
    assert [e.actor for e in attacks(text)] == ["Unidentified Armed Group", None]


@pytest.mark.parametrize(
    ("text", "acled"),
    [
        (
            "Gunmen shot dead three guards at the dam on Monday in what police called sabotage.",
            "Attack",
        ),
        (
            "Rebels shelled the port on Monday, the army said, denying any sabotage.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_the_word_sabotage_beside_an_attack_adds_no_event_and_no_subtype(
    text: str, acled: str
) -> None:
    assert [e.acled for e in attacks(text)] == [acled]


@pytest.mark.parametrize(
    "text",
    [
        "Saboteurs carried out the sabotage of a rail line near Mosul on Monday.",
        "Militants sabotaged the railway tracks near Mosul on Monday.",
    ],
)
def test_sabotage_of_infrastructure_is_property_destruction(text: str) -> None:
    assert [e.acled for e in attacks(text)] == ["Looting/property destruction"]
