"""The plain records the linker works on, read from sitrep.extraction/1 payloads: event reports,
numbered claims (with what they count, whose, where, when and per whom) and name mentions."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sitrep.extract.actors import country_name, describes_a_party
from sitrep.extract.numbers import VAGUE_WORDS
from sitrep.link.claim_places import (
    names_a_speaker,
    names_the_doer,
    place_countries,
    without_dateline_places,
    without_source_places,
)
from sitrep.link.claim_starts import (
    ArticleDates,
    article_dates,
    count_start,
    earlier_figure_dates,
    since_dates,
)
from sitrep.link.dates import date_interval, sentence_around, sentence_bounds, sortable_day
from sitrep.link.disputes import rival_count
from sitrep.link.event_counts import acts_count, event_quantities, toll_unit, toll_units
from sitrep.link.focus import focus_location, town_of_a_count
from sitrep.link.leads import event_place_name, lead_event
from sitrep.link.nearby import nearby_place
from sitrep.link.provinces import provinces_of
from sitrep.model import EventPlace

PROJECTION_WORDS = frozenset(
    [
        "expected",
        "expect",
        "expects",
        "could",
        "will",
        "would",
        "may",
        "might",
        "planned",
        "plans",
        "projected",
        "forecast",
        "'ll",
    ]
)


# Measures that count the victims of events: a toll's actor is whose the victims are, never the
# event's perpetrator ("its fighters had killed 43 soldiers" counts no Islamic State soldiers).
CUMULATIVE_MEASURES = frozenset({"killed", "injured", "missing", "displaced", "detained"})

UNDATED_LOOKBACK_DAYS = 3  # an undated event happened at most this long before publication
LONGEST_PRECISE_DAYS = 31  # a longer own date (a quarter, a year) places no event in days

# An event's place as stored: the model's own EventPlace, read back from the JSON.
EventPlaceRecord = EventPlace


@dataclass(frozen=True)
class EventRecord:
    """One event as one article reports it."""

    article_id: str
    idx: int
    type: str
    actor: str | None = None
    target: str | None = None
    place: EventPlaceRecord | None = None
    date: str | None = None
    published: str | None = None
    killed: float | None = None
    injured: float | None = None
    killed_hedge: str | None = None
    injured_hedge: str | None = None
    sources: tuple[str, ...] = ()
    outlet: str | None = None
    sentence: str = ""
    start: int = 0
    end: int = 0
    duplicate_of: int | None = None
    modality: str = "happened"
    caption: bool = False
    republished_from: str | None = None  # the outlet whose report the article reprints
    toll_unit: str | None = None  # whom its toll counts ("civilians"), `event_counts`
    acts_counted: bool = False  # it counts the acts it tells ("23 assaults")
    acts_count: float | None = None  # how many acts it counts (23), when `acts_counted`
    toll_units: tuple[str, ...] = ()  # all its tolls' units ("soldiers", "civilians")
    counts_something: bool = False  # it gives a toll or another figure

    @property
    def key(self) -> str:
        return f"{self.article_id}:{self.idx}"

    @functools.cached_property
    def interval(self) -> tuple[dt.date, dt.date] | None:
        """When the event happened: its own date when that names a month or less; a longer
        period ("last year", "2023") when it ended before publication, for that is a past event
        and not the news of the day; else (undated, "this year") the days before publication.

        Cached on the record: clustering compares each report with many others.
        """
        own = date_interval(self.date)
        if own and (own[1] - own[0]).days <= LONGEST_PRECISE_DAYS:
            return own
        published = date_interval(self.published)
        if published and not (own and own[1] < published[0]):
            return published[0] - dt.timedelta(days=UNDATED_LOOKBACK_DAYS), published[1]
        return own

    @functools.cached_property
    def precise(self) -> bool:
        """The report is placed within a month at most, so days apart say whether it is the same."""
        interval = self.interval
        return interval is not None and (interval[1] - interval[0]).days <= LONGEST_PRECISE_DAYS


def hedged_interval(value: float | None, hedge: str | None) -> tuple[float, float] | None:
    """The values a number allows, given its hedge: "up to 12,000" allows 0 to 12,000, and
    "dozens" (stored as 12) anything from 12 to 120."""
    if value is None:
        return None
    return {
        "exact": (value, value),
        "approximate": (value * 0.8, value * 1.2),
        "upper_bound": (0.0, value),
        "lower_bound": (value, math.inf),
        "vague": (value, value * 10),
    }.get(hedge or "exact", (value, value))


_HEDGE_WORDS = {"upper_bound": "up to ", "lower_bound": "at least ", "approximate": "about "}
_VAGUE_WORDS = {value: word for word, value in VAGUE_WORDS.items()}


def figure(value: float) -> str:
    """A number as news prints it: "20,000", "1,500,000", "2.5"; never "1.5e+06" nor "16.0"."""
    return f"{value:,.15g}"


def worded_toll(value: float, hedge: str | None) -> str:
    """A number as the report worded it: "at least 16", "about 50", and "dozens" for a vague
    count, whose stored value (12, the lower end) no report ever gave."""
    if hedge == "vague" and value in _VAGUE_WORDS:
        return _VAGUE_WORDS[value]
    return f"{_HEDGE_WORDS.get(hedge or '', '')}{figure(value)}"


@dataclass(frozen=True)
class ClaimRecord:
    """One number one article reports, with what it counts, by whom, where, when and per whom."""

    article_id: str
    idx: int
    measure: str
    unit: str | None
    actor: str | None
    place: str | None
    topic: str | None  # the type of the event the number belongs to
    value: float | None
    low: float | None = None
    high: float | None = None
    hedge: str = "exact"
    as_of: str | None = None
    published: str | None = None
    source: str | None = None
    certainty: str = "asserted"
    outlet: str | None = None
    text: str = ""
    sentence: str = ""
    expected: bool = False
    caption: bool = False
    event: int | None = None  # the index of the event (in its article) the number belongs to
    converted: bool = False  # the value was given in another unit of its kind (square miles)
    province: str | None = None  # the admin1 holding `place`, as the report's places give it
    given_place: str | None = None  # the report's place when filed under its same-named town
    rival: bool = False  # a count of civilians a source offers against another's toll
    since: str | None = None  # the start a running count is counted from ("since 2005")
    reported_unit: str | None = None  # the unit as the report gave it, whatever `unit` becomes
    country: str | None = None  # the country holding `place` (or `place` itself), as named

    @property
    def subject(self) -> tuple[str, str, str, str, str]:
        return (self.measure, self.unit or "", self.actor or "", self.place or "", self.topic or "")


@dataclass(frozen=True)
class Mention:
    """A name as an article gives it: a source, an actor or a target."""

    text: str
    kind: str | None = None
    name: str | None = None


def records_from_payload(
    payload: Mapping[str, Any], article_id: str | None = None
) -> tuple[list[EventRecord], list[ClaimRecord], list[Mention]]:
    """The event reports, numbered claims and name mentions of one sitrep.extraction/1 record."""
    article = payload.get("article") or {}
    key = article_id or str(article.get("id"))
    events = [_event_record(payload, key, i) for i in range(len(payload.get("events") or ()))]
    located = without_source_places(payload)  # "U.S. officials" say who speaks, not where
    unfiled = without_dateline_places(located)  # nor does the city a report was filed from
    where = _Whereabouts(
        _focus_country(unfiled),
        focus_location(located),
        provinces_of(located),
        article_dates(located),
        place_countries(located),
    )
    claims = [
        c
        for c in (
            _claim_record(unfiled, key, i, where)
            for i in range(len(payload.get("quantities") or ()))
        )
        if c
    ]
    return events, claims, _mentions(payload)


def _captions(payload: Mapping[str, Any]) -> list[tuple[int, int]]:
    return [
        (s["start"], s["end"]) for s in payload.get("spans") or () if s.get("kind") == "caption"
    ]


def _inside(position: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _sources_of(payload: Mapping[str, Any], indexes: Iterable[int]) -> tuple[str, ...]:
    attributions = payload.get("attributions") or []
    names = {_source_name(attributions[i]) for i in indexes if 0 <= i < len(attributions)}
    return tuple(sorted(n for n in names if n))


def _source_name(attribution: Mapping[str, Any]) -> str | None:
    source = attribution.get("source") or {}
    return source.get("name") or source.get("text")


def _event_record(payload: Mapping[str, Any], article_id: str, index: int) -> EventRecord:
    event = payload["events"][index]
    place = event.get("place") or None
    text = payload.get("text") or ""
    article = payload.get("article") or {}
    counted = event_quantities(payload, event)
    return EventRecord(
        article_id=article_id,
        idx=index,
        type=event.get("type") or "other",
        actor=event.get("actor"),
        target=event.get("target"),
        place=_place_record(place)
        if place and (place.get("name") or place.get("country"))
        else None,
        date=event.get("date"),
        published=article.get("published"),
        killed=event.get("killed"),
        injured=event.get("injured"),
        killed_hedge=event.get("killed_hedge"),
        injured_hedge=event.get("injured_hedge"),
        sources=_sources_of(payload, event.get("attributions") or ()),
        outlet=article.get("outlet"),
        sentence=sentence_around(text, event.get("start", 0), event.get("end", 0)),
        start=event.get("start", 0),
        end=event.get("end", 0),
        duplicate_of=event.get("duplicate_of"),
        modality=event.get("modality") or "happened",
        caption=_inside(event.get("start", 0), _captions(payload)),
        republished_from=article.get("republished_from"),
        toll_unit=toll_unit(counted),
        toll_units=toll_units(counted),
        acts_counted=(tally := acts_count(event, counted, text)) is not None,
        acts_count=tally,
        counts_something=bool(counted)
        or event.get("killed") is not None
        or event.get("injured") is not None,
    )


def _place_record(place: Mapping[str, Any]) -> EventPlaceRecord:
    return EventPlaceRecord(
        name=place.get("name"),
        country=place.get("country"),
        admin1=place.get("admin1"),
        level=place.get("level"),
        lat=place.get("lat"),
        lon=place.get("lon"),
        gazetteer_id=place.get("gazetteer_id"),
        near=place.get("near"),
    )


def _mentions(payload: Mapping[str, Any]) -> list[Mention]:
    found = []
    for attribution in payload.get("attributions") or ():
        source = attribution.get("source") or {}
        if source.get("text"):
            found.append(Mention(source["text"], source.get("kind"), source.get("name")))
    for event in payload.get("events") or ():
        for role in ("actor", "target"):
            if event.get(role):
                found.append(Mention(event[role], "actor"))
    return found


@dataclass(frozen=True)
class _Whereabouts:
    """What a report says of where its counts are, found once per report: its country, its
    leading town, and the province of each place it names; and its dates, for the start each
    count runs from."""

    country: str | None = None
    town: str | None = None
    provinces: Mapping[str, str] = field(default_factory=dict)
    dates: ArticleDates = field(default_factory=lambda: ArticleDates([], [], []))
    countries: Mapping[str, str] = field(default_factory=dict)


def _claim_record(
    payload: Mapping[str, Any], article_id: str, index: int, where: _Whereabouts
) -> ClaimRecord | None:
    quantity = payload["quantities"][index]
    measure = quantity.get("measure")
    if (
        not measure
        or measure == "other"
        or quantity.get("change")
        or (quantity.get("value") is None and quantity.get("high") is None)
    ):
        return None
    text = payload.get("text") or ""
    article = payload.get("article") or {}
    bounds = sentence_bounds(text, quantity["start"], quantity["end"])
    event = _event_of(payload, index, bounds)
    lead = lead_event(payload, event, bounds)
    attribution = _attribution_of(payload, quantity["start"])
    published = article.get("published")
    starts = since_dates(text, where.dates, bounds)
    since = count_start(text, where.dates, quantity, bounds, starts)
    earlier = earlier_figure_dates(text, quantity, payload.get("times") or ())
    as_of = (
        _as_of(payload, None, attribution, bounds, published, [*starts, *earlier])
        if since
        else _as_of(payload, event, attribution, bounds, published, earlier)
    )
    place = (
        event_place_name(event)
        or event_place_name(lead)
        or nearby_place(payload, quantity, bounds)
        or town_of_a_count(where.town, measure, text[bounds[0] : bounds[1]])
        or where.country
    )
    return ClaimRecord(
        article_id=article_id,
        idx=index,
        measure=measure,
        unit=quantity.get("unit"),
        reported_unit=quantity.get("unit"),
        actor=_claim_actor(payload, quantity, bounds, event),
        place=place,
        topic=(event or {}).get("type"),
        value=quantity.get("value"),
        low=quantity.get("low"),
        high=quantity.get("high"),
        hedge=quantity.get("hedge") or "exact",
        as_of=as_of,
        published=published,
        source=_source_name(attribution) if attribution else None,
        certainty=(attribution or {}).get("certainty") or "asserted",
        outlet=article.get("outlet"),
        text=quantity.get("text") or "",
        sentence=text[bounds[0] : bounds[1]].strip(),
        expected=_expected(event, as_of, published, text[quantity["end"] : bounds[1]]),
        caption=_inside(quantity["start"], _captions(payload)),
        event=_position(payload.get("events") or [], lead or event),
        province=where.provinces.get(place) if place else None,
        country=where.countries.get(place) if place else None,
        rival=rival_count(text, bounds, quantity),
        since=str(since["value"]) if since else None,
    )


def _position(items: list[Any], item: Any) -> int | None:
    return next((i for i, candidate in enumerate(items) if candidate is item), None)


def _event_of(
    payload: Mapping[str, Any], index: int, bounds: tuple[int, int]
) -> dict[str, Any] | None:
    """The event the number belongs to: the one that lists it, else one in the same sentence."""
    events = payload.get("events") or []
    linked = [e for e in events if index in (e.get("quantities") or ())]
    if linked:
        return linked[0]
    same = [
        e
        for e in events
        if bounds[0] <= e.get("start", -1) < bounds[1] and e.get("type") != "statement"
    ]
    return same[0] if len(same) == 1 else None


def _claim_actor(
    payload: Mapping[str, Any],
    quantity: Mapping[str, Any],
    bounds: tuple[int, int],
    event: Mapping[str, Any] | None,
) -> str | None:
    """Whose the counted things are: for a toll, the victims' side named at the number only."""
    if quantity.get("measure") in CUMULATIVE_MEASURES:
        return _nearby_actor(payload, quantity, bounds)
    return (event or {}).get("actor") or _nearby_actor(payload, quantity, bounds)


