"""Canonical events: the reports of one real-world event grouped, every version kept."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sitrep.extract.actors import country_name, is_unnamed_side
from sitrep.extract.place_distances import within_km
from sitrep.link.copies import EventCopyKey, event_copy_key, independent_outlet
from sitrep.link.dates import date_interval, days_apart
from sitrep.link.entities import EntityIndex, canonical_entity, fold
from sitrep.link.incident_acts import tells_other_acts
from sitrep.link.incident_modality import apart_unless_done, incident_modality, modalities_fit
from sitrep.link.incident_sources import incident_sources
from sitrep.link.records import EventPlaceRecord, EventRecord, hedged_interval, worded_toll
from sitrep.link.statement_links import one_speaker, other_objects

EVENT_WINDOW_DAYS = 2

# An event that ended this long before the report was published is background to the news:
# a month leaves "last week's attack", still followed, among the news.
BACKGROUND_DAYS = 31


NEARBY_KM = 30.0

COUNTRY_LEVELS = frozenset({"PCLI", "PCL", "PCLD", "PCLF", "PCLS", "TERR", "ADM0", "country"})

ADMIN1_LEVELS = frozenset({"ADM1"})


# Reports that are no incident a later sentence retells: an article's statements are many
# statements, and what no type fits is no one thing either.
SAYING_TYPES = frozenset({"statement", "other"})


def event_interval(record: EventRecord) -> tuple[dt.date, dt.date] | None:
    """When the event happened: its own date, else the days before publication."""
    return record.interval


@dataclass
class Cluster:
    """One real-world event: every article's report of it, none overwritten."""

    id: str
    type: str
    members: list[EventRecord]  # reports that formed or joined the cluster
    duplicates: list[EventRecord] = field(default_factory=list)  # captions, restatements

    @property
    def reports(self) -> list[EventRecord]:
        return [*self.members, *self.duplicates]


def cluster_events(
    records: Iterable[EventRecord],
    index: EntityIndex | None = None,
    window_days: int = EVENT_WINDOW_DAYS,
) -> list[Cluster]:
    """Canonical events from event reports, deterministically (input order does not matter).

    A report joins the best cluster whose every member it is compatible with (`compatibility`);
    a restatement (`duplicate_of`) follows its original, and a photo caption never starts a
    cluster of its own. A bare report, naming neither place nor actor ("the raid began two
    days after..."), is its own article's retelling of an incident that article tells more
    fully, so it follows the first fuller report of its type there that it fits
    (`_article_incident`).
    """
    records = sorted(records, key=_report_order)
    by_key = {r.key: r for r in records}
    home: dict[str, Cluster] = {}
    clusters: list[Cluster] = []
    deferred = [r for r in records if r.duplicate_of is not None or r.caption]
    active = _ActiveClusters(window_days)
    originals = [r for r in records if r.duplicate_of is None and not r.caption]
    by_article = _reports_by_article(originals)
    leading: dict[tuple[str, str], EventRecord | None] = {}
    told_first: dict[EventCopyKey, EventRecord] = {}
    for record in sorted(originals, key=_bare_last):
        copied = _copied_from(record, told_first)
        if copied is not None:
            home[copied.key].duplicates.append(record)
            home[record.key] = home[copied.key]
            continue
        joinable = _can_share_an_event(record)
        told = (
            None
            if joinable
            else _article_incident(record, by_article, home, leading, index, window_days)
        )
        if told is not None:
            told.duplicates.append(record)
            home[record.key] = told
            continue
        candidates = active.candidates(record) if joinable else []
        best = _best_cluster(record, candidates, index, window_days)
        if best is None:
            best = Cluster(_cluster_id(record), record.type, [])
            clusters.append(best)
        best.members.append(record)
        if joinable:
            active.add(best, record)
        home[record.key] = best
    for record in deferred:
        original = (
            by_key.get(f"{record.article_id}:{record.duplicate_of}")
            if record.duplicate_of is not None
            else None
        )
        target = (
            home.get(original.key)
            if original
            else _best_cluster(record, clusters, index, window_days)
        )
        if target is not None:
            target.duplicates.append(record)
            home[record.key] = target
    parted = [piece for cluster in clusters for piece in _apart_unless_done(cluster)]
    return sorted(parted, key=lambda c: (_cluster_start(c), c.id))


