"""A number counts the noun after adjectives joined by "and" ("20 civilian and military
personnel"), as it does after a single adjective, and after peoples' or makers' names joined the
same way ("14 Afghan and Pakistani workers", "40 Toyota and Nissan trucks"); a noun joined by
"and" to the counted one is no part of it. Invented sentences."""

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
        ("Police said 14 Afghan and Pakistani workers died.", "14 Afghan and Pakistani workers",
         "workers"),
        ("They freed 12 Indian and Nepali sailors.", "12 Indian and Nepali sailors", "sailors"),
        ("Officials counted 40 Toyota and Nissan trucks at the border.",
         "40 Toyota and Nissan trucks", "trucks"),
        ("Mechanics fixed dozens of Toyota and Honda cars.", "dozens of Toyota and Honda cars",
         "cars"),
        # unchanged
        ("Two Sri Lankans and one Nepali died.", "Two Sri Lankans", "Sri Lankans"),
        ("The army lost 300 tanks and armoured vehicles.", "300 tanks", "tanks"),
        ("The firm hired 40 new and 20 old workers.", "40", None),
    ],
)  # fmt: skip
def test_joined_adjectives(make_context, text: str, figure: str, unit: str | None) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = {q.text: q.unit for q in extract_quantities(make_context(text))}
    assert found[figure] == unit
