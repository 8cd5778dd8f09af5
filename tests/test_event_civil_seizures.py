"""Gear seized is war materiel only when it is arms or said to be military: medical or computer
equipment seized is no disrupted weapons use. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"  # a Friday
DISRUPTED = "Disrupted weapons use"


def acleds(text: str) -> list[str | None]:
    return [e["acled"] for e in sitrep.extract(text, published=PUBLISHED).to_json()["events"]]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Customs officers seized medical equipment at the port of Varna.", []),
        ("Police seized computer equipment from an office in Burgas.", []),
        ("The rebels seized army hardware near Pleven.", [DISRUPTED]),
        ("Two tanks were captured by the insurgents near Lovech.", [DISRUPTED]),
        ("The militia captured an armoured vehicle near Pleven.", [DISRUPTED]),
    ],
)
def test_only_military_gear_is_materiel(text, expected):
    assert acleds(text) == expected
