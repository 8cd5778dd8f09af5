"""A guard with a state's title is a state force; other guards may still be armed groups."""

from __future__ import annotations

import pytest

from sitrep.extract.actor_state_guards import names_state_guard
from sitrep.extract.actors import is_non_state
from sitrep.extract.event_territory_sides import actor_side


@pytest.mark.parametrize(
    "name", ["National Guard", "Republican Guard", "Revolutionary Guards", "Coast Guard"]
)
def test_a_titled_guard_is_a_state_force(name: str) -> None:
    assert names_state_guard(name.split())
    assert not is_non_state(name)
    assert actor_side(f"the {name}") == "state"


@pytest.mark.parametrize("name", ["Valley Plains Guard", "Rapid Support Forces", "Northern Front"])
def test_an_armed_groups_own_name_stays_non_state(name: str) -> None:
    assert not names_state_guard(name.split())
    assert is_non_state(name)
