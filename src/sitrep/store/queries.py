"""Read queries over the current extractions: events, claims, places, articles, search.

Every filter is a bound parameter (never SQL text), so quotes and SQL fragments in a search
string are just characters to look for.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, or_, select

from sitrep.extract.actors import normalize_actor
from sitrep.extract.event_countries import COUNTRIES
from sitrep.store import schema
from sitrep.store.flatten import parts_or_whole, read_direct_quote
from sitrep.store.search import search_articles as search_articles


@dataclass(frozen=True)
class EventFilter:
    since: str | None = None  # ISO date; compared with the event date (or publication date)
    until: str | None = None
    type: str | None = None
    place: str | None = None
    source: str | None = None
    actor: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    # events told as these ("happened", "denied", ...); empty: every modality
    modality: tuple[str, ...] = ()
    include_duplicates: bool = False
    # since/until hold only the events wholly inside them, not one whose month or year reaches in
    within: bool = False
    limit: int = 100
    offset: int = 0


DATE_BOUND = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check_date_bound(value: str | None) -> str | None:
    """`value` if it names a year, month or day that exists (YYYY, YYYY-MM, YYYY-MM-DD).

    Date filters compare ISO text, so "yesterday" or "2024-13-45" would quietly match nothing
    (or everything); they are refused with the form to use instead.
    """
    if value is None:
        return None
    match = DATE_BOUND.fullmatch(value.strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = (int(part) if part else 1 for part in match.groups())
        dt.date(year, month, day)
    except ValueError:
        raise ValueError(
            f"{value!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-10-26)"
        ) from None
    return value.strip()


def last_day(bound: str) -> str:
    """The last calendar day of a year, month or day bound: "2024-02" -> "2024-02-29".

    An `until` of "2024-10" means the whole of October, which a text comparison with
    "2024-10-05" would leave out.
    """
    parts = [int(part) for part in bound.split("-")]
    if len(parts) == 1:
        return f"{parts[0]:04d}-12-31"
    if len(parts) == 2:
        return f"{parts[0]:04d}-{parts[1]:02d}-{calendar.monthrange(parts[0], parts[1])[1]:02d}"
    return bound


def _current() -> Any:
    return schema.extractions.c.current.is_(True)


def escape_like(value: str) -> str:
    """`value` matched literally in a LIKE pattern (with ESCAPE '\\')."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(value: str) -> str:
    return f"%{escape_like(value)}%"


def _country_codes() -> dict[str, str]:
    """Country names to their ISO codes ("ukraine" -> "UA"): the store keeps the code."""
    codes = {}
    for line in COUNTRIES.strip().splitlines():
        name, code, _other_names, _capitals = line.split("|")
        codes[name.lower()] = code
    return codes


_COUNTRY_CODES = _country_codes()


def place_parts(place: str) -> list[str]:
    """The comma-separated parts of a place filter ("Kharkiv, UA"), blanks left out."""
    return [part.strip() for part in place.split(",") if part.strip()]


def place_conditions(table: Any, place: str) -> list[ColumnElement[bool]]:
    """Each comma-separated part of `place` names the place, region or country of `table`'s rows
    (events, incidents): a reader writes "Kharkiv, UA", "Kharkiv, Ukraine" or "Springfield,
    Illinois" as an address reads, and every part must hold (a lone "Kharkiv" finds it in any
    country). A part may also be the place as an article spells it ("Dolnivka"), which the
    gazetteer may name otherwise ("Dolnovka"): a stored mention of that spelling gives its
    resolved name. A filter of commas alone filters nothing."""
    p = schema.places
    return [
        or_(
            table.c.place_name.ilike(_like(part), escape="\\"),
            table.c.place_name.in_(
                select(p.c.name).where(p.c.text.ilike(_like(part), escape="\\"))
            ),
            table.c.admin1.ilike(_like(part), escape="\\"),
            table.c.country == _COUNTRY_CODES.get(part.lower(), part.upper()),
        )
        for part in place_parts(place)
    ]


