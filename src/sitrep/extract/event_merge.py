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
latest earlier event of its type whatever its arguments say, unless the actors differ; with no
year of its own it passes over acts dated in a year before the article's news (`current_first`).
An abduction or arrest told at a country and again at a town of it, dated alike, is one act.

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
it again unless its side, place, weapon or day differ (for an act of no listed type, only the same
kind of act done to the same thing: "Navy seizes tanker"); a larger count in the body is a later one
(`event_headline_tolls`). The body's act is then the event, and the headline's points to it,
also where the rules above found the body retelling it (`event_merge_headlines`).
Whether two places can be one is `event_place_match`; whether two counts can is
`event_toll_agreement`. A blast told again ("the explosion", "the car exploded") with no town or
day of its own is the latest attack or explosion it can be, and "the attack on the market" the
attack whose sentence names the market when the latest lies elsewhere or on another day
(`event_referents`).

Two sides. Acts of one sentence joined by "before", "after", "then" or "while" whose subjects
name two sides ("troops attacked the town after rebels shelled it") are never one event, whatever
the arguments one clause lent the other (`event_merge_sides`); an act whose subject names no
side keeps only its own clause's weapons (`event_merge_arms`: "drones hit the city after
Ukrainian missiles struck it" are two acts).

This module walks the drafts (`event_merge_drafts`) and decides; what sets two reports apart is
`event_merge_apart`, what a back-reference points to `event_merge_backrefs`, and what a
restatement gives its first report `event_merge_fill`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from sitrep.extract.event_headline_tolls import later_count, with_headline_details
from sitrep.extract.event_merge_apart import (
    dated_taking,
    days_apart,
    done_to_other_things,
    other_ground,
    other_weapons,
    summary_and_scene,
    taken_again,
    timed_apart,
    took_in_another_town,
    took_other_people,
)
from sitrep.extract.event_merge_arms import own_clause_arms
from sitrep.extract.event_merge_backrefs import back_referent, blast_referent, news_year
from sitrep.extract.event_merge_drafts import Draft as Draft
from sitrep.extract.event_merge_drafts import act_kinds as act_kinds
from sitrep.extract.event_merge_drafts import places_named as places_named
from sitrep.extract.event_merge_fill import fill_from
from sitrep.extract.event_merge_headlines import body_tells_it
from sitrep.extract.event_merge_sides import sides_in_turn
from sitrep.extract.event_place_match import (
    close_places,
    country_and_finer,
    outside_the_region,
)
from sitrep.extract.event_place_match import same_places as same_places
from sitrep.extract.event_referents import day_of, same_if_known
from sitrep.extract.event_toll_agreement import other_tolls
from sitrep.model import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc


