"""Incident tolls filed by the incident the ledger's clusters say they count.

A toll's subject names what is counted, by whom, where and in which kind of event, so the tolls
of two shellings of one town in one week share a subject, and would read as one count that two
reports contradict; and one incident's tolls whose reports name different attackers ("the
group", "the militia") open two subjects that never meet. Where the ledger knows the incident
each toll's event belongs to (`cluster_events`), the tolls of one incident at one place and of
one measure and unit join, and a subject holding the tolls of several incidents splits into one
history each. A toll whose event no incident holds keeps the subject it was given (the
fallback): it follows the incident of its own article's tolls in that history, else the one
whose days are nearest its own.

Only incident tolls are filed so: a running toll ("the war has killed 14,000") counts no one
incident, and a force's size or ground taken is followed across a story's reports instead
(`claim_stories`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sitrep.link.claim_starts import SeriesKey
from sitrep.link.dates import date_interval
from sitrep.link.events import Cluster
from sitrep.link.records import CUMULATIVE_MEASURES, ClaimRecord

RUNNING_TOLL_TOPIC = "running toll"  # the topic of a running toll's subject, whatever its event

Series = tuple[SeriesKey, list[ClaimRecord], str]  # a subject's key, its values, its incident
# a subject's key, its values, the incident its id is keyed by ("" keeps the subject's own id),
# and the day that tells it apart from another incident's toll of the same subject in words
Filed = tuple[SeriesKey, list[ClaimRecord], str, str]


def incident_ids(clusters: Iterable[Cluster]) -> dict[tuple[str, int], str]:
    """The incident (cluster id) of each event report, by (article id, event index), where a
    report of it gives its date: an undated mention ("the siege", "the fighting") is a cluster
    the linker could not tell apart from another, not a second incident, and its tolls keep
    their subject."""
    return {
        (r.article_id, r.idx): cluster.id
        for cluster in clusters
        if any(r.date for r in cluster.reports)
        for r in cluster.reports
    }


def by_incident(
    grouped: Mapping[SeriesKey, list[ClaimRecord]],
    incidents: Mapping[tuple[str, int], str],
    order: Callable[[ClaimRecord], Any],
) -> list[Filed]:
    """The histories, incident tolls split by incident and joined within one.

    Where several incidents' tolls share a subject, the earliest keeps the subject's own id and
    each later one is keyed by its incident: a link to Monday's toll must not break when
    Thursday's attack on the same town is ingested. Each is told apart in words by its day."""
    parts: list[Series] = []
    for key, values in grouped.items():
        if incidents and incident_toll(key[0]):
            parts += [(key, part, incident) for incident, part in _split(values, incidents)]
        else:
            parts.append((key, values, ""))
    sharing: dict[SeriesKey, list[Series]] = defaultdict(list)
    for part in _joined(parts, order):
        sharing[part[0]].append(part)
    filed: list[Filed] = []
    for key, shared in sharing.items():
        if len(shared) == 1:
            filed.append((key, shared[0][1], "", ""))
            continue
        shared.sort(key=lambda part: (bool(part[2]), order(part[1][0]), part[2]))
        days = _telling_days([values for _, values, _ in shared])
        filed += [
            (key, values, incident if n else "", day)
            for n, ((_, values, incident), day) in enumerate(zip(shared, days, strict=True))
        ]
    return sorted(filed, key=lambda series: (series[0], series[3], series[2]))


def _telling_days(parts: Sequence[list[ClaimRecord]]) -> list[str]:
    """The day each part (in time order) counts, as a reader tells incidents apart ("2025-03-06");
    a second incident on one day is numbered ("2025-03-06 #2") rather than named by its hash."""
    days = [
        next((v.as_of or v.published or "" for v in p if v.as_of or v.published), "") for p in parts
    ]
    seen: Counter[str] = Counter()
    told = []
    for day in days:
        seen[day] += 1
        told.append(day if seen[day] == 1 else f"{day} #{seen[day]}".strip())
    return [day or f"#{n + 1}" for n, day in enumerate(told)]


def incident_toll(subject: Sequence[str]) -> bool:
    """A subject counting the victims of one kind of event, not of a war or a period."""
    return subject[0] in CUMULATIVE_MEASURES and subject[4] not in ("", RUNNING_TOLL_TOPIC)


def _incident_of(value: ClaimRecord, incidents: Mapping[tuple[str, int], str]) -> str:
    return "" if value.event is None else incidents.get((value.article_id, value.event), "")


def _split(
    values: list[ClaimRecord], incidents: Mapping[tuple[str, int], str]
) -> list[tuple[str, list[ClaimRecord]]]:
    """The values by incident; a value of no known incident goes with its own article's
    incident, else the nearest in days, else the incident with most values."""
    parts: dict[str, list[ClaimRecord]] = defaultdict(list)
    unknown = []
    for value in values:
        incident = _incident_of(value, incidents)
        if incident:
            parts[incident].append(value)
        else:
            unknown.append(value)
    if len(parts) <= 1:
        return [(next(iter(parts), ""), values)]
    for value in unknown:
        parts[_closest(value, parts)].append(value)
    return sorted(parts.items())


def _closest(value: ClaimRecord, parts: Mapping[str, list[ClaimRecord]]) -> str:
    """The incident a value of no known incident most likely counts."""
    own = {incident for incident, part in parts.items() if value.article_id in _articles(part)}
    if len(own) == 1:
        return own.pop()
    return min(parts, key=lambda n: (_days_from(value, parts[n]), -len(parts[n]), n))


def _articles(values: Iterable[ClaimRecord]) -> set[str]:
    return {v.article_id for v in values}


def _days_from(value: ClaimRecord, others: Iterable[ClaimRecord]) -> int:
    """How many days lie between the value's days and the nearest of the others' (a large
    number when it or they are undated)."""
    when = date_interval(value.as_of)
    gaps = [
        max((day[0] - when[1]).days, (when[0] - day[1]).days, 0)
        for other in others
        if when is not None and (day := date_interval(other.as_of)) is not None
    ]
    return min(gaps, default=1_000_000)


def _joined(parts: list[Series], order: Callable[[ClaimRecord], Any]) -> list[Series]:
    """The parts of one incident with the same measure, unit, place and series start joined
    under the fullest subject among them: the reports disagreeing about who did it, or one
    naming nobody, count the same dead."""
    buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, (key, _, incident) in enumerate(parts):
        if incident:
            (measure, unit, _, place, _), start = key
            buckets[(measure, unit, place, start, incident)].append(n)
    gone: set[int] = set()
    joined = list(parts)
    for members in buckets.values():
        if len(members) < 2:
            continue
        fullest = min(members, key=lambda n: _fullness(parts[n]))
        values = sorted((v for n in members for v in parts[n][1]), key=order)
        joined[fullest] = (parts[fullest][0], values, parts[fullest][2])
        gone |= set(members) - {fullest}
    return [series for n, series in enumerate(joined) if n not in gone]


def _fullness(series: Series) -> tuple[int, int, SeriesKey]:
    """The most specific subject first, then the one most values carry."""
    key, values, _ = series
    return -sum(1 for part in key[0] if part), -len(values), key