def actor_condition(table: Any, actor: str) -> ColumnElement[bool]:
    """`actor` names `table`'s actor or target, as written (at the start of any word of it) or
    by the name the pipeline gives the side it stands for: the ledger stores "Russia" for
    "Russian forces" and "Kenya" for "Kenyan police", so a reader's "Russian" or "Kenyan" finds
    them (`normalize_actor`). That name must be the whole of the stored one, and the text a
    word's start: "Malian" gives Mali, no part of Somalia; "Omani" is inside no word of Romania."""
    capitalised = " ".join(word[:1].upper() + word[1:] for word in actor.split())
    side = normalize_actor(actor) or normalize_actor(capitalised)
    typed = escape_like(actor)
    patterns = [f"{typed}%", f"% {typed}%", *([escape_like(side)] if side else [])]
    return or_(
        *(
            column.ilike(pattern, escape="\\")
            for pattern in patterns
            for column in (table.c.actor, table.c.target)
        )
    )


def date_bounds(
    first: Any, last: Any, since: str | None, until: str | None, *, within: bool = False
) -> list[ColumnElement[bool]]:
    """The one rule for `since`/`until` over a thing dated from `first` to `last` (SQL
    expressions): its days meet the range (a week or a month that reaches into it is in it), or
    with `within`, it lies wholly inside it (the events off the timeline's axis are those wholly
    before or after it, not a year that spans its edge). `until` a month or a year takes all
    of it."""
    conditions = []
    if since:
        conditions.append((first if within else last) >= since)
    if until:
        conditions.append((last if within else first) <= last_day(until))
    return conditions


def _date_conditions(flt: EventFilter) -> list[ColumnElement[bool]]:
    e = schema.events
    first, last = schema.event_when(), schema.last_day_of(e, e.c.published)
    return date_bounds(first, last, flt.since, flt.until, within=flt.within)


def events_query(flt: EventFilter) -> Select[Any]:
    e, x, a = schema.events, schema.extractions, schema.articles
    added = schema.EVENT_COLUMNS_ADDED
    first = [column for column in e.c if column.name not in added]
    query = (
        select(*first, a.c.title, a.c.url, a.c.outlet, x.c.pipeline_version)
        .add_columns(*(e.c[name] for name in added))
        .join(x, x.c.id == e.c.extraction_id)
        .join(a, a.c.id == e.c.article_id)
        .where(_current())
    )
    conditions: list[ColumnElement[bool]] = []
    if not flt.include_duplicates:
        conditions.append(e.c.duplicate_of.is_(None))
    if flt.type:
        conditions.append(e.c.type == flt.type)
    conditions += _date_conditions(flt)
    if flt.place:
        conditions.extend(place_conditions(e, flt.place))
    if flt.actor:
        conditions.append(actor_condition(e, flt.actor))
    if flt.source:
        conditions.append(
            func.cast(e.c.sources, schema.articles.c.text.type).ilike(
                _like(flt.source), escape="\\"
            )
        )
    if flt.text:
        conditions.append(e.c.sentence.ilike(_like(flt.text), escape="\\"))
    if flt.bbox:
        west, south, east, north = flt.bbox
        conditions += [e.c.lon >= west, e.c.lon <= east, e.c.lat >= south, e.c.lat <= north]
    if flt.modality:
        conditions.append(modality_condition(schema.events.c.modality, flt.modality))
    if conditions:
        query = query.where(and_(*conditions))
    # undated events last on every database: PostgreSQL would put NULLs first when descending
    return (
        query.order_by(schema.event_when().desc().nulls_last(), e.c.article_id, e.c.idx)
        .limit(flt.limit)
        .offset(flt.offset)
    )


def modality_condition(column: Any, modalities: Sequence[str]) -> ColumnElement[bool]:
    """Rows told as one of `modalities` (an event's or an incident's); a row stored before
    they had a modality (NULL) happened."""
    told: ColumnElement[bool] = column.in_(modalities)
    return or_(told, column.is_(None)) if "happened" in modalities else told


def parse_choices(value: str | None, choices: Sequence[str], what: str) -> tuple[str, ...]:
    """`happened` or `expected, planned` as a tuple; None or "," names none. A ValueError
    naming the choices for an unknown one, which would match nothing and look like no rows."""
    wanted = tuple(part.strip() for part in (value or "").split(",") if part.strip())
    unknown = [part for part in wanted if part not in choices]
    if unknown:
        raise ValueError(
            f"unknown {what} {unknown[0]!r}; choose one or more of {', '.join(choices)}, "
            "comma-separated"
        )
    return wanted