def merge_restatements(drafts: list[Draft], doc: Doc | None = None) -> list[Event]:
    """The drafts' events, each restatement pointing at what it repeats (see the module doc).
    Given the parsed `doc`, two sides' acts told in turn in one sentence ("troops attacked the
    town after rebels shelled it") are never one event (`event_merge_sides`)."""
    if doc is not None:  # "drones hit the city after Ukrainian missiles struck it"
        armed = own_clause_arms([d.event for d in drafts], doc)
        drafts = [dataclasses.replace(d, event=e) for d, e in zip(drafts, armed, strict=True)]
    in_turn = sides_in_turn([d.event for d in drafts], doc) if doc is not None else set()
    year = news_year([d.event for d in drafts])
    told: list[int] = []  # the draft each event comes from
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
    for j, draft in enumerate(drafts):
        event = draft.event
        apart = _other_sides_acts(events, told, j, in_turn)
        original = blast_referent(events, draft, responses, nouns) if draft.retold_blast else None
        if original is None:
            original = _repeated(
                events,
                draft,
                responses,
                series,
                kinds,
                objects,
                accounts,
                scenes,
                nouns,
                apart,
                year,
            )
        if original in apart:
            original = None  # "the attack" pointing to the other side's act of its sentence
        headline = None
        if original in headlines and body_tells_it(
            draft.event, draft.caption or draft.headline, events[original]
        ):
            headline, original = original, None  # the body's telling is the event, not a repeat
        elif original is None:
            headline = _headline_told_again(events, draft, headlines, objects, kinds)
        if headline is not None:  # the body's telling is the event; the headline points to it
            event = with_headline_details(event, events[headline])
            events[headline] = dataclasses.replace(events[headline], duplicate_of=len(events))
        if not (draft.caption or draft.headline):  # the body's first act of a type, told or not
            headlines -= {i for i in headlines if _same_act(events[i], kinds[i], event, draft)}
        if original is None:
            if draft.caption and (event.type in body_types or not (event.actor or event.place)):
                continue  # restates the body in other words, or says too little
            if draft.headline:
                headlines.add(len(events))
        else:
            events[original] = fill_from(events[original], event, draft)
            accounts[original] |= frozenset(event.attributions)
            scenes[original] |= draft.scenes
            nouns[original] |= draft.nouns
            event = dataclasses.replace(event, duplicate_of=original)
        if draft.response:
            responses.add(len(events))
        if draft.series:
            series.add(len(events))
        events.append(event)
        told.append(j)
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
    apart: frozenset[int] = frozenset(),
    year: int | None = None,
) -> int | None:
    event, caption = draft.event, draft.caption
    if event.type in ("statement", "other"):
        return None
    if draft.back_reference:
        return back_referent(events, draft, responses, kinds, scenes, nouns, year)
    for i, earlier in enumerate(events):
        if earlier.duplicate_of is not None or i in apart:
            continue
        if earlier.type != event.type and not taken_again(earlier, event, objects[i], draft):
            continue
        if (i in series) != draft.series and not caption:
            continue  # one shelling is not the "11 attacks" or "hundreds of strikes" counted
        same_actor = same_if_known(earlier.actor, event.actor)
        if same_actor is False:
            continue
        same_place = same_places(earlier.place, event.place)
        if same_place is False or other_ground(earlier, event):
            continue
        if event.quantities and outside_the_region(earlier.place, event.place):
            continue  # its own count of victims in another province: an event of its own
        if caption:
            return i
        if took_other_people(event.type, objects[i], draft.objects):
            continue  # "detained the president" ... "also detained 60 students"
        if summary_and_scene(earlier, event, objects[i], draft.objects, scenes[i]) or (
            took_in_another_town(events, i, event, scenes[i])
        ):
            continue  # "attacked Ukraine with 90 drones" ... "a drone hit a house in Sumy"
        if other_weapons(earlier, event) or other_tolls(earlier, event, accounts[i]):
            continue  # a glide bomb on one town is no restatement of a night's drones and missiles
        if timed_apart(earlier, event, kinds[i], draft.kinds):
            continue
        if earlier.modality != event.modality or days_apart(earlier.date, event.date):
            continue
        if earlier.type != event.type:  # `taken_again`: the same side on the same thing
            return i
        if same_place and (
            same_actor or close_places(earlier.place, event.place) or dated_taking(earlier, event)
        ):
            return i
        if (
            same_actor
            and earlier.place is event.place is None
            and kinds[i] & draft.kinds
            and not done_to_other_things(objects[i], draft.objects)
        ):
            return i  # "North Korea fires a missile" ... "North Korea fired a ballistic missile"
    return None


def _same_act(headline: Event, kinds: frozenset[str], event: Event, draft: Draft) -> bool:
    """Whether the body act is of the headline's type: for acts of no listed type ("other"), of
    the same kind too, since talks told first are not the seizure the headline names."""
    if headline.type != event.type:
        return False
    return event.type != "other" or bool(kinds & draft.kinds)


def _other_sides_acts(
    events: list[Event], told: list[int], j: int, in_turn: set[tuple[int, int]]
) -> frozenset[int]:
    """The events draft `j` must not join: the other side's acts told in turn with it in its
    sentence, and the first reports those acts repeat."""
    acts = [i for i, d in enumerate(told) if (d, j) in in_turn]
    firsts = [events[i].duplicate_of for i in acts]
    return frozenset(acts) | {i for i in firsts if i is not None}


def _headline_told_again(
    events: list[Event],
    draft: Draft,
    headlines: set[int],
    objects: list[frozenset[str]],
    kinds: list[frozenset[str]],
) -> int | None:
    """The headline's event, when the body's first act of its type tells it again ("Bomb kills 5
    in market" ... "at least six people were killed when a bomb exploded in the market"): the same
    modality, and no side, place, weapon or day that sets them apart; a larger count is a later
    one. A body act placed only in the country of the headline's town is the night's summary, not
    the scene the headline names ("drones hit Strelsau" over "launched 90 drones at Ruritania").
    An act of no listed type is told again only with the same kind of act done to the same thing
    ("Navy seizes oil tanker" over "the navy seized a tanker carrying crude")."""
    event = draft.event
    if draft.caption or draft.headline or draft.series or event.type == "statement":
        return None
    for i in sorted(headlines):
        earlier = events[i]
        if earlier.type != event.type or earlier.modality != event.modality:
            continue
        if event.type == "other" and not (kinds[i] & draft.kinds and objects[i] & draft.objects):
            continue
        if country_and_finer(event.place, earlier.place):
            continue
        if outside_the_region(earlier.place, event.place):
            continue  # "in Zamfara" ... "from Kankara in Katsina"
        if same_if_known(earlier.actor, event.actor) is False or other_ground(earlier, event):
            continue
        if took_other_people(event.type, objects[i], draft.objects):
            continue  # "Police detain party leader" ... "police also detained 60 students"
        if same_places(earlier.place, event.place) is False or other_weapons(earlier, event):
            continue
        if same_if_known(day_of(earlier.date), day_of(event.date)) is False:
            continue
        if not other_tolls(earlier, event) or later_count(earlier, event):
            return i
    return None
