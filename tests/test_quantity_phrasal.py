"""A change word that belongs to another verb is no change: "shot down 94 drones", "rounded up
40 protesters", "lost 12 soldiers" (`quantity_phrasal`); a level's move still is."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Gunners shot down 37 missiles over the bay.", None),
        ("Officers rounded up 52 strikers at the gate.", None),
        ("Fishermen picked up 18 castaways near the reef.", None),
        ("The militia brought down three jets.", None),
        ("Engineers set up 14 checkpoints on the highway.", None),
        ("The regiment had lost 26 soldiers by the spring.", None),
        ("The club lost 4% of its members.", "down"),
        ("The bond went up 30 cents.", "up"),
        ("Copper ended down 2% in Lima.", "down"),
        ("Exports fell 9% in the quarter.", "down"),
    ],
)
def test_change_only_for_a_moving_level(make_context, text: str, change: str | None) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = extract_quantities(make_context(text))
    assert [q.change for q in found] == [change]