def list_events(conn: Connection, flt: EventFilter) -> list[dict[str, Any]]:
    """The page of events `flt` selects, newest first, each with the `canonical_id` of the
    incident it reports (`store.incident_ids`), None before the ledger is built."""
    return [dict(row._mapping) for row in conn.execute(events_query(flt))]


def count_events(conn: Connection, flt: EventFilter) -> int:
    """How many events the filter matches on every page: a page of 200 says "200 shown", not
    how many a reader's filters found."""
    matching = events_query(flt).order_by(None).limit(None).offset(None).subquery()
    return int(conn.execute(select(func.count()).select_from(matching)).scalar_one())


def list_claims(conn: Connection, flt: EventFilter) -> list[dict[str, Any]]:
    t, x, a = schema.attributions, schema.extractions, schema.articles
    query = (
        select(t, a.c.title, a.c.published, a.c.outlet)
        .join(x, x.c.id == t.c.extraction_id)
        .join(a, a.c.id == t.c.article_id)
        .where(_current())
    )
    if flt.source:
        pattern = _like(flt.source)
        query = query.where(
            or_(
                t.c.source_name.ilike(pattern, escape="\\"),
                t.c.source_text.ilike(pattern, escape="\\"),
            )
        )
    if flt.text:
        query = query.where(t.c.claim_text.ilike(_like(flt.text), escape="\\"))
    first, last = schema.first_day_of(t, a.c.published), schema.last_day_of(t, a.c.published)
    query = query.where(*date_bounds(first, last, flt.since, flt.until, within=flt.within))
    query = (
        query.order_by(a.c.published.desc().nulls_last(), t.c.article_id, t.c.idx)
        .limit(flt.limit)
        .offset(flt.offset)
    )
    claims = [dict(row._mapping) for row in conn.execute(query)]
    for claim in claims:
        claim["parts"] = parts_or_whole(claim.get("parts"), claim["start"], claim["end"])
        claim["direct_quote"] = read_direct_quote(claim.get("direct_quote"))
    return claims


def list_places(conn: Connection, flt: EventFilter) -> list[dict[str, Any]]:
    p, x = schema.places, schema.extractions
    query = (
        select(
            p.c.name,
            p.c.country,
            p.c.admin1,
            p.c.level,
            p.c.lat,
            p.c.lon,
            p.c.gazetteer_id,
            func.count().label("mentions"),
            func.count(func.distinct(p.c.article_id)).label("articles"),
        )
        .join(x, x.c.id == p.c.extraction_id)
        .where(_current(), p.c.role == "location", p.c.name.is_not(None))
        .group_by(p.c.name, p.c.country, p.c.admin1, p.c.level, p.c.lat, p.c.lon, p.c.gazetteer_id)
    )
    # a place's name alone: "Kharkiv, UA" lists the places named Kharkiv
    named = place_parts(flt.place or "")[:1]
    if named:
        query = query.where(p.c.name.ilike(_like(named[0]), escape="\\"))
    query = query.order_by(func.count().desc(), p.c.name).limit(flt.limit).offset(flt.offset)
    return [dict(row._mapping) for row in conn.execute(query)]


def current_payloads(
    conn: Connection, article_ids: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """The current extraction JSON of each article (all articles when ids are not given)."""
    x = schema.extractions
    query = select(x.c.payload).where(_current()).order_by(x.c.article_id)
    if article_ids is not None:
        query = query.where(x.c.article_id.in_(list(article_ids)))
    return [row[0] for row in conn.execute(query)]


def counts(conn: Connection) -> dict[str, int]:
    """How many articles, current extractions, events, claims, places and failures are stored."""
    result = {}
    for name, table in (
        ("articles", schema.articles),
        ("failures", schema.failures),
        ("runs", schema.runs),
    ):
        result[name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
    for name, table in (
        ("events", schema.events),
        ("claims", schema.attributions),
        ("places", schema.places),
    ):
        query = (
            select(func.count())
            .select_from(table)
            .join(schema.extractions, schema.extractions.c.id == table.c.extraction_id)
            .where(_current())
        )
        result[name] = int(conn.execute(query).scalar_one())
    return result
