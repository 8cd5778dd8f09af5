"""Counts of people captured read as counts of the detained, under the people's own noun; people
handed over in a swap are let go, not casualties. Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "figure", "reading"),
    [
        # a level of "the number of <captives>" counts the captives
        ("He said the number of Russian soldiers taken prisoner had risen to 64.", "64",
         ("soldiers", "detained")),
        ("Officials said the number of prisoners stood at more than 50.", "more than 50",
         ("prisoners", "detained")),
        ("The number of soldiers captured in the operation reached 18.", "18",
         ("soldiers", "detained")),
        # "prisoner" is what they were taken as, not part of their name
        ("The ministry said its units had taken 90 Ukrainian servicemen prisoner.",
         "90 Ukrainian servicemen", ("servicemen", "detained")),
        ("The army took 40 insurgents prisoner after the battle.", "40 insurgents",
         ("insurgents", "detained")),
        # seized people are captives, not a force in the field
        ("Gunmen seized two soldiers near the border on Friday.", "two soldiers",
         ("soldiers", "detained")),
        # handed over or exchanged: let go, whatever their wounds
        ("A further 14 seriously wounded soldiers had also been handed over.",
         "14 seriously wounded soldiers", ("soldiers", "other")),
        ("The two sides exchanged 95 prisoners on Friday.", "95 prisoners",
         ("prisoners", "other")),
        # a release still to come leaves them held
        ("Officials said the 30 captured soldiers could be exchanged next week.",
         "30 captured soldiers", ("soldiers", "detained")),
        ("The rebels agreed to free 12 hostages.", "12 hostages", ("hostages", "detained")),
        # unchanged
        ("The number of people killed in the shelling had risen to 23.", "23",
         ("people", "killed")),
        ("The army deployed 90 soldiers on Friday.", "90 soldiers", ("soldiers", "troops")),
        ("Doctors said 12 wounded soldiers were handed bandages.", "12 wounded soldiers",
         ("soldiers", "injured")),
    ],
)  # fmt: skip
def test_captive_counts(make_context, text: str, figure: str, reading: tuple[str, str]) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = {q.text: (q.unit, q.measure) for q in extract_quantities(make_context(text))}
    assert found.get(figure) == reading