def _attribution_of(payload: Mapping[str, Any], position: int) -> dict[str, Any] | None:
    """The narrowest attribution whose claim holds the number."""
    holding = [
        a
        for a in payload.get("attributions") or ()
        if a["claim"]["start"] <= position < a["claim"]["end"]
    ]
    return min(holding, key=lambda a: a["claim"]["end"] - a["claim"]["start"]) if holding else None


def _nearby_actor(
    payload: Mapping[str, Any], quantity: Mapping[str, Any], bounds: tuple[int, int]
) -> str | None:
    """Whose the counted things are: a people's adjective or actor name right at the number."""
    for place in payload.get("places") or ():
        at_number = (
            quantity["start"] <= place["start"] <= quantity["end"] + 25
            and place["end"] <= bounds[1]
        )
        text = payload.get("text") or ""
        speaker = names_a_speaker(text, place["start"]) or names_the_doer(text, place["start"])
        if at_number and not speaker and (place.get("demonym") or place.get("role") == "actor"):
            return place.get("refers_to") or country_name(place.get("country")) or place.get("name")
    return None


def _focus_country(payload: Mapping[str, Any]) -> str | None:
    """Where, when the sentence names no place ("About 1.2 million people were displaced."): the
    country the report names most as a location. Without it, two reports' counts of the
    displaced, one in Lebanon and one in Myanmar, would be one subject."""
    text = payload.get("text") or ""
    countries = Counter(
        p["country"]
        for p in payload.get("places") or ()
        if p.get("country")
        and p.get("role", "location") == "location"
        and not p.get("demonym")
        and not describes_a_party(text, p["end"])
    )
    return country_name(countries.most_common(1)[0][0]) if countries else None


