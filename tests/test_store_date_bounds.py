"""`date_bounds`: the one rule by which the event list, the claims and the ledger's timeline take
`since` and `until`, on what is dated from a first day to a last."""

from __future__ import annotations

import pytest
from sqlalchemy import and_, create_engine, literal, select, true

from sitrep.store.queries import date_bounds

# a thing dated to a month, March 2025: its first and its last day
MARCH = ("2025-03-01", "2025-03-31")


@pytest.mark.parametrize(
    ("since", "until", "meets", "wholly_in"),
    [
        (None, None, True, True),
        ("2025-03-10", "2025-03-12", True, False),  # the days meet; the month is wider
        ("2025-02", "2025-04", True, True),
        ("2025-03", "2025-03", True, True),  # `until` a month takes all of it
        ("2025", None, True, True),
        ("2025-03-31", None, True, False),  # reaches into the range by its last day
        (None, "2025-03-01", True, False),  # by its first day
        ("2025-04-01", None, False, False),
        (None, "2025-02", False, False),
    ],
)
def test_dates_meet_the_range_or_lie_wholly_in_it(
    since: str | None, until: str | None, meets: bool, wholly_in: bool
) -> None:
    first, last = (literal(day) for day in MARCH)
    with create_engine("sqlite://").connect() as conn:
        for within, expected in ((False, meets), (True, wholly_in)):
            conditions = date_bounds(first, last, since, until, within=within)
            held = conn.execute(select(and_(true(), *conditions))).scalar_one()
            assert bool(held) is expected, (since, until, within)
