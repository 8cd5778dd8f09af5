"""Which earlier event a back-reference or a blast told again points to, for `event_merge`.

"The attack", "the territory it seized", "the blast hit the market": such a mention is linked to
the latest earlier event it can be, not to any event sharing its arguments, so it is searched for
apart from restatements.
"""

from __future__ import annotations

from sitrep.extract.event_explosions import blast_told_again
from sitrep.extract.event_merge_apart import (
    counted_apart,
    names_the_scene,
    other_ground,
    took_in_another_town,
)
from sitrep.extract.event_merge_drafts import Draft
from sitrep.extract.event_place_match import country_and_finer, outside_the_region, same_places
from sitrep.extract.event_referents import (
    blast_candidates,
    blast_fits,
    day_of,
    same_if_known,
    scene_or,
)
from sitrep.extract.event_toll_agreement import other_tolls
from sitrep.model import Event


def blast_referent(
    events: list[Event], draft: Draft, responses: set[int], nouns: list[frozenset[str]]
) -> int | None:
    """ "The blast hit the market", "the shell exploded": the latest attack or explosion told
    again, or the one whose sentence names the scene it names, unless its weapon, side, town,
    toll or a day of its own differs (`event_referents`)."""
    event = draft.event
    blasts = blast_candidates(events, responses)
    if not blasts or event.type != "attack":
        return None
    latest = scene_or(blasts[0], events, blasts, draft.named, nouns)
    original = events[latest].duplicate_of
    i = latest if original is None else original
    earlier = events[i]
    if earlier.modality != "happened" or same_if_known(earlier.actor, event.actor) is False:
        return None
    if not blast_fits(earlier, event) or other_tolls(earlier, event):
        return None
    if same_places(earlier.place, event.place) is False:
        return None
    if outside_the_region(earlier.place, event.place):
        return None
    if draft.own_day and same_if_known(day_of(earlier.date), day_of(event.date)) is False:
        return None
    return i


def back_referent(
    events: list[Event],
    draft: Draft,
    responses: set[int],
    kinds: list[frozenset[str]],
    scenes: list[frozenset[str]],
    nouns: list[frozenset[str]],
    news_year: int | None = None,
) -> int | None:
    """ "the territory it seized", "The strikes hit ...": the latest event of the type, or the
    latest of the same kind of act when the words name one ("the strikes"), unless its side, date or
    place differs. A back-reference with no year of its own points to the article's news, not to
    a background act dated in an earlier year than `news_year` ("tools used in attacks on another
    grid in 2016 ... stopped short of attributing the attack"), unless only such acts are told. An older attack is not searched for, since "the attack" then points to one the
    ledger does not hold ("two weeks after gunmen killed 26 men ... blamed the attack on X").
    The answer to an attack ("police killed two of the attackers") is passed over, and so is an
    act said not to have happened ("no military facilities were hit")."""
    event = draft.event
    candidates = [
        i
        for i in reversed(range(len(events)))
        if (events[i].type == event.type or blast_told_again(events[i], event))
        and i not in responses
        and events[i].modality != "denied"
    ]
    candidates = current_first(events, candidates, event, news_year)
    armed = set(event.weapon) - {"aircraft"}  # "the rocket attack": the rockets, not the drones
    candidates = [i for i in candidates if armed & set(events[i].weapon)] or candidates
    if not candidates:
        return None
    latest = next((i for i in candidates if kinds[i] & draft.kinds), candidates[0])
    latest = scene_or(latest, events, candidates, draft.named, nouns)  # "the attack on the market"
    original = events[latest].duplicate_of
    i = latest if original is None else original
    if event.place is None:
        i = summary_over(events, i, candidates)
    earlier = events[i]
    if (
        same_if_known(earlier.actor, event.actor) is False
        or same_if_known(day_of(earlier.date), day_of(event.date)) is False
    ):
        return None
    if same_places(earlier.place, event.place) is False or other_ground(earlier, event):
        return None  # "Goma, which the rebels captured" is not the push out of Nyabibwe
    if outside_the_region(earlier.place, event.place):
        return None
    if (
        country_and_finer(earlier.place, event.place)
        and not names_the_scene(scenes[i], event)
        and (counted_apart(earlier, event) or took_in_another_town(events, i, event, scenes[i]))
    ):
        return None  # "the strikes on Tyre killed seven" are not "strikes kill 18 in the south"
    return i if earlier.modality == "happened" else None


def summary_over(events: list[Event], scene: int, candidates: list[int]) -> int:
    """ "the attack", placed nowhere, after a night's summary and one of its scenes ("Russia
    launched 90 drones at Ukraine ... In Sumy, a drone hit a school"): the whole
    night, not the scene."""
    for i in candidates:
        if (
            i < scene
            and events[i].duplicate_of is None
            and country_and_finer(events[i].place, events[scene].place)
            and same_if_known(events[i].actor, events[scene].actor) is not False
            and not counted_apart(events[i], events[scene])
        ):
            return i
    return scene


def news_year(events: list[Event]) -> int | None:
    """The latest year an act told as done is dated in: the year of the article's news."""
    years = [_year(e.date) for e in events if e.modality == "happened"]
    return max((y for y in years if y is not None), default=None)


def current_first(
    events: list[Event], candidates: list[int], event: Event, year: int | None
) -> list[int]:
    """The candidates less the background acts, those dated in a year before the news, when the
    back-reference names no year of its own and some candidate is not background."""
    if year is None or _year(event.date) is not None:
        return candidates
    current = [i for i in candidates if (_year(events[i].date) or year) >= year]
    return current or candidates


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None
