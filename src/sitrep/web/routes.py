"""The JSON API: articles, events, claims and claim histories, places, search, stats, ingest.

Lists are paginated with `limit` and `offset` and answer
`{"items": [...], "limit": n, "offset": n, "next_offset": n | null}`; `next_offset` is null on the
last page; the event list adds `total`, how many events its filters match on all pages, since a
reader narrowing a search wants that number. Handlers are plain `def`s: FastAPI runs them in its thread pool, each with its own
database connection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy import Connection

from sitrep.errors import BadInput
from sitrep.ingest.common import check_text, content_id, one_line
from sitrep.model import EVENT_MODALITIES, EVENT_TYPES, Article
from sitrep.store import EventFilter, Store
from sitrep.store.queries import (
    check_date_bound,
    count_events,
    last_day,
    list_claims,
    list_events,
    list_places,
    parse_choices,
    search_articles,
)
from sitrep.store.queries import counts as store_counts
from sitrep.web import data
from sitrep.web.cache import StampedCache
from sitrep.web.toll_spans import add_toll_spans

router = APIRouter(prefix="/api")

MAX_LIMIT = 500
MAX_POSTED_CHARS = 200_000
MAX_INDEX = 2**31 - 1  # a larger number overflows the database's integer: a 500, not a 404
MODALITIES = EVENT_MODALITIES

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="How many items per page (1-500).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="How many items to skip.")]
# Dates are checked by `check_date_range`, whose refusal says which forms to give ("yesterday"
# is not a date; give YYYY, YYYY-MM or YYYY-MM-DD), where a pattern would quote a regex.
Since = Annotated[str | None, Query(max_length=32, description="Earliest date, YYYY[-MM[-DD]].")]
Until = Annotated[
    str | None, Query(max_length=32, description="Latest date, YYYY[-MM[-DD]], inclusive.")
]
Text = Annotated[str | None, Query(max_length=200)]
Within = Annotated[
    bool,
    Query(
        description="Only what lies wholly from since to until; by default an event dated to a "
        "week, a month or a year that reaches into the range is in it."
    ),
]


def _cache(request: Request) -> StampedCache:
    cache: StampedCache = request.app.state.cache
    return cache


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def paginate(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """One page from `limit + 1` fetched rows: the extra row only says whether more follow."""
    more = len(rows) > limit
    return {
        "items": rows[:limit],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }


def check_event_type(event_type: str | None) -> None:
    """An event type sitrep knows: a misspelt one would match nothing and look like no events."""
    if event_type is not None and event_type not in EVENT_TYPES:
        raise HTTPException(
            400, f"unknown event type {event_type!r}; choose one of {', '.join(EVENT_TYPES)}"
        )


def parse_modality(
    modality: str | None, choices: Sequence[str] = MODALITIES, what: str = "modality"
) -> tuple[str, ...]:
    """`happened` or `expected,planned` as a tuple (`parse_choices`); a 400 naming the choices
    for an unknown one. An event's modalities by default, an incident's when given."""
    try:
        return parse_choices(modality, choices, what)
    except ValueError as error:
        raise HTTPException(400, str(error)) from None


def check_date_range(since: str | None, until: str | None) -> None:
    """Dates that exist, in order: "2024-13-45" fits the pattern but would match nothing.

    `until` is compared by the last day it covers, so since 2024-11-01 until 2024-11 is a range.
    """
    for name, value in (("since", since), ("until", until)):
        try:
            check_date_bound(value)
        except ValueError as error:
            raise HTTPException(422, f"{name}: {error}") from None
    if since and until and since > last_day(until):
        raise HTTPException(400, f"since ({since}) is after until ({until}); swap them")


def parse_bbox(bbox: str | None) -> tuple[float, float, float, float] | None:
    """`west,south,east,north` in degrees, or a 400 that says what is wrong."""
    if bbox is None:
        return None
    parts = bbox.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise HTTPException(
            400, "bbox must be four numbers: west,south,east,north (degrees)"
        ) from None
    if not (
        -180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= 90 and -90 <= north <= 90
    ):
        raise HTTPException(
            400, "bbox is out of range: longitudes within ±180, latitudes within ±90"
        )
    if west > east or south > north:
        raise HTTPException(
            400, "bbox must be west,south,east,north with west <= east and south <= north"
        )
    return west, south, east, north


@router.get(
    "/stats",
    tags=["overview"],
    summary="Counts, events by type and by day (each day's `undated`: events counted on their "
    "report's publication day), publication dates",
)
def get_stats(request: Request) -> dict[str, Any]:
    with _store(request).engine.connect() as conn:
        summary = _cache(request).get(
            conn, ("stats",), lambda: {"counts": store_counts(conn), **data.stats(conn)}
        )
    return {
        **summary,
        "event_types": list(EVENT_TYPES),
        "ingest": bool(request.app.state.allow_ingest),
    }


@router.get("/articles", tags=["articles"], summary="Articles, newest first")
def get_articles(
    request: Request,
    since: Since = None,
    until: Until = None,
    outlet: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    check_date_range(since, until)
    with _store(request).engine.connect() as conn:
        rows = data.list_articles(conn, since, until, outlet, limit + 1, offset)
    return paginate(rows, limit, offset)


@router.get(
    "/articles/{article_id}",
    tags=["articles"],
    summary="One article: its text and every finding with offsets (for highlighting)",
)
def get_article(
    request: Request, article_id: Annotated[str, Path(max_length=64)]
) -> dict[str, Any]:
    with _store(request).engine.connect() as conn:
        article = data.article_with_payload(conn, article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id!r}; list them at /api/articles")
    return article


class NewArticle(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_POSTED_CHARS, description="The article text.")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=256)
    published: dt.date | None = Field(default=None, description="Publication date, YYYY-MM-DD.")


@router.post(
    "/articles",
    tags=["articles"],
    status_code=201,
    summary="Ingest a new article text (only when the server runs with --allow-ingest)",
)
def post_article(request: Request, article: Annotated[NewArticle, Body()]) -> dict[str, Any]:
    if not request.app.state.allow_ingest:
        raise HTTPException(
            403,
            "this server is read-only; start it with `sitrep serve --allow-ingest` to post articles",
        )
    try:
        text = check_text(article.text, "posted article", MAX_POSTED_CHARS)
    except BadInput as error:
        raise HTTPException(400, str(error)) from None
    item = Article(
        id=content_id(text),
        text=text,
        title=one_line(article.title),
        url=one_line(article.url),
        outlet=one_line(article.outlet),
        published=article.published,
        origin="POST /api/articles",
    )
    extraction = request.app.state.extractor(item)
    # the ledger (the incidents) is left to `sitrep ledger`: it is rebuilt whole, never by one
    # article (on SQLite about 0.1 s for 100 articles, 0.9 s for 1,000, 4 s for 3,000)
    new = _store(request).save_batch([extraction])
    return {"id": content_id(text), "stored": bool(new), "events": len(extraction.events)}


@router.get(
    "/events",
    tags=["events"],
    summary="Events, newest first, with filters; `total` counts every page's matches "
    "(given on the first page and the last)",
)
def get_events(
    request: Request,
    type: Annotated[str | None, Query(description="Event type: " + ", ".join(EVENT_TYPES))] = None,
    since: Since = None,
    until: Until = None,
    place: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Place or admin-1 name (substring), or a country's name or code; "
            "comma-separated parts must all hold ('Kharkiv, UA').",
        ),
    ] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees.")] = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="Actor or target (substring).")
    ] = None,
    source: Annotated[
        str | None, Query(max_length=200, description="Cited source (substring).")
    ] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Words in the event's sentence.")
    ] = None,
    modality: Annotated[
        str | None,
        Query(
            max_length=200,
            description="How the event is told, comma-separated: "
            + ", ".join(MODALITIES)
            + " ('happened' alone leaves out what is only expected, planned or denied).",
        ),
    ] = None,
    include_duplicates: bool = False,
    within: Within = False,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    check_event_type(type)
    check_date_range(since, until)
    flt = EventFilter(
        since=since,
        until=until,
        within=within,
        type=type,
        place=place,
        source=source,
        actor=actor,
        text=q,
        bbox=parse_bbox(bbox),
        modality=parse_modality(modality),
        include_duplicates=include_duplicates,
        limit=limit + 1,
        offset=offset,
    )
    with _store(request).engine.connect() as conn:
        rows = add_toll_spans(conn, list_events(conn, flt))
        total = _event_total(conn, flt, rows, limit, offset)
    return {**paginate(rows, limit, offset), "total": total}


def _event_total(
    conn: Connection, flt: EventFilter, rows: list[dict[str, Any]], limit: int, offset: int
) -> int | None:
    """How many events match, on the first page and the last; None between, where the page
    keeps the first page's: counting re-runs the whole filtered join, and "load more" asked for
    it again on every page. The last page counts itself (what it skipped and what it shows),
    unless it is empty past the end, where what it skipped is not known."""
    last = len(rows) <= limit
    if last and (rows or offset == 0):
        return offset + len(rows)
    return count_events(conn, flt) if offset == 0 or last else None


@router.get(
    "/events/{article_id}/{idx}",
    tags=["events"],
    summary="One event with its article, the evidence it cites and its form in every pipeline version",
)
def get_event(
    request: Request,
    article_id: Annotated[str, Path(max_length=64)],
    idx: Annotated[int, Path(ge=0, le=MAX_INDEX)],
) -> dict[str, Any]:
    with _store(request).engine.connect() as conn:
        event = data.event_detail(conn, article_id, idx)
    if event is None:
        raise HTTPException(
            404, f"no event {idx} in article {article_id!r}; list them at /api/events"
        )
    return event


@router.get("/claims", tags=["claims"], summary="Attributed claims: who said what, newest first")
def get_claims(
    request: Request,
    source: Text = None,
    q: Text = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Each claim with its source and cue. `claim_text` is what was said: the `parts` of a quote
    its reporting clause interrupts, joined with " … ". `since` and `until` take the days a
    claim's date covers: a claim dated to a week is in each month the week touches."""
    check_date_range(since, until)
    flt = EventFilter(
        source=source, text=q, since=since, until=until, limit=limit + 1, offset=offset
    )
    with _store(request).engine.connect() as conn:
        rows = list_claims(conn, flt)
    return paginate(rows, limit, offset)


