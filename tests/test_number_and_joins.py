""" "and" joins number words only after a scale ("two hundred and fifty"): between two small
numbers it joins two counts, the ends of a range ("between six and eight weeks"), which were
summed to fourteen. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.numbers import NUMERAL, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [("two hundred and fifty", 250.0), ("a hundred and twenty", 120.0),
     ("one thousand and one", 1001.0), ("six and eight", None), ("and five", None),
     # a group no smaller than the scale before "and" starts another number
     ("one hundred and two hundred", None), ("one thousand and two thousand", None),
     ("two thousand and five hundred", 2500.0), ("two hundred and fifty thousand", 250000.0),
     ("a hundred and two thousand", 102000.0), ("one million and two hundred thousand", 1.2e6),
     ("a thousand million", 1e9)],
)  # fmt: skip
def test_and_joins_only_after_a_scale(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("between one hundred and two hundred", ["one hundred", "two hundred"]),
     ("from one thousand and five hundred thousand", ["one thousand", "five hundred thousand"]),
     ("Two Hundred And Twelve", ["Two Hundred And Twelve"]),
     ("two hundred and fifty thousand", ["two hundred and fifty thousand"])],
)  # fmt: skip
def test_and_joins_only_a_smaller_group(text: str, numbers: list[str]) -> None:
    assert [m.group() for m in NUMERAL.finditer(text)] == numbers


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("Between six and eight people were hurt in the blast.", 6, 8),
     ("Between three and five soldiers were captured.", 3, 5),
     ("Between one hundred and two hundred people were killed on Monday.", 100, 200)],
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
     ("The siege lasted two hundred and ten days.", ["P210D"]),
     ("The siege lasted between one hundred and two hundred days.", ["P100D", "P200D"])],
)  # fmt: skip
def test_a_worded_duration_range_keeps_both_ends(
    make_context, text: str, values: list[str]
) -> None:
    from sitrep.extract.times import extract_times

    found = extract_times(make_context(text, published=dt.date(2024, 5, 15)))
    assert [t.value for t in found] == values


@pytest.mark.model
def test_a_worded_range_toll_counts_its_lower_end() -> None:
    import sitrep

    (event,) = sitrep.extract(
        "Between one hundred and two hundred people were killed on Monday.", published="2025-03-12"
    ).events
    assert event.killed == 100