def _copied_from(
    record: EventRecord, told_first: dict[EventCopyKey, EventRecord]
) -> EventRecord | None:
    """The report of another article that `record` repeats word for word (`copies`), else
    None, noting `record` as the first telling of its sentence."""
    key = event_copy_key(record)
    if key is None:
        return None
    first = told_first.setdefault(key, record)
    return first if first.article_id != record.article_id else None


def _apart_unless_done(cluster: Cluster) -> list[Cluster]:
    """The cluster, or its plans and its denials apart when no act joined them."""
    pieces = apart_unless_done(cluster.members, cluster.duplicates)
    if len(pieces) == 1:
        return [cluster]
    ids = [cluster.id, *(_cluster_id(members[0]) for members, _ in pieces[1:])]
    return [Cluster(i, cluster.type, m, d) for i, (m, d) in zip(ids, pieces, strict=True)]


class _ActiveClusters:
    """The clusters a report can still join, by type, so clustering stays near-linear.

    Reports come in order of their start date. A cluster holding a member that ended more than
    the window before a report's start can never take that report, nor any later one (every
    member must be compatible), so it is retired. Undated reports join nothing.
    """

    def __init__(self, window_days: int) -> None:
        self.window = dt.timedelta(days=window_days)
        self.by_type: dict[str, dict[str, tuple[Cluster, dt.date]]] = {}

    def candidates(self, record: EventRecord) -> list[Cluster]:
        interval = event_interval(record)
        if interval is None:
            return []
        pool = self.by_type.get(record.type, {})
        for key in [
            k for k, (_c, first_end) in pool.items() if interval[0] - first_end > self.window
        ]:
            del pool[key]
        return [cluster for cluster, _end in pool.values()]

    def add(self, cluster: Cluster, record: EventRecord) -> None:
        interval = event_interval(record)
        if interval is None:
            return
        pool = self.by_type.setdefault(cluster.type, {})
        earliest = pool[cluster.id][1] if cluster.id in pool else interval[1]
        pool[cluster.id] = (cluster, min(earliest, interval[1]))


def _bare_last(record: EventRecord) -> tuple[bool, tuple[str, str, str, int]]:
    """Fuller reports first, so a bare one finds its article's incident already formed."""
    return not _can_share_an_event(record), _report_order(record)


def _reports_by_article(records: Iterable[EventRecord]) -> dict[tuple[str, str], list[EventRecord]]:
    """Each article's reports of each type, in the order the article tells them."""
    grouped: dict[tuple[str, str], list[EventRecord]] = {}
    for record in records:
        grouped.setdefault((record.article_id, record.type), []).append(record)
    for reports in grouped.values():
        reports.sort(key=lambda r: r.idx)
    return grouped


def _article_incident(
    record: EventRecord,
    by_article: Mapping[tuple[str, str], Sequence[EventRecord]],
    home: Mapping[str, Cluster],
    leading_fuller: dict[tuple[str, str], EventRecord | None],
    index: EntityIndex | None,
    window_days: int,
) -> Cluster | None:
    """The incident a bare report (not a statement) retells: its article's leading one of its type (told by the
    first fuller report, else the first bare one), when it fits that in time, target and toll.
    Only the leading one: a bare "the dead were men in their 20s" that does not fit it is not
    handed down to a lesser incident further on.

    Fuller reports all have their homes before the first bare one is placed, so an article's
    leading fuller report is looked for once (`leading_fuller`, filled here): a scan per bare
    report made a long article's cost grow with its square."""
    if record.type in SAYING_TYPES:
        return None
    group = (record.article_id, record.type)
    reports = by_article[group]
    if group not in leading_fuller:
        leading_fuller[group] = next(
            (r for r in reports if r.key in home and _can_share_an_event(r)), None
        )
    leading = leading_fuller[group] or next((r for r in reports if r.key in home), None)
    if leading is None or not _may_retell(record, leading, index, window_days):
        return None
    return home[leading.key]


