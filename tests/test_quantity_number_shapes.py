"""Number shapes read around a numeral: a fraction of a scale ("half a million"), the Indian
lakh and crore and a spaced "mn" or "bn", a vulgar fraction glued to the digits ("2½"), currency
signs beyond the dollar, pound, euro and yen, a plus ("50-plus"), two number words joined by
"and" ("between two and four") and a half joined by "and" ("two and a half hours"). Invented
sentences."""

from __future__ import annotations

import math

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("The mill hired half a million workers.", "half a million workers", 5e5, "workers"),
        ("A quarter of a million people fled the delta.", "A quarter of a million people",
         2.5e5, "people"),
        ("Three-quarters of a billion euros went to roads.", "Three-quarters of a billion euros",
         7.5e8, "EUR"),
        ("The state spent ₹700 crore on the canal.", "₹700 crore", 7e9, "INR"),
        ("The council set aside Rs 30 lakh for repairs.", "Rs 30 lakh", 3e6, "INR"),
        ("The board approved 120 Crore rupees for the port.", "120 Crore rupees", 1.2e9, "INR"),
        ("The mine shipped 6 mn tonnes of ore.", "6 mn tonnes", 6e6, "tonne"),
        ("The farm lost 3½ tonnes of maize.", "3½ tonnes", 3.5, "tonne"),
        ("The ministry spent ₦4 billion on roads.", "₦4 billion", 4e9, "NGN"),
        ("The ferry fare rose to ₱250.", "₱250", 250, "PHP"),
        ("Gunmen burned half a dozen trucks.", "half a dozen trucks", 6, "trucks"),
        # unchanged: a scale with no fraction
        ("A million people marched.", "A million people", 1e6, "people"),
    ],
)  # fmt: skip
def test_number_shapes(make_context, text: str, figure: str, value: float, unit: str) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = {q.text: q for q in extract_quantities(make_context(text))}
    assert math.isclose(found[figure].value or 0.0, value)
    assert found[figure].unit == unit


@pytest.mark.parametrize(
    ("text", "figure", "bounds"),
    [
        ("Between forty and fifty fighters died.", "Between forty and fifty fighters", (40, 50)),
        ("The vigil lasted between two and four hours.", "between two and four hours", (2, 4)),
        # unchanged: a scale before "and" joins one number
        ("Police held three hundred and twelve people.", "three hundred and twelve people",
         (312, 312)),
    ],
)  # fmt: skip
def test_number_words_joined_by_and(
    make_context, text: str, figure: str, bounds: tuple[float, float]
) -> None:
    from sitrep.extract.quantities import extract_quantities

    q = {q.text: q for q in extract_quantities(make_context(text))}[figure]
    assert ((q.low, q.high) if q.value is None else (q.value, q.value)) == bounds


@pytest.mark.parametrize(
    ("text", "figure", "hedge", "unit"),
    [
        ("The shelling killed 60-plus villagers.", "60-plus villagers", "lower_bound",
         "villagers"),
        ("The rally drew 200+ people.", "200+ people", "lower_bound", "people"),
        ("The toll stood just shy of 90 on Friday.", "just shy of 90", "upper_bound", "people"),
        # unchanged
        ("The rally drew 200 people.", "200 people", "exact", "people"),
    ],
)  # fmt: skip
def test_plus_and_shy_of(make_context, text: str, figure: str, hedge: str, unit: str) -> None:
    from sitrep.extract.quantities import extract_quantities

    q = {q.text: q for q in extract_quantities(make_context(text))}[figure]
    assert (q.hedge, q.unit) == (hedge, unit)


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("The siege lasted two and a half hours.", "two and a half hours", 2.5, "hour"),
        ("One and a half million people fled the floods.", "One and a half million people",
         1.5e6, "people"),
        ("He spent three and a half years in jail.", "three and a half years", 3.5, "year"),
        ("A million and a half voters stayed home.", "A million and a half voters", 1.5e6,
         "voters"),
        ("The fund lost $2 and a half billion.", "$2 and a half billion", 2.5e9, "USD"),
        ("The convoy drove 4 and a half miles.", "4 and a half miles", 4.5, "mile"),
    ],
)  # fmt: skip
def test_and_a_half_is_one_amount(
    make_context, text: str, figure: str, value: float, unit: str
) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = extract_quantities(make_context(text))
    assert [q.text for q in found] == [figure]  # no separate count and no separate half
    assert math.isclose(found[0].value or 0.0, value)
    assert found[0].unit == unit


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        # a half that is no part of a number before it stays a fraction of its own
        ("Bread and a half loaf were all they had.", "a half loaf", 0.5),
        ("Half of them left the town.", "Half", 0.5),
    ],
)
def test_half_without_a_number_before(make_context, text: str, figure: str, value: float) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = {q.text: q for q in extract_quantities(make_context(text))}
    assert math.isclose(found[figure].value or 0.0, value)


@pytest.mark.parametrize(
    "text",
    ["A day and a half later, the road reopened.", "The march lasted an hour and a half."],
)
def test_a_unit_and_a_half_leaves_no_separate_half(make_context, text: str) -> None:
    from sitrep.extract.quantities import extract_quantities

    assert all(q.value != 0.5 for q in extract_quantities(make_context(text)))


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Between one and a half and two million people fled.", (1.5e6, 2e6)),
        ("Between one and two million people fled.", (1e6, 2e6)),
        ("Between two and three hundred homes burned.", (200, 300)),
        # unchanged: a first end larger than the second's count keeps its own value
        ("Between 500,000 and a million people marched.", (5e5, 1e6)),
        ("Between fifty and two hundred people marched.", (50, 200)),
    ],
)
def test_spelt_out_range_carries_the_scale(
    make_context, text: str, bounds: tuple[float, float]
) -> None:
    from sitrep.extract.quantities import extract_quantities

    (q,) = extract_quantities(make_context(text))
    assert (q.low, q.high) == bounds