def _as_of(
    payload: Mapping[str, Any],
    event: Mapping[str, Any] | None,
    attribution: Mapping[str, Any] | None,
    bounds: tuple[int, int],
    published: str | None,
    starts: Sequence[Mapping[str, Any]] = (),
) -> str | None:
    """The day the number is about: its event's day, a day named in its sentence ("revised the
    toll from last weekend's shelling on Thursday" is Thursday's count), else its event's
    weekend, else a month named there, else its report's day. A running count's start ("since Wednesday") is not its
    day, nor is another count's start in the sentence ("63 since 2005 and 11 since March 3"),
    so a running count's caller passes the sentence's `starts`: the count is as of its report.
    A count that runs from no start keeps them ("on alert since Monday, when gunmen killed 12"
    were killed on Monday)."""
    if event and re.match(r"^\d{4}-\d{2}-\d{2}", str(event.get("date"))):
        return str(event["date"])[:10]
    named = [
        t
        for t in payload.get("times") or ()
        if bounds[0] <= t["start"] < bounds[1]
        and t.get("kind", "date") == "date"
        and not any(t is start for start in starts)
    ]
    days = [
        str(t["value"])[:10] for t in named if re.match(r"^\d{4}-\d{2}-\d{2}", str(t.get("value")))
    ]
    if days:
        return max(days)
    if event and date_interval(event.get("date")) and len(event["date"]) >= 10:
        return str(event["date"])  # a weekend ("2026-W10-WE"), whole: cut, it reads as no date
    months = [str(t["value"]) for t in named if re.fullmatch(r"\d{4}-\d{2}", str(t.get("value")))]
    if months:  # "killed in the region in July alone": a count of that month
        return min(months)
    if (
        attribution
        and attribution.get("date")
        and re.match(r"^\d{4}-\d{2}-\d{2}", attribution["date"])
    ):
        return str(attribution["date"])[:10]
    return published


def _expected(
    event: Mapping[str, Any] | None, as_of: str | None, published: str | None, after: str
) -> bool:
    """A projection ("are expected to assemble by Monday"), not a count of what is."""
    if event and event.get("modality") in ("expected", "planned"):
        return True
    if PROJECTION_WORDS & set(re.findall(r"[a-z']+", after.lower())):
        return True
    about, out = sortable_day(as_of, last=False), sortable_day(published)
    return bool(about and out and about > out)


def claim_order(record: ClaimRecord) -> tuple[str, str, str, int]:
    """Reports in the order a history reads them: the day each number is about (a week's or a
    weekend's last day, compared as a date), then its publication, then its place in its
    article."""
    return (
        sortable_day(record.as_of) or "9999",
        sortable_day(record.published) or "9999",
        record.article_id,
        record.idx,
    )