def _may_retell(
    a: EventRecord, b: EventRecord, index: EntityIndex | None, window_days: int
) -> bool:
    """Two reports of one article could tell one incident: days, target and tolls agree."""
    gap = days_apart(event_interval(a), event_interval(b))
    if gap is None or gap > window_days:
        return False
    if not (a.precise and b.precise) and a.date != b.date:
        return False
    if a.modality != b.modality and not modalities_fit(a, b):  # most pairs: no call
        return False
    if _party_compatibility(a.target, b.target, index) is None:
        return False
    return _tolls_agree(a.killed, a.killed_hedge, b.killed, b.killed_hedge) and _tolls_agree(
        a.injured, a.injured_hedge, b.injured, b.injured_hedge
    )


def _tolls_agree(
    a: float | None, a_hedge: str | None, b: float | None, b_hedge: str | None
) -> bool:
    """Whether two tolls can count the same dead: "dozens" and "at least 32" can, 11 and 70 not."""
    first, second = hedged_interval(a, a_hedge), hedged_interval(b, b_hedge)
    if first is None or second is None:
        return True
    return first[0] <= second[1] and second[0] <= first[1]


def _can_share_an_event(record: EventRecord) -> bool:
    """Whether any other report can be of the same event: `compatibility` wants a place or an
    actor in common, so a report with neither stays alone, and skipping it spares comparing it
    with every open event (most reports in a large store name neither)."""
    return record.place is not None or bool(record.actor)


def _report_order(record: EventRecord) -> tuple[str, str, str, int]:
    interval = event_interval(record)
    return (
        interval[0].isoformat() if interval else "9999",
        record.published or "9999",
        record.article_id,
        record.idx,
    )


def _cluster_id(record: EventRecord) -> str:
    return "ev-" + hashlib.sha1(record.key.encode()).hexdigest()[:12]


def _cluster_start(cluster: Cluster) -> str:
    starts = [i[0].isoformat() for i in map(event_interval, cluster.members) if i]
    return min(starts, default="9999")


def _best_cluster(
    record: EventRecord, clusters: Sequence[Cluster], index: EntityIndex | None, window_days: int
) -> Cluster | None:
    best, best_score = None, -math.inf
    for cluster in clusters:
        if cluster.type != record.type:
            continue
        score = _mean_compatibility(record, cluster, index, window_days)
        if score is not None and score > best_score:
            best, best_score = cluster, score
    return best


def _mean_compatibility(
    record: EventRecord, cluster: Cluster, index: EntityIndex | None, window_days: int
) -> float | None:
    """The mean compatibility with every member, or None as soon as one member rules it out."""
    total = 0.0
    for member in cluster.members:
        score = compatibility(record, member, index, window_days)
        if score is None:
            return None
        total += score
    return total / len(cluster.members) if cluster.members else None


def compatibility(
    a: EventRecord,
    b: EventRecord,
    index: EntityIndex | None = None,
    window_days: int = EVENT_WINDOW_DAYS,
) -> float | None:
    """How well two reports fit one event (higher is better), or None when they cannot."""
    if a.type != b.type:
        return None
    gap = days_apart(event_interval(a), event_interval(b))
    if gap is None or gap > window_days:
        return None
    if not (a.precise and b.precise) and a.date != b.date:
        return None  # "in 2023" overlaps every day of that year but is none of them
    if a.modality != b.modality and not modalities_fit(a, b):  # most pairs: no call
        return None
    if a.type == "statement" and not one_speaker(a, b, index):
        return None  # two things one side said (`statement_links`)
    if other_objects(a, b):
        return None  # the station's capture denied is not the area's seizure
    if tells_other_acts(a, b):
        return None  # other victims, a period's total, a tally of acts (`incident_acts`)
    place = place_compatibility(a.place, b.place)
    actor = _party_compatibility(a.actor, b.actor, index)
    target = _party_compatibility(a.target, b.target, index)
    if place is None or actor is None or target is None:
        return None
    if place == 0 and actor == 0:
        return None  # nothing but the type and the day in common
    if place == 0 and _told_apart(a, b):
        return None
    return place + actor + target + (window_days - gap) / max(window_days, 1)


