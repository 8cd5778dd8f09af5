"""An act only taken for what it seemed ("thought it was a bombing") is no event; an act said to
be one still is. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"


def types(text: str) -> list[str]:
    return [e.type for e in sitrep.extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "text",
    [
        '"Everyone thought it was a bombing," said a bus driver.',
        "Shopkeepers assumed it was an air strike until the gas main was found.",
        "Neighbours said it sounded like a shelling.",
    ],
)
def test_an_impression_is_no_event(text: str) -> None:
    assert "attack" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said it was a bombing by the rebels.",
        "Police said the blast at the depot was a bombing.",
    ],
)
def test_an_act_said_to_be_one_stays(text: str) -> None:
    assert "attack" in types(text)
