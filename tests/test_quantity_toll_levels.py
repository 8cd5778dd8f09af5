"""A figure a toll rose to, reached or came from is a count of that toll's casualty however far
its subject lies back ("the death toll from the storm that ... rose to 45", "the number of dead
climbed to 61"); a rising price or count of anything else is not. The level counts the people its
subject names ("the number of villagers ...": villagers), else people. Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "figure", "measure", "unit"),
    [
        ("The death toll from the storm that battered the southern coast of Chile in the early "
         "hours of Monday rose to 45.", "45", "killed", "people"),
        ("The number of dead from the landslide climbed to 61, officials said.", "61", "killed",
         "people"),
        ("The death toll from the mudslide that buried three hamlets in the hills of northern "
         "Peru reached 77 on Thursday.", "77", "killed", "people"),
        ("Officials said the number of people injured in the blasts had risen to 140.", "140",
         "injured", "people"),
        ("The toll from the ferry fire that broke out off the coast of Sulawesi on Sunday rose "
         "to 52 on Friday, up from 31 on Tuesday.", "31", "killed", "people"),
        # the parser hangs "forced" on "number"; "1.2 million" is a scale; the earlier level is
        # the figure of an "estimate"
        ("The number of villagers driven from their homes by floods along the river has climbed "
         "to about 1.4 million, up from an earlier estimate of 620,000, the agency said.",
         "about 1.4 million", "displaced", "villagers"),
        ("The number of villagers driven from their homes by floods along the river has climbed "
         "to about 1.4 million, up from an earlier estimate of 620,000, the agency said.",
         "620,000", "displaced", "villagers"),
        # unchanged: no toll rose
        ("Prices rose to 312 on Friday.", "312", "other", None),
        ("The number of applicants climbed to 95.", "95", "other", None),
        ("The toll rose to 40.", "40", "killed", "people"),
    ],
)  # fmt: skip
def test_toll_levels(make_context, text: str, figure: str, measure: str, unit: str | None) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = {q.text: q for q in extract_quantities(make_context(text))}
    assert (found[figure].measure, found[figure].unit) == (measure, unit)