def _told_apart(a: EventRecord, b: EventRecord) -> bool:
    """Two reports one article tells as two events. With no place in common the ledger has only
    an actor and a day to join them by, while the article's own reading (`event_merge`) saw what
    the records do not carry, the objects struck ("a fuel depot", "a bridge"), and kept them
    apart. Restatements and captions are that article's retellings and follow their originals."""
    return (
        a.article_id == b.article_id
        and a.duplicate_of is None
        and b.duplicate_of is None
        and not (a.caption or b.caption)
    )


def _party_compatibility(a: str | None, b: str | None, index: EntityIndex | None) -> float | None:
    if not a or not b or is_unnamed_side(a) or is_unnamed_side(b):
        return 0.0  # "gunmen": the doer is unknown, fits any name and joins no two reports
    return 1.0 if canonical_entity(a, index).lower() == canonical_entity(b, index).lower() else None


def place_compatibility(a: EventPlaceRecord | None, b: EventPlaceRecord | None) -> float | None:
    """3 same place, 2 nearby, 1 one inside the other, 0 one unknown, None different places."""
    if a is None or b is None:
        return 0.0
    if (a.gazetteer_id and a.gazetteer_id == b.gazetteer_id) or (
        a.name and b.name and fold(a.name) == fold(b.name)
    ):
        return 3.0
    if a.country and b.country and a.country != b.country:
        return None
    if within_km(a, b, NEARBY_KM) and not _is_area(a) and not _is_area(b):
        return 2.0
    if _contains(a, b) or _contains(b, a):
        return 1.0
    return None


def _is_area(place: EventPlaceRecord) -> bool:
    return place.level in COUNTRY_LEVELS or place.level in ADMIN1_LEVELS


def _contains(outer: EventPlaceRecord, inner: EventPlaceRecord) -> bool:
    if outer.level in COUNTRY_LEVELS or (outer.name is None and outer.country):
        return bool(outer.country) and outer.country == inner.country
    if outer.level in ADMIN1_LEVELS and outer.name:
        names = {fold(outer.name), fold(outer.admin1 or outer.name)}
        return bool(inner.admin1) and fold(inner.admin1 or "") in names
    return False


def canonical_summary(cluster: Cluster, index: EntityIndex | None = None) -> dict[str, Any]:
    """The event as the reports agree on it: most specific place, most given actor, counts' spread."""
    members = cluster.members
    own_dates = [m for m in members if m.date and date_interval(m.date) == event_interval(m)]
    dated = [m.date for m in own_dates if m.date]
    intervals = _narrowest([i for i in map(event_interval, own_dates or members) if i])
    places = [m.place for m in members if m.place]
    place = max(places, key=_specificity) if places else None
    reports = sorted(cluster.reports, key=lambda r: (r.published or "", r.article_id, r.idx))
    killed = [r.killed for r in reports if r.killed is not None]
    injured = [r.injured for r in reports if r.injured is not None]
    actors = [m.actor for m in members if m.actor]
    named = [a for a in actors if not is_unnamed_side(a)] or actors  # "ADF" over "gunmen"
    return {
        "id": cluster.id,
        "type": cluster.type,
        "date": _most_common(sorted(dated, key=len, reverse=True)) if dated else None,
        "date_start": min(i[0] for i in intervals).isoformat() if intervals else None,
        "date_end": max(i[1] for i in intervals).isoformat() if intervals else None,
        "place_name": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "actor": _most_common([canonical_entity(a, index) for a in named]),
        "target": _most_common([canonical_entity(m.target, index) for m in members if m.target]),
        "killed_min": min(killed, default=None),
        "killed_max": max(killed, default=None),
        "killed_latest": killed[-1] if killed else None,
        "injured_min": min(injured, default=None),
        "injured_max": max(injured, default=None),
        "injured_latest": injured[-1] if injured else None,
        "background": all(map(_told_as_background, reports)),
        "modality": incident_modality(reports),
        "killed_worded": _toll_spread(reports, "killed"),
        "injured_worded": _toll_spread(reports, "injured"),
        "reports": len(reports),
        "articles": len({r.article_id for r in reports}),
        "outlets": sorted(
            {o for r in reports if (o := independent_outlet(r.outlet, r.republished_from))}
        ),
        "sources": incident_sources((s for r in reports for s in r.sources), index),
        "first_published": reports[0].published if reports else None,
        "last_published": max((r.published or "" for r in reports), default=None) or None,
        # a point is exact where any report places it so: approximate only when none does
        "place_near": place.near if place and all(p.near for p in places) else None,
    }


