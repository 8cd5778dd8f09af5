"""A river, a lake or a valley an attack fell on says where, never whom: it is no target.
Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2026-03-02"


def _first_target(text: str) -> str | None:
    return sitrep.extract(text, published=PUBLISHED).events[0].target


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russian artillery pounded the town of Vovchansk on the Vovcha River on Sunday.",
        "Russian drones struck the port of Izmail on the Danube River on Sunday.",
    ],
)
def test_a_named_river_is_no_target(text: str) -> None:
    target = _first_target(text)
    assert target is None or "River" not in target


@pytest.mark.model
def test_a_named_group_is_still_a_target() -> None:
    assert _first_target("Troops attacked Hezbollah positions on Sunday.") == "Hezbollah"
