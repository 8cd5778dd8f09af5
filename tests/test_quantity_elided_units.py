"""A second figure that leaves its unit out takes the one the sentence named for its parallel:
"from 31 mpg overall to 34", "rose by 3 percent ... fell by 2", "ended at 2,511.40 points ...
to end at 1,822.10", "a day or two"; a figure told another way, in another sentence or counting something else
keeps none. Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The hybrid went from 31 mpg overall to 34 last year.", "34",
         "mile per gallon"),
        ("The Zurich index rose by 3 percent but the Oslo index fell by 2.", "2", "percent"),
        ("The main index ended at 2,511.40 points, while the broader index slipped to end at "
         "1,822.10.", "1,822.10", "point"),
        ("The coach hopes to sign another striker or two.", "two", "striker"),
        ("The talks may last a week or two.", "two", "week"),
        ("A guard or three deserted the post.", "three", "guard"),
        # unchanged
        ("The main index ended at 2,511.40 points. The broader index ended at 1,822.10.",
         "1,822.10", None),
        ("The index ended at 2,511.40 points, up by 8.", "8", None),  # a change after a level
        ("Rebels held 30 villages and fired at 4 checkpoints.", "4 checkpoints",
         "checkpoints"),
    ],
)  # fmt: skip
def test_elided_units(make_context, text: str, figure: str, unit: str | None) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = {q.text: q for q in extract_quantities(make_context(text))}
    assert found[figure].unit == unit
