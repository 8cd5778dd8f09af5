"""A bare "5m" before a spaced unit of weight or volume is millions of that unit ("5m pounds of
rice", "2m litres of milk"); before money, or after a price verb, "5m pounds" stays sterling.
Invented sentences."""

from __future__ import annotations

import math

import pytest

from sitrep.extract.quantity_scale_letters import letter_is_scale


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("flew 6m pounds of flour", True),
        ("sold 3m litres of milk", True),
        ("stored 8m gallons of fuel", True),
        ("a 6m lb load", True),
        ("a 6m hull", False),
    ],
)
def test_letter_before_a_weight_is_scale(text: str, expected: bool) -> None:
    end = next(i for i, c in enumerate(text) if c.isdigit()) + 1
    assert letter_is_scale(text, end + 1) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The agency flew 6m pounds of flour to Juba.", 6e6, "pound"),
        ("The charity raised 6m pounds for the clinic.", 6e6, "GBP"),
        ("Donors pledged £6m to the appeal.", 6e6, "GBP"),
        ("The co-operative sold 3m litres of milk.", 3e6, "litre"),
        ("The port handled 4m tonnes of grain.", 4e6, "tonne"),
        ("The field pumped 2bn barrels of oil.", 2e9, "barrel"),
        ("The sea wall is 6m high.", 6, "metre"),
    ],
)
def test_weights_in_millions(make_context, text: str, value: float, unit: str) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = extract_quantities(make_context(text))
    assert len(found) == 1, found
    assert math.isclose(found[0].value or 0, value) and found[0].unit == unit
