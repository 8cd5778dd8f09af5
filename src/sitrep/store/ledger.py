"""The ledger in the store: rebuilt from the current extractions, and read for the CLI and API.

`rebuild_ledger` reads every current extraction, runs the pure linking in `sitrep.link`
(entities, canonical events, claim histories, contradictions) and replaces the ledger tables in
one transaction. The result depends only on the stored extractions, so running it twice, or
after re-ingesting the same articles, changes nothing.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, and_, case, delete, func, or_, select

from sitrep import link
from sitrep.errors import AmbiguousEventId
from sitrep.link.article_versions import (
    ArticleVersion,
    article_version,
    current_version_claims,
    current_version_events,
    superseded_versions,
)
from sitrep.link.claim_incidents import incident_ids
from sitrep.link.claim_readings import headline_quantities, one_reading_each
from sitrep.link.copies import without_copied_values
from sitrep.store import ledger_schema as ls
from sitrep.store import schema
from sitrep.store.database import Store
from sitrep.store.incident_ids import store_incident_ids
from sitrep.store.queries import (
    actor_condition,
    date_bounds,
    escape_like,
    modality_condition,
    place_conditions,
)

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


@dataclass(frozen=True)
class LedgerSummary:
    events: int
    reports: int
    entities: int
    subjects: int
    values: int
    contradictions: int


@dataclass
class Ledger:
    """Everything the ledger holds, computed from extraction payloads."""

    index: link.EntityIndex
    clusters: list[link.Cluster]
    histories: list[link.History]


def build_ledger(payloads: Iterable[tuple[str, dict[str, Any]]]) -> Ledger:
    """The ledger of (article id, extraction payload) pairs; pure.

    Each payload is reduced to its records as it arrives, so a stream of payloads is never held
    in memory at once.
    """
    events: list[link.EventRecord] = []
    claims: list[link.ClaimRecord] = []
    mentions: list[link.Mention] = []
    headlines: set[tuple[str, int]] = set()
    versions: list[ArticleVersion] = []
    for article_id, payload in payloads:
        found_events, found_claims, found_mentions = link.records_from_payload(payload, article_id)
        events += found_events
        claims += found_claims
        mentions += found_mentions
        headlines |= headline_quantities(payload, article_id)
        versions.append(article_version(payload, article_id))
    superseded = superseded_versions(versions)  # an outlet's corrected article stands for both
    events = current_version_events(events, superseded)
    claims = current_version_claims(claims, superseded)
    index = link.link_entities(mentions)
    clusters = link.cluster_events(events, index)
    histories = [  # one reading per report and source: a headline's copy is not a second report,
        # nor is another article's word-for-word copy (a republication, a syndicated story)
        replace(history, values=without_copied_values(one_reading_each(history.values, headlines)))
        for history in link.claim_histories(
            claims, index, link.incident_places(clusters), incident_ids(clusters)
        )
    ]
    return Ledger(index, clusters, histories)


_PAYLOADS_PER_FETCH = 256


def rebuild_ledger(store: Store) -> LedgerSummary:
    """Recompute the ledger tables from the current extractions, in one transaction."""
    with store.engine.begin() as conn:
        summary = replace_ledger(conn)
    log.info("ledger rebuilt: %s", summary)
    return summary


def replace_ledger(conn: Connection) -> LedgerSummary:
    """Replace the ledger tables' contents with the ledger of the current extractions, inside
    the caller's transaction (a migration's, when what the ledger is built from changed)."""
    x = schema.extractions
    # on the statement, not the connection: a connection's options would make the DELETEs
    # below run through a server-side cursor, which PostgreSQL refuses
    rows = conn.execute(
        select(x.c.article_id, x.c.payload)
        .where(x.c.current.is_(True))
        .order_by(x.c.article_id)
        .execution_options(yield_per=_PAYLOADS_PER_FETCH)
    )
    ledger = build_ledger((str(r[0]), r[1]) for r in rows)
    for table in ls.LEDGER_TABLES:
        conn.execute(delete(table))
    conn.execute(delete(schema.ledger_rebuilds_owed))  # a whole new ledger pays any owed
    summary = _write(conn, ledger)
    store_incident_ids(conn)
    return summary


def _write(conn: Connection, ledger: Ledger) -> LedgerSummary:
    event_rows, member_rows = [], []
    for cluster in ledger.clusters:
        event_rows.append(link.canonical_summary(cluster, ledger.index))
        member_rows += [_member_row(cluster.id, r, "report") for r in cluster.members]
        member_rows += [_member_row(cluster.id, r, "duplicate") for r in cluster.duplicates]
    entity_rows, alias_rows = _entity_rows(ledger.index)
    subject_rows, value_rows, contradiction_rows = [], [], []
    for history in ledger.histories:
        found = link.contradictions(history)
        subject_rows.append(_subject_row(history, len(found)))  # as many as it lists
        value_rows += [
            _value_row(history.id, position, v) for position, v in enumerate(history.values)
        ]
        contradiction_rows += [_contradiction_row(history.id, c) for c in found]
    for table, table_rows in (
        (ls.canonical_events, event_rows),
        (ls.canonical_members, member_rows),
        (ls.entities, entity_rows),
        (ls.entity_aliases, alias_rows),
        (ls.claim_subjects, subject_rows),
        (ls.claim_values, value_rows),
        (ls.claim_contradictions, contradiction_rows),
    ):
        if table_rows:
            conn.execute(table.insert(), table_rows)
    return LedgerSummary(
        len(event_rows),
        len(member_rows),
        len(entity_rows),
        len(subject_rows),
        len(value_rows),
        len(contradiction_rows),
    )


def _member_row(event_id: str, record: link.EventRecord, role: str) -> dict[str, Any]:
    place = record.place
    return {
        "event_id": event_id,
        "article_id": record.article_id,
        "idx": record.idx,
        "role": role,
        "type": record.type,
        "actor": record.actor,
        "target": record.target,
        "place_name": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "date": record.date,
        "killed": record.killed,
        "injured": record.injured,
        "killed_hedge": record.killed_hedge,
        "injured_hedge": record.injured_hedge,
        "modality": record.modality,
        "sources": list(record.sources),
        "outlet": record.outlet,
        "published": record.published,
        "start": record.start,
        "end": record.end,
        "sentence": record.sentence,
    }


def _entity_id(name: str) -> str:
    return "en-" + hashlib.sha1(name.encode()).hexdigest()[:12]


def _entity_rows(index: link.EntityIndex) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    aliases = index.aliases()
    entity_rows = [
        {"id": _entity_id(name), "name": name, "kind": index.kinds.get(name)}
        for name in sorted(aliases)
    ]
    alias_rows = [
        {"alias": alias, "entity_id": _entity_id(name)}
        for name, keys in sorted(aliases.items())
        for alias in keys
    ]
    return entity_rows, alias_rows


def _subject_row(history: link.History, contradictions: int) -> dict[str, Any]:
    measure, unit, actor, place, topic = history.subject
    return {
        "id": history.id,
        "label": history.label,
        "measure": measure,
        "unit": unit or None,
        "actor": actor or None,
        "place": place or None,
        "topic": topic or None,
        "since": history.start or None,
        "n_values": len(history.values),
        "n_contradictions": contradictions,
    }


def _value_row(subject_id: str, position: int, value: link.ClaimRecord) -> dict[str, Any]:
    return {
        "subject_id": subject_id,
        "article_id": value.article_id,
        "idx": value.idx,
        "position": position,
        "value": value.value,
        "low": value.low,
        "high": value.high,
        "hedge": value.hedge,
        "as_of": value.as_of,
        "published": value.published,
        "source": value.source,
        "certainty": value.certainty,
        "outlet": value.outlet,
        "expected": value.expected,
        "text": value.text,
        "sentence": value.sentence,
        "given_place": value.given_place,
        "reported_unit": value.reported_unit,
    }


def _contradiction_row(subject_id: str, found: link.Contradiction) -> dict[str, Any]:
    return {
        "subject_id": subject_id,
        "first_article": found.first.article_id,
        "first_idx": found.first.idx,
        "second_article": found.second.article_id,
        "second_idx": found.second.idx,
        "reason": found.reason,
    }


# --- reading ---------------------------------------------------------------------------------


def timeline(
    conn: Connection,
    since: str | None = None,
    until: str | None = None,
    event_type: str | None = None,
    place: str | None = None,
    actor: str | None = None,
    limit: int = 100,
    *,
    newest_first: bool = False,
    with_background: bool = False,
    within: bool = False,
    modality: tuple[str, ...] = (),
) -> list[dict[str, Any]]:
    """Canonical events in time order (undated ones last), or newest first for a reader
    following the news, by the day the page shows (its date, else the day it was reported);
    `until` a month or a year takes all of it. Background events ("an attack in 2011" in
    today's report) only when asked for: they are not the news. The dates
    take the events whose days meet them, or with `within`, those wholly inside them; with
    `modality`, those told so ("disputed"; a ledger rebuilt before modalities: "happened")."""
    e = ls.canonical_events
    query = select(e)
    if not with_background:
        query = query.where(e.c.background.isnot(True))
    query = query.where(*date_bounds(e.c.date_start, e.c.date_end, since, until, within=within))
    if event_type:
        query = query.where(e.c.type == event_type)
    if place:
        query = query.where(*place_conditions(e, place))
    if actor:
        query = query.where(actor_condition(e, actor))
    if modality:
        query = query.where(modality_condition(e.c.modality, modality))
    if newest_first:
        # the day the row shows: a dated incident's first day ("2025-W10" is 2025-03-03, never
        # compared as text), an undated one's last report
        shown = case((e.c.date.is_not(None), e.c.date_start), else_=e.c.last_published)
        query = query.order_by(shown.is_(None), shown.desc(), e.c.id)
    else:
        query = query.order_by(e.c.date_start.is_(None), e.c.date_start, e.c.id)
    query = query.limit(limit)
    return [dict(row._mapping) for row in conn.execute(query)]


def event_detail(conn: Connection, event_id: str) -> dict[str, Any] | None:
    """A canonical event with every member report (its fields and evidence), oldest report first.

    `event_id` may also be a prefix of the id; None when nothing matches, AmbiguousEventId when
    the prefix starts several events.
    """
    e, m, a = ls.canonical_events, ls.canonical_members, schema.articles
    event_id = event_id.strip().lower()  # ids are lower-case hex; LIKE's case differs by backend
    pattern = escape_like(event_id) + "%"
    rows = conn.execute(
        select(e)
        .where(e.c.id.like(pattern, escape="\\"))
        .order_by(e.c.id)
        .limit(AmbiguousEventId.SHOWN + 1)
    ).all()
    exact = [row for row in rows if row.id == event_id]
    if not rows:
        return None
    if len(rows) > 1 and not exact:
        raise AmbiguousEventId(event_id, [row.id for row in rows])
    event = dict((exact or rows)[0]._mapping)
    members = conn.execute(
        select(m, a.c.title, a.c.url)
        .join(a, a.c.id == m.c.article_id, isouter=True)
        .where(m.c.event_id == event["id"])
        .order_by(m.c.published, m.c.article_id, m.c.idx)
    )
    event["versions"] = [dict(row._mapping) for row in members]
    return event


_SUBJECT_FIELDS = ("measure", "unit", "actor", "place", "topic", "since")


def subjects_about(conn: Connection, about: str) -> list[dict[str, Any]]:
    """The claim subjects (rows, without values) that the words of `about` name best, as
    `link.matching_subjects` reads them: "the Kidal death toll" finds "killed in Kidal".

    Each subject is read once however many incidents' tolls it names (a town's attacks are one
    history each): the words are matched against the distinct subjects, and only the rows of
    those they name are read."""
    s = ls.claim_subjects
    columns = [s.c[name] for name in _SUBJECT_FIELDS]
    histories = {
        tuple(row): _bare_history(*row) for row in conn.execute(select(*columns).distinct())
    }
    wanted = {id(h) for h in link.matching_subjects(histories.values(), about)}
    named = [key for key, history in histories.items() if id(history) in wanted]
    if not named:
        return []
    rows = conn.execute(select(s).where(or_(*map(_is_subject, named))).order_by(s.c.id))
    return [dict(row._mapping) for row in rows]


def _bare_history(
    measure: str,
    unit: str | None,
    actor: str | None,
    place: str | None,
    topic: str | None,
    since: str | None,
) -> link.History:
    """A stored subject as a history with no values, for `matching_subjects` to read."""
    return link.History(
        (measure, unit or "", actor or "", place or "", topic or ""), [], since or ""
    )


def _is_subject(key: tuple[Any, ...]) -> Any:
    """The claim subject rows of these fields (a stored NULL is an empty field)."""
    s = ls.claim_subjects
    return and_(
        *(
            s.c[name].is_(None) if value is None else s.c[name] == value
            for name, value in zip(_SUBJECT_FIELDS, key, strict=True)
        )
    )


SUBJECTS_BESIDE = 12


def subjects_beside(conn: Connection, subject_id: str) -> list[dict[str, Any]]:
    """The other histories of the subject's measure at its place, each with its latest value.

    A siege's running toll and the tolls of its shellings, or the civilians a source counts and
    the people another counts, are kept apart (a war's toll is not one strike's) but read side by
    side: an analyst judges whether they disagree.
    """
    s = ls.claim_subjects
    subject = conn.execute(select(s).where(s.c.id == subject_id)).first()
    if subject is None or subject.place is None:
        return []
    query = (
        select(s)
        .where(s.c.measure == subject.measure, s.c.place == subject.place, s.c.id != subject_id)
        .order_by(s.c.n_values.desc(), s.c.label, s.c.id)
        .limit(SUBJECTS_BESIDE)
    )
    beside = [dict(row._mapping) for row in conn.execute(query)]
    v = ls.claim_values
    last = (
        select(v.c.subject_id, func.max(v.c.position).label("position"))
        .where(v.c.subject_id.in_([other["id"] for other in beside]))
        .group_by(v.c.subject_id)
        .subquery()
    )
    latest_rows = conn.execute(
        select(v).join(
            last, and_(v.c.subject_id == last.c.subject_id, v.c.position == last.c.position)
        )
    )
    latest = {row.subject_id: dict(row._mapping) for row in latest_rows}
    for other in beside:  # its latest value, read in one query for all of them
        other["latest"] = latest.get(other["id"])
    return beside


def claim_history(conn: Connection, about: str, limit: int = 20) -> list[dict[str, Any]]:
    """The claim histories whose subject `about` names, each with its values and contradictions."""
    subjects = sorted(subjects_about(conn, about), key=lambda r: (-r["n_values"], r["label"]))
    for subject in subjects[:limit]:  # a town's many incidents: the values of those shown only
        subject["values"] = _subject_values(conn, subject["id"])
        subject["contradictions"] = _subject_contradictions(conn, subject["id"])
    return subjects[:limit]


def _subject_values(conn: Connection, subject_id: str) -> list[dict[str, Any]]:
    """The subject's values, each with the unit its report gave (`reported_unit`, kept when the
    ledger was built, so that it is that extraction's): a history holds its values in one unit,
    and one given in square kilometres where the history counts square miles is best shown in
    its report's words."""
    v = ls.claim_values
    query = select(v).where(v.c.subject_id == subject_id).order_by(v.c.position)
    return [dict(row._mapping) for row in conn.execute(query)]


def _subject_contradictions(conn: Connection, subject_id: str) -> list[dict[str, Any]]:
    c = ls.claim_contradictions
    query = select(c).where(c.c.subject_id == subject_id).order_by(c.c.id)
    return [dict(row._mapping) for row in conn.execute(query)]


def entity_of(conn: Connection, name: str) -> str | None:
    """The canonical name the ledger gives `name` (an alias, a surname, a role), if it knows it."""
    alias, entity = ls.entity_aliases, ls.entities
    query = (
        select(entity.c.name)
        .join(alias, alias.c.entity_id == entity.c.id)
        .where(and_(alias.c.alias == link.fold(name)))
    )
    found = conn.execute(query).first()
    return str(found[0]) if found else None