@router.get(
    "/claims/measures", tags=["claims"], summary="Measures with numeric values, most common first"
)
def get_measures(request: Request) -> dict[str, Any]:
    with _store(request).engine.connect() as conn:
        return {"items": _cache(request).get(conn, ("measures",), lambda: data.measures(conn))}


@router.get(
    "/claims/history",
    tags=["claims"],
    summary="Claim histories: one series of values over publication date per source",
)
def get_claim_history(
    request: Request,
    measure: Text = None,
    unit: Text = None,
    source: Text = None,
    limit: Annotated[int, Query(ge=1, le=20_000)] = 5000,
) -> dict[str, Any]:
    key = ("history", measure, unit, source, limit)
    with _store(request).engine.connect() as conn:
        return {
            "items": _cache(request).get(
                conn, key, lambda: data.claim_series(conn, measure, unit, source, limit)
            )
        }


@router.get("/places", tags=["places"], summary="Resolved places, most mentioned first")
def get_places(
    request: Request, q: Text = None, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    flt = EventFilter(place=q, limit=limit + 1, offset=offset)
    with _store(request).engine.connect() as conn:  # an aggregate over every mention: cached
        rows = _cache(request).get(
            conn, ("places", q, limit, offset), lambda: list_places(conn, flt)
        )
    return paginate(rows, limit, offset)


@router.get("/search", tags=["search"], summary="Full-text search over article titles and texts")
def get_search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find.")],
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    with _store(request).engine.connect() as conn:
        try:
            rows = search_articles(conn, q, limit + 1, offset, request.app.state.gazetteer)
        except BadInput as error:
            raise HTTPException(400, str(error)) from None
    return paginate(rows, limit, offset)