def _narrowest(intervals: Sequence[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """The spans an incident's versions give it, less each holding a narrower one: the span
    comes from the versions that date it when any do, and from their days over a weekend that
    holds them ("on Sunday" over "last weekend"), for a wider window (an undated version's days
    before its report) would stretch a Sunday's attack over the week and hide it from a search
    within that Sunday."""
    spans = set(intervals)
    return [
        span
        for span in spans
        if not any(o != span and span[0] <= o[0] and o[1] <= span[1] for o in spans)
    ]


def _told_as_background(report: EventRecord) -> bool:
    """An event dated well before its report was published ("an attack in October 2022", "a
    statement in 2018") is the story's background, not its news."""
    own, published = date_interval(report.date), date_interval(report.published)
    if own is None or published is None:
        return False
    return (published[0] - own[1]).days > BACKGROUND_DAYS


def _toll_spread(reports: Sequence[EventRecord], name: str) -> str | None:
    """The toll as the reports worded it ("dozens", "at least 32"), or its spread from the lowest
    to the highest ("11–about 20"), so a vague "dozens" never reads as a count of 12; a vague
    toll only where no report counts."""
    hedges = {r.key: getattr(r, f"{name}_hedge") or "" for r in reports}
    tolls = sorted(
        {(value, hedges[r.key]) for r in reports if (value := getattr(r, name)) is not None}
    )
    counted = [toll for toll in tolls if toll[1] != "vague"]
    if counted:  # "dozens" in a headline, "at least 32" in the body: the count says more
        tolls = counted
    if not tolls:
        return None
    lowest, highest = tolls[0], tolls[-1]
    if lowest[0] == highest[0]:
        return worded_toll(*lowest)
    return f"{worded_toll(*lowest)}–{worded_toll(*highest)}"


def incident_places(clusters: Iterable[Cluster]) -> dict[tuple[str, int], str]:
    """The place of the event each report belongs to, as the reports agree on it (the most
    specific), so that one article's "Tillaberi region" and another's village give one place to
    the tolls of the same attack."""
    found: dict[tuple[str, int], str] = {}
    for cluster in clusters:
        places = [r.place for r in cluster.reports if r.place]
        name = _place_name(max(places, key=_specificity)) if places else None
        if name:
            found.update(((r.article_id, r.idx), name) for r in cluster.reports)
    return found


def _place_name(place: EventPlaceRecord) -> str | None:
    return place.name or (country_name(place.country) if place.country else None)


def _specificity(place: EventPlaceRecord) -> tuple[int, str]:
    rank = (
        0
        if place.level in COUNTRY_LEVELS
        else 1
        if place.level in ADMIN1_LEVELS or place.level == "ADM2"
        else 2
    )
    return rank, place.name or ""


def _most_common(values: Sequence[str]) -> str | None:
    if not values:
        return None
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], -values.index(v)))


def cluster_scores(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B-cubed purity (precision) and completeness (recall) of a clustering, over the items both label."""
    items = sorted(set(predicted) & set(gold))
    if not items:
        return {"purity": 0.0, "completeness": 0.0, "f1": 0.0, "items": 0}
    purity = completeness = 0.0
    for item in items:
        same_cluster = [o for o in items if predicted[o] == predicted[item]]
        same_gold = [o for o in items if gold[o] == gold[item]]
        both = sum(1 for o in same_cluster if gold[o] == gold[item])
        purity += both / len(same_cluster)
        completeness += both / len(same_gold)
    purity, completeness = purity / len(items), completeness / len(items)
    f1 = 2 * purity * completeness / (purity + completeness) if purity + completeness else 0.0
    return {"purity": purity, "completeness": completeness, "f1": f1, "items": len(items)}
