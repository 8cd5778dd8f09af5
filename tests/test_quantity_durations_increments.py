"""A duration after "toll" is no count of the dead ("the toll from four days of raids"); "N more
X", "another N" and "N additional X" in a sentence that tells a tally are what was added to it, a
change up, and a count of their own elsewhere; a gapped "and imports by 2" takes the unit of the
"by" figure before it. Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "figure", "measure", "change"),
    [
        ("The toll from four days of raids stood at 31 dead.", "four days", "other", None),
        ("The toll after six weeks of siege reached 70, officials said.", "six weeks", "other",
         None),
        ("The toll rose to 44 after three more bodies were found.", "three more bodies",
         "killed", "up"),
        ("Another 9 villagers were killed on Sunday, bringing the toll to 30.", "9 villagers",
         "killed", "up"),
        ("The tally reached 80 after 300 additional troops arrived.", "300 additional troops",
         "troops", "up"),
        # unchanged: the toll itself, a bare "more", and "more than"
        ("The toll from four days of raids stood at 31 dead.", "31", "killed", None),
        ("Floods killed 5 people and 8 more were missing.", "8", "missing", None),
        ("The grid needs another 2.6 gigawatts of wind.", "2.6 gigawatts", "other", None),
        ("Four guards died. Another 7 guards were wounded.", "7 guards", "injured", None),
        ("The toll stood at 25 people, more than last week.", "25 people", "killed", None),
    ],
)  # fmt: skip
def test_durations_and_increments(
    make_context, text: str, figure: str, measure: str, change: str | None
) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = {q.text: q for q in extract_quantities(make_context(text))}
    assert (found[figure].measure, found[figure].change) == (measure, change)


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Coffee sales rose by 6 percent and tea sales by 2 in June.", "2", "percent"),
        # unchanged: a change after a level told by another preposition
        ("The index closed at 3,400 points, up by 12.", "12", None),
    ],
)  # fmt: skip
def test_gapped_change_takes_the_unit(make_context, text: str, figure: str, unit: str) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = {q.text: q for q in extract_quantities(make_context(text))}
    assert found[figure].unit == unit
