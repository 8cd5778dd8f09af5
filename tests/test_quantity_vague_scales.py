"""Vague amounts keep their lower end, as NewsQuant reads them ("thousands" is 1000 to 10000):
a plural scale word is at least one of its scale ("tens of thousands": 10000), and a scale
counted by a vague word ("several hundred", "a few thousand") at least two of it, where before
the scale word alone was dropped as no number. Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "phrase", "low", "unit"),
    [
        ("Tens of thousands of villagers fled the shelling.", "Tens of thousands of villagers", 10000, "villagers"),
        ("Hundreds of thousands of refugees crossed the river.", "Hundreds of thousands of refugees", 100000, "refugees"),
        ("Dozens of fishermen were missing after the storm.", "Dozens of fishermen", 12, "fishermen"),
        ("Scores of students marched to the ministry.", "Scores of students", 20, "students"),
        ("Several hundred fighters entered the town at dawn.", "Several hundred fighters", 200, "fighters"),
        ("A few thousand troops remain near the border.", "A few thousand troops", 2000, "troops"),
        ("Police detained several dozen protesters.", "several dozen protesters", 24, "protesters"),
        ("The storm damaged many hundreds of homes.", "many hundreds of homes", 200, "homes"),
        # a chain of scales multiplies, and the vague amount replaces the numeral inside it
        ("Several hundred thousand people fled the city on Monday.", "Several hundred thousand people", 200000, "people"),
        ("A few million dollars were stolen on Monday.", "A few million dollars", 2000000, "USD"),
        ("Many thousand million dollars were lost.", "Many thousand million dollars", 2e9, "USD"),
    ],
)  # fmt: skip
def test_vague_amounts_keep_their_lower_end(
    make_context, text: str, phrase: str, low: float, unit: str
) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = {q.text: q for q in extract_quantities(make_context(text))}
    quantity = found[phrase]
    assert (quantity.hedge, quantity.low, quantity.value, quantity.unit) == (
        "vague",
        low,
        None,
        unit,
    )


def test_a_lone_scale_word_is_still_no_count(make_context) -> None:
    """ "by the hundred" names no amount of its own."""
    from sitrep.extract.quantities import extract_quantities

    found = extract_quantities(make_context("Leaflets were printed by the hundred."))
    assert found == []
