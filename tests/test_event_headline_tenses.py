"""A headline's present tense tells a done deed; its "to" + verb a deed to come. Sentences are
invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-18"  # a Tuesday
BODY = "\nAir defences were active over the capital, officials said."


def first_attack(text: str) -> sitrep.Event:
    events = sitrep.extract(text, published=PUBLISHED).events
    return next(e for e in events if e.type == "attack")


@pytest.mark.parametrize(
    ("headline", "modality"),
    [
        ("Molvania attacks Ostrava with drones on Sunday night", "happened"),
        ("Molvania launches drones at Ostrava on Sunday night", "happened"),
        ("Molvania to attack Ostrava with drones, officials warn", "expected"),
        ("Molvania will attack Ostrava, officials warn", "expected"),
    ],
)
def test_a_headlines_tense_tells_done_from_to_come(headline: str, modality: str) -> None:
    assert first_attack(headline + BODY).modality == modality


def test_a_present_tense_in_the_body_dated_ahead_is_still_to_come() -> None:
    text = "The talks opened on Monday. Rebels attack the town on Sunday, the army warned."
    events = sitrep.extract(text, published=PUBLISHED).events
    assert [e.modality for e in events if e.type == "attack"] in ([], ["expected"])


@pytest.mark.parametrize(
    ("body", "modality", "date"),
    [
        ("Officials said the launch was planned for the weekend.", "expected", "2025-02-16"),
        ("Officials said the missiles would be fired at dawn.", "expected", "2025-02-16"),
        ("Ruritania fired the missiles before dawn, officials said.", "happened", "2025-02-09"),
    ],
)
def test_the_body_tells_whether_a_headlines_launch_is_done(
    body: str, modality: str, date: str
) -> None:
    headline = "Ruritania launches missiles at Ostrava on Sunday\n\n"
    events = sitrep.extract(headline + body, published="2025-02-14").events  # a Friday
    event = next(e for e in events if e.trigger == "launches")
    assert (event.modality, event.date) == (modality, date)
