"""A plight foretold is neither a threat nor a promise. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-04-07"


def plovers(text: str) -> list[str | None]:
    return [e.plover for e in sitrep.extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "text",
    [
        "The agency warned that it would run out of food for the camps within two weeks.",
        "The agency warned that it would run out of food unless it received more money.",
        "The charity said its clinics will face closure next month.",
    ],
)
def test_a_plight_foretold_is_no_threat_or_promise(text: str) -> None:
    assert not {"THREATEN", "AGREE"} & set(plovers(text))


@pytest.mark.parametrize(
    "text",
    [
        "The militia warned that it would shell the airport unless the army withdrew.",
        "The junta warned that its troops are ready to strike rebel camps.",
    ],
)
def test_an_act_of_will_foretold_still_threatens_or_promises(text: str) -> None:
    assert {"THREATEN", "AGREE"} & set(plovers(text))
