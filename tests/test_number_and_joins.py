""" "and" joins number words only after a scale ("two hundred and fifty"): between two small
numbers it joins two counts, the ends of a range ("between six and eight weeks"), which were
summed to fourteen. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [("two hundred and fifty", 250.0), ("a hundred and twenty", 120.0),
     ("one thousand and one", 1001.0), ("six and eight", None), ("and five", None)],
)  # fmt: skip
def test_and_joins_only_after_a_scale(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("Between six and eight people were hurt in the blast.", 6, 8),
     ("Between three and five soldiers were captured.", 3, 5)],
)  # fmt: skip
def test_a_worded_range_is_not_a_sum(make_context, text: str, low: float, high: float) -> None:
    from sitrep.extract.quantities import extract_quantities

    (quantity,) = extract_quantities(make_context(text))
    assert (quantity.hedge, quantity.low, quantity.high) == ("range", low, high)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "values"),
    [("The hostages were held for between six and eight weeks.", ["P6W", "P8W"]),
     ("The talks lasted between two and three hours.", ["PT2H", "PT3H"]),
     ("The siege lasted two hundred and ten days.", ["P210D"])],
)  # fmt: skip
def test_a_worded_duration_range_keeps_both_ends(
    make_context, text: str, values: list[str]
) -> None:
    from sitrep.extract.times import extract_times

    found = extract_times(make_context(text, published=dt.date(2024, 5, 15)))
    assert [t.value for t in found] == values
