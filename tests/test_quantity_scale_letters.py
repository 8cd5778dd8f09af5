"""A bare "5m" or "300k": millions or thousands before a currency word or a counted population,
or after money told in millions; metres (or nothing) otherwise. Invented sentences."""

from __future__ import annotations

import math

import pytest

from sitrep.extract.quantity_scale_letters import letter_is_scale, money_told_before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("raised 7m pounds", True),
        ("a 4m-dollar contract", True),
        ("paid 200k rupees", True),
        ("uprooted 3m people", True),
        ("left 4m homeless", True),
        ("some 2m displaced residents", True),
        ("a 7m wall", False),
        ("ran 400m in", False),
        ("a 6m-long barge", False),
        ("stands 9m tall", False),
    ],
)
def test_letter_is_scale(text: str, expected: bool) -> None:
    end = next(i for i, c in enumerate(text) if c.isdigit()) + 1
    while text[end].isdigit():
        end += 1
    assert letter_is_scale(text, end + 1) is expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The fund lost €30m in 2023 and another 9m in 2024.", "EUR"),
        ("Aid fell by $15 million last year and 6m this year.", "USD"),
        ("The fund lost €30m. Another 9m crossed the border.", None),  # another sentence
        ("The fund lost €30m and built a 9m dam.", None),  # a noun of size follows
        ("The fund built a 9m dam.", None),  # no money before
        ("The €30m seawall rises 9m.", None),  # a height: nothing joins it to the money
        ("The striker cost €30m and ran 9m in a second.", None),
        ("Costs fell from €30m to 9m.", "EUR"),
        ("Grants went from €30m to about 9m this year.", "EUR"),
        ("The board spent €20m on roads and a further 9m on clinics.", "EUR"),
        # a measure, not more money: no direct partner, or a noun of what is measured follows
        ("The €4m scheme will lay 700m of pipe and 9m of cable.", None),
        ("The tug, bought for €40m, has a draught of 9m.", None),
        ("Losses hit €5m, and the lake rose more than 9m.", None),
        ("A €5m project deepened the canal from 4m to 9m.", None),
    ],
)
def test_money_told_before(text: str, code: str | None) -> None:
    start = text.index("9m" if "9m" in text else "6m")
    assert money_told_before(text, start, start + 2) == code


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The appeal raised 7m pounds for the quake survivors.", 7e6, "GBP"),
        ("The lender wrote off 1.5bn euros of loans.", 1.5e9, "EUR"),
        ("The city spent 60m dollars on the tunnel.", 6e7, "USD"),
        ("Growers were paid 450k rupees in all.", 4.5e5, "INR"),
        ("The rival firms signed a 4m-dollar deal.", 4e6, "USD"),
        ("The cyclone uprooted 3m people along the coast.", 3e6, "people"),
        ("Engineers built a 7m wall around the reactor.", 7, "metre"),
        ("The champion ran 400m in under a minute.", 400, "metre"),
        ("Fishermen used a 6m-long barge.", 6, "metre"),
        ("The monument is 9m tall.", 9, "metre"),
    ],
)
def test_scale_letter_amounts(make_context, text: str, value: float, unit: str) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = extract_quantities(make_context(text))
    assert len(found) == 1, found
    assert math.isclose(found[0].value or 0, value) and found[0].unit == unit


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spending was cut by $25m last year and by a further 11m this year.",
         [(25e6, "USD"), (11e6, "USD")]),
        ("The £6m scheme will lay 400m of pipe and 120m of cable.",
         [(6e6, "GBP"), (400, "metre"), (120, "metre")]),
        ("The dredger, bought for $30m, has a draught of 11m.", [(30e6, "USD"), (11, "metre")]),
    ],
)  # fmt: skip
def test_a_bare_figure_after_money_in_millions(make_context, text: str, expected: list) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = [(q.value, q.unit) for q in extract_quantities(make_context(text))]
    assert found == expected
