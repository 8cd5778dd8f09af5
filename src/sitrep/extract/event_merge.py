"""Restatements, back-references and photo captions: linking a repeated event to its first report.

Captions. An event found in a photo caption is linked (`duplicate_of`) to the body event of the
same type whose place and actor are compatible with it (equal, unknown on one side, or one place
inside the other: "the Russian province of Kursk" / "Russia" against "Kursk Oblast"). A caption
event that matches no body event is kept as an event of its own only when the body holds no event
of that type at all (the caption then carries news the body lacks, with at least an actor or a
place); otherwise it is dropped, since a caption restating the body with a different wording must
never become a second event.

Restatements. A body event of the same type, modality and compatible date, place and actor as an
earlier one is the same event told again (when neither names a side, a town inside the other's
country is not enough; two death tolls that cannot agree are two events); it gives the first
report what it adds (a date, a place, a town inside the region it named) and is kept as a
duplicate; so is an attack by the same side on "the base" an earlier capture took
(`event_objects`), and the same side's act of the same kind told twice with no place on either
("North Korea fires missile" over "North Korea fired a ballistic missile on Monday"), unless the
two acts were done to different named things ("struck a fuel depot ... also struck a bridge"). A
time of day does not set a restatement apart from its day. A count of acts ("attacked 11 times",
"has carried out hundreds of strikes since 2011") and a single act are never each other's
restatement. A back-reference ("the territory it seized during its incursion") is linked to the
latest earlier event of its type whatever its arguments say, unless the actors differ.

Summaries and scenes. A report placed in a country, then one placed in a town or province of it,
are one event only when the town's toll is not below the country's (a larger one is a later
count) or, with no two tolls to compare, they name the same thing hit: "Russia attacked Ukraine
with 90 drones" sums a night of which "a drone hit a house in Sumy" is one strike; once it holds
one town's strike, another town's is another act; a town merged lends its dead. A summary naming
the town ("18 killed in the south, including the mayor of Tyre") holds what is told of it, and
"the attack" placed nowhere points to the summary rather than its last scene. Arrests and
abductions of other people ("detained the president" ... "also detained 60 students") are two
acts. Two towns of two countries are never one place.

Headlines. The body's first act of a headline event's type that the rules above leave apart tells
it again unless its side, place, weapon or day differ; a larger count in the body is a later one
(`event_headline_tolls`). The body's act is then the event, and the headline's points to it,
also where the rules above found the body retelling it (`event_merge_headlines`).
Whether two places can be one is `event_place_match`; whether two counts can is
`event_toll_agreement`. A blast told again ("the explosion", "the car exploded") with no town or
day of its own is the latest attack or explosion it can be, and "the attack on the market" the
attack whose sentence names the market when the latest lies elsewhere or on another day
(`event_referents`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.extract.event_explosions import blast_told_again
from sitrep.extract.event_headline_tolls import later_count, with_headline_details
from sitrep.extract.event_merge_headlines import body_tells_it
from sitrep.extract.event_place_match import (
    close_places,
    country_and_finer,
    country_level,
    outside_the_region,
    refines,
    two_towns,
)
from sitrep.extract.event_place_match import same_places as same_places
from sitrep.extract.event_referents import (
    blast_candidates,
    blast_fits,
    day_of,
    same_if_known,
    scene_or,
)
from sitrep.extract.event_toll_agreement import other_tolls
from sitrep.model import Event, Place


@dataclass
class Draft:
    event: Event
    caption: bool
    trigger_start: int
    back_reference: bool = False
    response: bool = False  # strikes back at the attackers of the attack just told
    series: bool = False  # "attacked 11 times", "hundreds of strikes": never one attack told again
    kinds: frozenset[str] = frozenset()  # the kinds of act its words name (`act_kinds`)
    objects: frozenset[str] = frozenset()  # what the act was done to ("a base": base)
    pointed: frozenset[str] = frozenset()  # those named as known ("the base"): `event_objects`
    scenes: frozenset[str] = frozenset()  # the places its words name (`places_named`)
    headline: bool = False  # told on the article's first line (`event_headline_tolls`)
    retold_blast: bool = False  # "the blast", "the car exploded": `event_referents`
    own_day: bool = True  # its sentence names a day ("shortly before noon" names none)
    named: frozenset[str] = frozenset()  # what it names as hit ("the attack on the market")
    nouns: frozenset[str] = frozenset()  # the common nouns of its sentence


def merge_restatements(drafts: list[Draft]) -> list[Event]:
    events: list[Event] = []
    body_types = {d.event.type for d in drafts if not d.caption}
    responses: set[int] = set()
    series: set[int] = set()
    kinds: list[frozenset[str]] = []
    objects: list[frozenset[str]] = []
    accounts: list[frozenset[int]] = []  # the claims an event and its restatements are told in
    scenes: list[frozenset[str]] = []  # the places an event and its restatements name
    nouns: list[frozenset[str]] = []  # the nouns of the sentences an event is told in
    headlines: set[int] = set()  # headline events the body has not told again yet
    for draft in drafts:
        event = draft.event
        original = (
            _blast_told_again(events, draft, responses, nouns) if draft.retold_blast else None
        )
        if original is None:
            original = _repeated(
                events, draft, responses, series, kinds, objects, accounts, scenes, nouns
            )
        headline = None
        if original in headlines and body_tells_it(
            draft.event, draft.caption or draft.headline, events[original]
        ):
            headline, original = original, None  # the body's telling is the event, not a repeat
        elif original is None:
            headline = _headline_told_again(events, draft, headlines, objects)
        if headline is not None:  # the body's telling is the event; the headline points to it
            event = with_headline_details(event, events[headline])
            events[headline] = dataclasses.replace(events[headline], duplicate_of=len(events))
        if not (draft.caption or draft.headline):  # the body's first act of a type, told or not
            headlines -= {i for i in headlines if events[i].type == event.type}
        if original is None:
            if draft.caption and (event.type in body_types or not (event.actor or event.place)):
                continue  # restates the body in other words, or says too little
            if draft.headline:
                headlines.add(len(events))
        else:
            events[original] = _fill_from(events[original], event, draft)
            accounts[original] |= frozenset(event.attributions)
            scenes[original] |= draft.scenes
            nouns[original] |= draft.nouns
            event = dataclasses.replace(event, duplicate_of=original)
        if draft.response:
            responses.add(len(events))
        if draft.series:
            series.add(len(events))
        events.append(event)
        kinds.append(draft.kinds)
        objects.append(draft.objects)
        accounts.append(frozenset(event.attributions))
        scenes.append(draft.scenes)
        nouns.append(draft.nouns)
    return events


def _repeated(
    events: list[Event],
    draft: Draft,
    responses: set[int],
    series: set[int],
    kinds: list[frozenset[str]],
    objects: list[frozenset[str]],
    accounts: list[frozenset[int]],
    scenes: list[frozenset[str]],
    nouns: list[frozenset[str]],
) -> int | None:
    event, caption = draft.event, draft.caption
    if event.type in ("statement", "other"):
        return None
    if draft.back_reference:
        return _referent(events, draft, responses, kinds, scenes, nouns)
    for i, earlier in enumerate(events):
        if earlier.duplicate_of is not None:
            continue
        if earlier.type != event.type and not _taken_again(earlier, event, objects[i], draft):
            continue
        if (i in series) != draft.series and not caption:
            continue  # one shelling is not the "11 attacks" or "hundreds of strikes" counted
        same_actor = same_if_known(earlier.actor, event.actor)
        if same_actor is False:
            continue
        same_place = same_places(earlier.place, event.place)
        if same_place is False or _other_ground(earlier, event):
            continue
        if event.quantities and outside_the_region(earlier.place, event.place):
            continue  # its own count of victims in another province: an event of its own
        if caption:
            return i
        if _took_other_people(event.type, objects[i], draft.objects):
            continue  # "detained the president" ... "also detained 60 students"
        if _summary_and_scene(earlier, event, objects[i], draft.objects, scenes[i]) or (
            _took_in_another_town(events, i, event, scenes[i])
        ):
            continue  # "attacked Ukraine with 90 drones" ... "a drone hit a house in Sumy"
        if _other_weapons(earlier, event) or other_tolls(earlier, event, accounts[i]):
            continue  # a glide bomb on one town is no restatement of a night's drones and missiles
        if _timed_apart(earlier, event, kinds[i], draft.kinds):
            continue
        if (
            earlier.modality != event.modality
            or same_if_known(day_of(earlier.date), day_of(event.date)) is False
        ):
            continue
        if earlier.type != event.type:  # `_taken_again`: the same side on the same thing
            return i
        if same_place and (same_actor or close_places(earlier.place, event.place)):
            return i
        if (
            same_actor
            and earlier.place is event.place is None
            and kinds[i] & draft.kinds
            and not _done_to_other_things(objects[i], draft.objects)
        ):
            return i  # "North Korea fires a missile" ... "North Korea fired a ballistic missile"
    return None


def _headline_told_again(
    events: list[Event], draft: Draft, headlines: set[int], objects: list[frozenset[str]]
) -> int | None:
    """The headline's event, when the body's first act of its type tells it again ("Bomb kills 5
    in market" ... "at least six people were killed when a bomb exploded in the market"): the same
    modality, and no side, place, weapon or day that sets them apart; a larger count is a later
    one. A body act placed only in the country of the headline's town is the night's summary, not
    the scene the headline names ("drones hit Strelsau" over "launched 90 drones at Ruritania")."""
    event = draft.event
    if draft.caption or draft.headline or draft.series or event.type in ("statement", "other"):
        return None
    for i in sorted(headlines):
        earlier = events[i]
        if earlier.type != event.type or earlier.modality != event.modality:
            continue
        if country_and_finer(event.place, earlier.place):
            continue
        if outside_the_region(earlier.place, event.place):
            continue  # "in Zamfara" ... "from Kankara in Katsina"
        if same_if_known(earlier.actor, event.actor) is False or _other_ground(earlier, event):
            continue
        if _took_other_people(event.type, objects[i], draft.objects):
            continue  # "Police detain party leader" ... "police also detained 60 students"
        if same_places(earlier.place, event.place) is False or _other_weapons(earlier, event):
            continue
        if same_if_known(day_of(earlier.date), day_of(event.date)) is False:
            continue
        if not other_tolls(earlier, event) or later_count(earlier, event):
            return i
    return None


def _blast_told_again(
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


# Acts whose object is who they were done to: detaining the president and detaining protesters
# are two arrests, however the rest is told.
ACTS_ON_PEOPLE = frozenset({"arrest", "abduction"})


def _took_other_people(kind: str, earlier: frozenset[str], later: frozenset[str]) -> bool:
    """An arrest or abduction of other people than the one before: another act."""
    return kind in ACTS_ON_PEOPLE and _done_to_other_things(earlier, later)


def _summary_and_scene(
    a: Event,
    b: Event,
    a_objects: frozenset[str],
    b_objects: frozenset[str],
    a_scenes: frozenset[str] = frozenset(),
) -> bool:
    """A report placed in a country and one placed in a town or region of it are one event only
    when their tolls or what was hit agree: "Russia attacked Ukraine with 90 drones" sums a
    night, of which "a drone hit a house in Sumy, wounding two" is one strike; "Rebels kill 9 in
    Chad" is the raid "that killed nine herders near Abeche" told again."""
    if not country_and_finer(a.place, b.place) or _names_the_scene(a_scenes, b):
        return False  # `a` is the earlier report
    if a.killed is not None and b.killed is not None:
        return _counted_apart(a, b)
    return not a_objects & b_objects


def _summary_over(events: list[Event], scene: int, candidates: list[int]) -> int:
    """ "the attack", placed nowhere, after a night's summary and one of its scenes ("Russia
    launched 90 drones at Ukraine ... In Sumy, a drone hit a school"): the whole
    night, not the scene."""
    for i in candidates:
        if (
            i < scene
            and events[i].duplicate_of is None
            and country_and_finer(events[i].place, events[scene].place)
            and same_if_known(events[i].actor, events[scene].actor) is not False
            and not _counted_apart(events[i], events[scene])
        ):
            return i
    return scene


def _names_the_scene(scenes: frozenset[str], scene: Event) -> bool:
    """ "18 killed in the south, including the mayor of Tyre": a summary naming the
    town holds what is told of it after."""
    return scene.place is not None and scene.place.name in scenes


def places_named(event: Event, places: Sequence[Place]) -> frozenset[str]:
    """The places told within an event's own words, by the name its place would take."""
    return frozenset(p.name or p.text for p in places if event.start <= p.start < event.end)


def _counted_apart(country: Event, scene: Event) -> bool:
    """ "strikes kill 18 in the south" and "the strikes on Tyre killed seven": a scene with fewer
    dead than the country's count is one of the acts summed there; more is a later count."""
    return country.killed is not None and scene.killed is not None and scene.killed < country.killed


def _took_in_another_town(events: list[Event], i: int, scene: Event, named: frozenset[str]) -> bool:
    """A country's summary holding one town's strike holds no other town's it does not name,
    whatever its toll: "In Odesa, ... killed two. In Kharkiv, ... killed two" are two strikes."""
    if not country_and_finer(events[i].place, scene.place) or _names_the_scene(named, scene):
        return False
    return scene.place is not None and any(
        e.duplicate_of == i
        and e.place is not None
        and two_towns(e.place, scene.place)
        and same_places(e.place, scene.place) is False
        for e in events
    )


def _done_to_other_things(earlier: frozenset[str], later: frozenset[str]) -> bool:
    """ "struck a fuel depot ... also struck a bridge": the same side's act of the same kind done
    to another named thing is another act, even with no place to tell them apart."""
    return bool(earlier) and bool(later) and not earlier & later


def _referent(
    events: list[Event],
    draft: Draft,
    responses: set[int],
    kinds: list[frozenset[str]],
    scenes: list[frozenset[str]],
    nouns: list[frozenset[str]],
) -> int | None:
    """ "the territory it seized", "The strikes hit ...": the latest event of the type, or the
    latest of the same kind of act when the words name one ("the strikes"), unless its side, date or
    place differs. An older attack is not searched for, since "the attack" then points to one the
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
    armed = set(event.weapon) - {"aircraft"}  # "the rocket attack": the rockets, not the drones
    candidates = [i for i in candidates if armed & set(events[i].weapon)] or candidates
    if not candidates:
        return None
    latest = next((i for i in candidates if kinds[i] & draft.kinds), candidates[0])
    latest = scene_or(latest, events, candidates, draft.named, nouns)  # "the attack on the market"
    original = events[latest].duplicate_of
    i = latest if original is None else original
    if event.place is None:
        i = _summary_over(events, i, candidates)
    earlier = events[i]
    if (
        same_if_known(earlier.actor, event.actor) is False
        or same_if_known(day_of(earlier.date), day_of(event.date)) is False
    ):
        return None
    if same_places(earlier.place, event.place) is False or _other_ground(earlier, event):
        return None  # "Goma, which the rebels captured" is not the push out of Nyabibwe
    if outside_the_region(earlier.place, event.place):
        return None
    if (
        country_and_finer(earlier.place, event.place)
        and not _names_the_scene(scenes[i], event)
        and (_counted_apart(earlier, event) or _took_in_another_town(events, i, event, scenes[i]))
    ):
        return None  # "the strikes on Tyre killed seven" are not "strikes kill 18 in the south"
    return i if earlier.modality == "happened" else None


# Words that name no kind of act: "the attack" may point back to a shelling or a raid, and
# "were killed" to any of them.
GENERIC_ACTS = frozenset(
    {"attack", "assault", "operation", "incident", "violence", "hit", "target", "kill"}
)


def act_kinds(bases: list[str]) -> frozenset[str]:
    """The kinds of act a group of trigger words names ("the strikes hit": strike), so that "the
    strikes" points back to the last strikes told, not to a missile fired in between."""
    return frozenset(bases) - GENERIC_ACTS


# An attack and a capture that can be one act told twice: "overran a base ... attacked the base".
TOLD_AS_EITHER = frozenset({"attack", "seize_territory"})


def _taken_again(earlier: Event, event: Event, taken: frozenset[str], draft: Draft) -> bool:
    """ "Fighters overran an army base ... The militants attacked the base": the same side's act
    on the thing the earlier act was done to, named again with "the", is that act told again."""
    return (
        {earlier.type, event.type} <= TOLD_AS_EITHER
        and same_if_known(earlier.actor, event.actor) is True
        and bool(taken & draft.pointed)
    )


def _other_ground(a: Event, b: Event) -> bool:
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


def _other_weapons(a: Event, b: Event) -> bool:
    """Both name what was used and share nothing; aircraft carry any munition, so they match."""
    first, second = set(a.weapon) - {"aircraft"}, set(b.weapon) - {"aircraft"}
    return bool(first and second) and not first & second


def _timed_apart(a: Event, b: Event, a_kinds: frozenset[str], b_kinds: frozenset[str]) -> bool:
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


def _fill_from(original: Event, repeat: Event, draft: Draft) -> Event:
    """Give the first report what its restatement adds (a date, a place, the dead or the wounded
    it did not count: "killed 11" then "11 bodies and at least 17 wounded"); captions add
    nothing. A town's report judged its country's told again lends its toll too, lest its dead
    vanish ("missiles hit an energy facility in Ukraine ... In Lviv, a missile hit an energy
    facility, killing two"). A side that denies the act lends no actor ("X denied any part in
    the attack" names who denies it, not who did it)."""
    if draft.caption:
        return original
    return dataclasses.replace(
        _with_toll_of(original, repeat),
        date=original.date or repeat.date,
        place=repeat.place if refines(repeat.place, original.place) else original.place,
        actor=original.actor or (repeat.actor if repeat.modality != "denied" else None),
    )


def _with_toll_of(original: Event, repeat: Event) -> Event:
    """The first report with the dead, the wounded and the counts it did not tell; a count
    ("at least 34") replaces a vague one ("dozens")."""
    if original.killed is None or (
        original.killed_hedge == "vague"
        and repeat.killed is not None
        and repeat.killed_hedge != "vague"
    ):
        original = dataclasses.replace(
            original, killed=repeat.killed, killed_hedge=repeat.killed_hedge
        )
    if original.injured is None:
        original = dataclasses.replace(
            original, injured=repeat.injured, injured_hedge=repeat.injured_hedge
        )
    return dataclasses.replace(original, quantities=original.quantities or repeat.quantities)
