"""A deadline dates the act asked or promised, not the urging or the promise made before it."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"


def _dates(text: str) -> dict[str, str | None]:
    return {e.trigger: e.date for e in sitrep.extract(text, published=PUBLISHED).events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # the deadline belongs to the act asked for: the statement is not dated by it
        ("Ottawa urged both sides to open the border crossing by the end of April.", "urged", None),
        ("The mayor promised to reopen the bridge by year-end.", "promised", None),
        ("The envoy urged the militia to free the hostages by Sunday.", "urged", None),
        # unchanged: a day the statement itself was made on, and an act's own day
        (
            "On Tuesday the envoy urged both sides to open the border crossing.",
            "urged",
            "2025-03-11",
        ),
        ("Troops shelled the port on Tuesday.", "shelled", "2025-03-11"),
        (
            "The army said on Wednesday that it would take the ridge by Friday.",
            "said",
            "2025-03-12",
        ),
    ],
)
def test_a_deadline_dates_what_is_asked_not_the_asking(text, trigger, date):
    assert _dates(text)[trigger] == date
