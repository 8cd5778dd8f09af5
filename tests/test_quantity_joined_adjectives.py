"""A number counts the noun after adjectives joined by "and" ("20 civilian and military
personnel"), as it does after a single adjective; a noun joined by "and" to the counted one is
no part of it. Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The studio sold 2.1M local and foreign tickets.", "2.1M local and foreign tickets",
         "tickets"),
        ("The blast wounded 17 civilian and military staff.",
         "17 civilian and military staff", "staff"),
        # unchanged
        ("The army lost 300 tanks and armoured vehicles.", "300 tanks", "tanks"),
        ("The firm hired 40 new and 20 old workers.", "40", None),
    ],
)  # fmt: skip
def test_joined_adjectives(make_context, text: str, figure: str, unit: str | None) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = {q.text: q.unit for q in extract_quantities(make_context(text))}
    assert found[figure] == unit
