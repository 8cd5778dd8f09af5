"""What "the region", "the area" and "the town" point back to: "the region" and "the province"
only to a known unit or region; a statement is neither placed nor dated by a place word or a day
inside what it says or urges, nor placed by one inside a relative clause on its speaker."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"


def _event(text: str, trigger: str):
    extraction = sitrep.extract(text, published=PUBLISHED)
    start = text.rindex(trigger)
    return next(e for e in extraction.events if e.start <= start < e.end)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # "the region" is no town
        ("Militants seized Bunia on Monday. Drones struck the region on Tuesday.", "struck", None),
        ("Militants seized Bunia on Monday. Drones struck the province on Tuesday.", "struck", None),
        # ... but a unit named before it
        (
            "Militants seized several villages in Ituri province on Monday. "
            "Drones struck the region on Tuesday.",
            "struck",
            "Ituri",
        ),
        # "the area" and "the town" still point back to a town
        ("Militants seized Bunia on Monday. Drones struck the area on Tuesday.", "struck", "Bunia"),
        ("Militants seized Bunia on Monday. Drones struck the town on Tuesday.", "struck", "Bunia"),
        # a place word in what a statement urges does not place the statement
        (
            "Chile welcomed the accord in Santiago. Ottawa urged both sides to let aid into the "
            "region.",
            "urged",
            None,
        ),
        (
            "Militants seized Bunia on Monday. Ottawa urged the militants to leave the town.",
            "urged",
            None,
        ),
        # nor one in a relative clause on the speaker
        (
            "Militants seized Bunia on Monday. The governor, who fled the town on Sunday, urged "
            "residents to stay calm.",
            "urged",
            None,
        ),
        # where the statement itself was made still places it
        ("The envoy urged calm in Bunia on Tuesday.", "urged", "Bunia"),
    ],
)  # fmt: skip
def test_an_anaphor_places_only_what_it_can_point_back_for(text, trigger, place):
    found = _event(text, trigger).place
    name = found.name if found else None
    assert (name is None) == (place is None) and (name or "").startswith(place or "")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the day of what is urged is not the statement's
        ("Ottawa urged the militants to leave Bunia by Friday.", None),
        ("The envoy urged both sides to resume talks on Thursday.", None),
        # a day on the speaker's relative clause still dates it (its place does not place it)
        (
            "Militants seized Bunia on Monday. The governor, who fled the town on Sunday, urged "
            "residents to stay calm.",
            "2025-03-09",
        ),
        # the statement's own day still dates it
        ("The envoy urged calm in Bunia on Tuesday.", "2025-03-11"),
    ],
)  # fmt: skip
def test_a_statement_is_not_dated_by_another_act(text, date):
    assert _event(text, "urged").date == date


@pytest.mark.model
def test_the_town_does_not_point_back_to_the_seat_of_a_reporting_office() -> None:
    text = (
        "Shelling killed two civilians in Vovchansk on Monday, according to the Kharkiv "
        "regional prosecutor's office. Troops kept fighting near the town on Tuesday."
    )
    event = _event(text, "fighting")
    assert event.place is not None and event.place.name != "Kharkiv"


@pytest.mark.model
def test_the_town_still_points_back_to_a_town_named_as_a_scene() -> None:
    text = "Shelling hit Kharkiv on Monday. Troops kept fighting near the town on Tuesday."
    event = _event(text, "fighting")
    assert event.place is not None and event.place.name == "Kharkiv"
