"""sitrep's data model: frozen dataclasses that every stage passes along.

spaCy objects never leave the extractors; the store, the API and the JSON output see only these.
Field names follow the output contract sitrep.extraction/1 (`SCHEMA.md`), so `to_json` is a plain
walk over the dataclasses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

SCHEMA_NAME = "sitrep.extraction/1"

SpanKind = Literal["caption", "credit", "byline", "boilerplate", "other_news"]
PlaceRole = Literal["location", "actor"]
TimeKind = Literal["date", "time", "duration", "set"]
Hedge = Literal["exact", "approximate", "upper_bound", "lower_bound", "range", "vague"]
SourceKind = Literal[
    "named_person",
    "named_official",
    "anonymous_official",
    "anonymous_person",
    "government",
    "organization",
    "media",
    "document",
    "video",
]
Certainty = Literal["asserted", "hedged", "denied"]
# how one report tells an event: "happened" is asserted; the others are only expected, planned,
# denied, or alleged (an accusation, a charge or a suspicion of the act)
EventModality = Literal["happened", "expected", "planned", "denied", "alleged"]
EVENT_MODALITIES: tuple[str, ...] = get_args(EventModality)
EVENT_TYPES = (
    "attack",
    "armed_clash",
    "seize_territory",
    "retake_territory",
    "deploy",
    "withdraw",
    "train",
    "aid",
    "sanction",
    "agreement",
    "protest",
    "arrest",
    "abduction",
    "statement",
    "other",
)


@dataclass(frozen=True)
class Article:
    """One news report as read: the text the offsets point into, plus its metadata."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str = "en"
    origin: str | None = (
        None  # where it was read from (path, path:line, feed item); not in the schema
    )
    # the outlet that first published the report this article reprints (a republication notice:
    # "originally published by Harbour Wire"); in the JSON only when known
    republished_from: str | None = None


@dataclass(frozen=True)
class Span:
    """A stretch of page furniture (caption, credit, byline, boilerplate, "In other news" item)."""

    start: int
    end: int
    kind: SpanKind


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a place name could mean; kept when the choice is genuinely open."""

    name: str
    country: str | None
    admin1: str | None
    level: str | None
    lat: float | None
    lon: float | None
    gazetteer_id: str | None


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    text: str
    role: PlaceRole = "location"
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    level: str | None = None
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    refers_to: str | None = None
    confidence: float = 0.0
    ambiguous: bool = False
    candidates: tuple[Candidate, ...] = ()
    unresolved_reason: str | None = None
    demonym: bool = False  # read from a people's adjective ("Russian troops" -> Russia)
    # The place whose point stands in for this one, which the gazetteer lacks ("Kupyansk" for "a
    # village near Kupyansk"): the point is only approximate. None when the point is its own.
    near: str | None = None


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    text: str
    value: str | None
    kind: TimeKind = "date"
    confidence: float = 0.0
    # The calendar day (month, year) an offset such as "two days earlier" points to; `value` keeps
    # TimeML's duration ("P2D"), which the gold sets score.
    anchored: str | None = None


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    measure: str | None = None
    hedge: Hedge = "exact"
    change: Literal["up", "down"] | None = None


@dataclass(frozen=True)
class Offsets:
    start: int
    end: int


@dataclass(frozen=True)
class Source:
    start: int | None
    end: int | None
    text: str
    kind: SourceKind
    name: str | None = None  # normalised name ("Emmanuel Macron", "The New York Times")


@dataclass(frozen=True)
class Via:
    text: str
    kind: SourceKind


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    verb_class: str | None = None  # say, tell, report, warn, estimate, claim, deny, confirm, ...


@dataclass(frozen=True)
class Attribution:
    claim: Offsets
    source: Source
    via: tuple[Via, ...] = ()
    cue: Cue | None = None
    direct_quote: bool | Literal["mixed"] = False
    date: str | None = None
    certainty: Certainty = "asserted"
    # What was said, in order: the claim less a reporting clause that interrupts it ("“A,” she
    # said. “B.”" has two parts); the whole claim when nothing does, and when not given.
    parts: tuple[Offsets, ...] = ()

    def __post_init__(self) -> None:
        if not self.parts:
            object.__setattr__(self, "parts", (self.claim,))


@dataclass(frozen=True)
class EventPlace:
    name: str | None
    lat: float | None
    lon: float | None
    level: str | None
    country: str | None = None
    admin1: str | None = None
    gazetteer_id: str | None = None
    near: str | None = None  # as `Place.near`: the point is that place's, only approximate


@dataclass(frozen=True)
class Event:
    start: int
    end: int
    type: str
    acled: str | None = None
    plover: str | None = None
    actor: str | None = None
    target: str | None = None
    place: EventPlace | None = None
    date: str | None = None
    weapon: tuple[str, ...] = ()
    killed: float | None = None
    injured: float | None = None
    quantities: tuple[int, ...] = ()
    attributions: tuple[int, ...] = ()
    duplicate_of: int | None = None
    confidence: float = 0.0
    modality: EventModality = "happened"
    trigger: str | None = None
    killed_hedge: str | None = None
    injured_hedge: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything sitrep found in one article: the sitrep.extraction/1 record."""

    article: Article
    spans: tuple[Span, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    events: tuple[Event, ...] = ()
    pipeline_version: str = ""
    schema: str = field(default=SCHEMA_NAME)

    @property
    def text(self) -> str:
        return self.article.text

    def to_json(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, in the field order of SCHEMA.md."""
        article = self.article
        about: dict[str, Any] = {
            "id": article.id,
            "url": article.url,
            "title": article.title,
            "outlet": article.outlet,
            "published": article.published.isoformat() if article.published else None,
            "language": article.language,
        }
        if article.republished_from is not None:  # an extension: absent when not known
            about["republished_from"] = article.republished_from
        return {
            "schema": self.schema,
            "article": about,
            "text": article.text,
            "pipeline_version": self.pipeline_version,
            "spans": [as_plain(s) for s in self.spans],
            "places": [as_plain(p) for p in self.places],
            "times": [as_plain(t) for t in self.times],
            "quantities": [as_plain(q) for q in self.quantities],
            "attributions": [as_plain(a) for a in self.attributions],
            "events": [as_plain(e) for e in self.events],
        }


def as_plain(value: Any) -> Any:
    """Dataclasses, tuples and dates as JSON-ready dicts, lists and strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [as_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value
