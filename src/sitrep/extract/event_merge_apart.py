"""What sets two reports of one type apart as two acts, for `event_merge`.

Each predicate names one reason two reports that share type, side and place are still two acts:
other people taken, a country's summary and one town's strike, another town, other things hit,
another gain of ground, other weapons, a blast timed apart; and the one reason an attack and a
capture are one (`taken_again`).
"""

from __future__ import annotations

from sitrep.extract.event_merge_drafts import Draft
from sitrep.extract.event_place_match import (
    country_and_finer,
    country_level,
    same_places,
    two_towns,
)
from sitrep.extract.event_referents import day_of, same_if_known
from sitrep.model import Event

# Acts whose object is who they were done to: detaining the president and detaining protesters
# are two arrests, however the rest is told.
ACTS_ON_PEOPLE = frozenset({"arrest", "abduction"})


def took_other_people(kind: str, earlier: frozenset[str], later: frozenset[str]) -> bool:
    """An arrest or abduction of other people than the one before: another act."""
    return kind in ACTS_ON_PEOPLE and done_to_other_things(earlier, later)


def summary_and_scene(
    a: Event,
    b: Event,
    a_objects: frozenset[str],
    b_objects: frozenset[str],
    a_scenes: frozenset[str] = frozenset(),
) -> bool:
    """A report placed in a country and one placed in a town or region of it are one event only
    when their tolls or what was hit agree: "Russia attacked Ukraine with 90 drones" sums a
    night, of which "a drone hit a house in Sumy, wounding two" is one strike; "Rebels kill 9 in
    Chad" is the raid "that killed nine herders near Abeche" told again. People taken are no
    night's sum of strikes: "aid workers kidnapped in Mali" and "were abducted near a town" of
    Mali tell one abduction, unless they name other people taken (`took_other_people`)."""
    if a.type in ACTS_ON_PEOPLE or not country_and_finer(a.place, b.place):
        return False  # `a` is the earlier report
    if names_the_scene(a_scenes, b):
        return False
    if a.killed is not None and b.killed is not None:
        return counted_apart(a, b)
    return not a_objects & b_objects


def names_the_scene(scenes: frozenset[str], scene: Event) -> bool:
    """ "18 killed in the south, including the mayor of Tyre": a summary naming the
    town holds what is told of it after."""
    return scene.place is not None and scene.place.name in scenes


def counted_apart(country: Event, scene: Event) -> bool:
    """ "strikes kill 18 in the south" and "the strikes on Tyre killed seven": a scene with fewer
    dead than the country's count is one of the acts summed there; more is a later count."""
    return country.killed is not None and scene.killed is not None and scene.killed < country.killed


def took_in_another_town(events: list[Event], i: int, scene: Event, named: frozenset[str]) -> bool:
    """A country's summary holding one town's strike holds no other town's it does not name,
    whatever its toll: "In Odesa, ... killed two. In Kharkiv, ... killed two" are two strikes."""
    if not country_and_finer(events[i].place, scene.place) or names_the_scene(named, scene):
        return False
    return scene.place is not None and any(
        e.duplicate_of == i
        and e.place is not None
        and two_towns(e.place, scene.place)
        and same_places(e.place, scene.place) is False
        for e in events
    )


def done_to_other_things(earlier: frozenset[str], later: frozenset[str]) -> bool:
    """ "struck a fuel depot ... also struck a bridge": the same side's act of the same kind done
    to another named thing is another act, even with no place to tell them apart."""
    return bool(earlier) and bool(later) and not earlier & later


# An attack and a capture that can be one act told twice: "overran a base ... attacked the base".
TOLD_AS_EITHER = frozenset({"attack", "seize_territory"})


def taken_again(earlier: Event, event: Event, taken: frozenset[str], draft: Draft) -> bool:
    """ "Fighters overran an army base ... The militants attacked the base": the same side's act
    on the thing the earlier act was done to, named again with "the", is that act told again."""
    return (
        {earlier.type, event.type} <= TOLD_AS_EITHER
        and same_if_known(earlier.actor, event.actor) is True
        and bool(taken & draft.pointed)
    )


def other_ground(a: Event, b: Event) -> bool:
    """Two gains of ground at two named places below country level are two gains, however near:
    "captured Goma" does not restate "seized Masisi", 60 km away; an attack is no gain."""
    if (
        a.type not in GROUND_TYPES
        or b.type not in GROUND_TYPES
        or a.place is None
        or b.place is None
    ):
        return False
    if country_level(a.place) or country_level(b.place):
        return False
    return a.place.name != b.place.name


GROUND_TYPES = frozenset({"seize_territory", "retake_territory"})


def other_weapons(a: Event, b: Event) -> bool:
    """Both name what was used and share nothing; aircraft carry any munition, so they match."""
    first, second = set(a.weapon) - {"aircraft"}, set(b.weapon) - {"aircraft"}
    return bool(first and second) and not first & second


def timed_apart(a: Event, b: Event, a_kinds: frozenset[str], b_kinds: frozenset[str]) -> bool:
    """A blast with no weapon named and a time of its own is no restatement of an armed act of
    another kind told undated before it: "a fuel depot exploded late on Monday" after "troops
    shelled positions around the city"."""
    return (
        a.date is None
        and b.date is not None
        and bool(a.weapon)
        and not b.weapon
        and bool(a_kinds and b_kinds)
        and not a_kinds & b_kinds
    )


def days_apart(a: str | None, b: str | None) -> bool:
    """Two dates that cannot name one day: "2024-10-29" lies within "2024-10" (a month told
    "nearly eight months ago" and the day told later), an hour within its day."""
    first, second = day_of(a), day_of(b)
    if first is None or second is None:
        return False
    return not (first.startswith(second) or second.startswith(first))


def dated_taking(a: Event, b: Event) -> bool:
    """An arrest or abduction told in a country and again at a town of it, both dated alike
    ("kidnapped in Ruritania eight months ago", "abducted on Oct. 29 near a town"): people are
    taken one act at a time, so with the day agreeing the country is no other scene."""
    return (
        a.type in ACTS_ON_PEOPLE and b.type == a.type and a.date is not None and b.date is not None
    )
