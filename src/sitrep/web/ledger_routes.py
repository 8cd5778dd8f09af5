"""The JSON API over the cross-article ledger: what `sitrep timeline`, `sitrep event` and
`sitrep claims --about` show on the terminal, with the same names and the same rows.

Per-article events stay under /api/events; here one row is one real-world event told by one or
more reports, and a claim subject is one measure's values across sources with the
contradictions between them. /api/claims/tracker serves the web page's claim tracker: the
subjects, and one subject's values as a series per source beside the other histories of its
measure at its place.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request

from sitrep.errors import AmbiguousEventId
from sitrep.link.corrections import corrections_in
from sitrep.link.incident_modality import INCIDENT_MODALITIES
from sitrep.model import EVENT_TYPES
from sitrep.store import Store
from sitrep.store.ledger import (
    claim_history,
    event_detail,
    subjects_about,
    subjects_beside,
    timeline,
)
from sitrep.web.data import subject_series, tracker_subjects
from sitrep.web.routes import (
    Limit,
    Offset,
    Since,
    Text,
    Until,
    Within,
    check_date_range,
    check_event_type,
    paginate,
    parse_modality,
)
from sitrep.web.toll_spans import add_toll_spans

router = APIRouter(prefix="/api")


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@router.get(
    "/timeline",
    tags=["ledger"],
    summary="Canonical events across articles, in date order (as `sitrep timeline`)",
)
def get_timeline(
    request: Request,
    type: Annotated[str | None, Query(description="Event type: " + ", ".join(EVENT_TYPES))] = None,
    since: Since = None,
    until: Until = None,
    place: Text = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="Actor or target (substring).")
    ] = None,
    order: Annotated[
        Literal["oldest", "newest"],
        Query(description="oldest first (as `sitrep timeline`) or newest first; undated last."),
    ] = "oldest",
    background: Annotated[
        bool,
        Query(description='Also the events dated well before their reports ("an attack in 2011").'),
    ] = False,
    within: Within = False,
    modality: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Incidents told so, comma-separated: "
            + ", ".join(INCIDENT_MODALITIES)
            + ' ("disputed": one report denies what another tells).',
        ),
    ] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    check_event_type(type)
    check_date_range(since, until)
    told = parse_modality(modality, INCIDENT_MODALITIES, "incident modality")
    with _store(request).engine.connect() as conn:
        rows = timeline(
            conn,
            since,
            until,
            type,
            place,
            actor,
            offset + limit + 1,
            newest_first=order == "newest",
            with_background=background,
            within=within,
            modality=told,
        )
    return paginate(rows[offset:], limit, offset)


@router.get(
    "/timeline/{event_id}",
    tags=["ledger"],
    summary="One canonical event with every report of it and its evidence (as `sitrep event`)",
    responses={
        404: {"description": "No canonical event starts with this id."},
        409: {"description": "The id prefix starts several canonical events: give more of it."},
    },
)
def get_canonical_event(
    request: Request, event_id: Annotated[str, Path(min_length=4, max_length=64)]
) -> dict[str, Any]:
    canonical_id = event_id if event_id.startswith("ev-") else f"ev-{event_id}"
    with _store(request).engine.connect() as conn:
        try:
            event = event_detail(conn, canonical_id)
        except AmbiguousEventId as error:
            raise HTTPException(409, str(error)) from None
        if event is not None:
            add_toll_spans(conn, event["versions"])
    if event is None:
        raise HTTPException(
            404, f"no canonical event starts with {canonical_id!r}; list them at /api/timeline"
        )
    return event


@router.get(
    "/claims/subjects",
    tags=["ledger"],
    summary="Claim histories of a subject: values over time by source, with contradictions "
    "(as `sitrep claims --about`)",
)
def get_claims_about(
    request: Request,
    about: Annotated[
        str, Query(min_length=1, max_length=200, description='What the claims count: "troops".')
    ],
    limit: Annotated[int, Query(ge=1, le=100, description="At most this many subjects.")] = 20,
) -> dict[str, Any]:
    with _store(request).engine.connect() as conn:
        return {"items": claim_history(conn, about, limit)}


@router.get(
    "/claims/tracker",
    tags=["ledger"],
    summary="Claim subjects for the claim tracker, disputed ones first, then the longest",
)
def get_tracker_subjects(
    request: Request,
    about: Annotated[
        str | None,
        Query(
            max_length=200,
            description='What the claims count, in an analyst\'s words ("Kidal death toll"), '
            "matched as `sitrep claims --about` matches them.",
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000, description="At most this many subjects.")] = 200,
) -> dict[str, Any]:
    with _store(request).engine.connect() as conn:
        ids = {s["id"] for s in subjects_about(conn, about)} if about else None
        return {"items": tracker_subjects(conn, limit, ids)}


@router.get(
    "/claims/tracker/{subject_id}",
    tags=["ledger"],
    summary="One claim subject: its values as one series per source, contradictions and "
    "corrections marked, and the other histories of its measure at its place",
)
def get_tracker_subject(
    request: Request, subject_id: Annotated[str, Path(min_length=4, max_length=64)]
) -> dict[str, Any]:
    with _store(request).engine.connect() as conn:
        subject = subject_series(conn, subject_id)
        if subject is None:
            raise HTTPException(
                404, f"no claim subject {subject_id!r}; list them at /api/claims/tracker"
            )
        subject["beside"] = subjects_beside(conn, subject_id)
    for series in subject["series"]:  # one per source, in date order
        # "revised its toll down to 41": the source's own fix of a figure it gave before
        for point, correction in zip(
            series["points"], corrections_in(series["points"]), strict=True
        ):
            point["correction"] = correction
    return subject
