"""How an incident is told: happened, disputed, denied, alleged, expected or planned, from its
reports.

Reports of one incident may tell it differently: the accused denying a strike another article
reports speaks of that same strike, so a denial joins the incident and marks it disputed. A
forecast or a plan ("troops will enter the town on Friday") is a different thing from the act,
unless it was told on or before the day it names and another article tells an act reaching that
day: a plan carried out. In one article, a plan beside an act is another act to come ("shelled
the town and vowed to shell it again"), never a retelling of the first.

An act told only as what someone is accused, suspected or charged of ("alleged") is an act
told by an accuser: it sits on the done side, so it joins the reports that tell the act done
and a denial disputes it; the incident reads "alleged" only when every report of the act alleges
it, and "happened" as soon as one tells it done.

A plan carried out and then denied is one disputed incident, whatever order its reports come
in: a plan and a denial of its day may meet so that the act can join both, and they are parted
again when no act joins them (`apart_unless_done`), for a plan denied is no plan carried out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sitrep.link.dates import date_interval
from sitrep.link.records import EventRecord

# An incident's modality, as /api/timeline gives and filters it.
INCIDENT_MODALITIES = ("happened", "disputed", "denied", "alleged", "expected", "planned")

AHEAD = frozenset({"expected", "planned"})  # what is still to come
DONE = frozenset({"happened", "alleged"})  # an act told done, or told by its accuser


def modalities_fit(a: EventRecord, b: EventRecord) -> bool:
    """Whether two reports may tell one incident as far as their modalities go: acts and their
    denials may, forecasts and plans among themselves may, and a forecast with an act or a
    denial only when the forecast was told by its day in another article (`_carried_out`)."""
    if (a.modality in AHEAD) == (b.modality in AHEAD):
        return True
    ahead, done = (a, b) if a.modality in AHEAD else (b, a)
    return _carried_out(ahead, done)


def _carried_out(ahead: EventRecord, done: EventRecord) -> bool:
    """Told on or before the day it names, in another article, and the act reaches that day."""
    if ahead.article_id == done.article_id:
        return False
    day, published, act = date_interval(ahead.date), date_interval(ahead.published), done.interval
    if day is None or published is None or act is None:
        return False
    return published[1] <= day[0] <= act[1]


Reports = list[EventRecord]


def apart_unless_done(
    members: Sequence[EventRecord], duplicates: Sequence[EventRecord]
) -> list[tuple[Reports, Reports]]:
    """An incident's members and duplicates, parted into the plans and the denials when no act
    joined them (the piece holding the first member first; each article's captions and
    restatements go with its reports); else all of them as one."""
    told = {r.modality for r in members}
    if told & DONE or "denied" not in told or not told & AHEAD:
        return [(list(members), list(duplicates))]
    first_ahead = members[0].modality in AHEAD
    first = [r for r in members if (r.modality in AHEAD) == first_ahead]
    other = [r for r in members if (r.modality in AHEAD) != first_ahead]
    theirs = {r.article_id for r in other}
    return [
        (first, [d for d in duplicates if d.article_id not in theirs]),
        (other, [d for d in duplicates if d.article_id in theirs]),
    ]


def incident_modality(reports: Iterable[EventRecord]) -> str:
    """The incident's modality: "disputed" when one report denies what another tells done,
    "denied" when none tells it done but one denies it, "happened" when one tells it done,
    "alleged" when the act is only alleged; else "planned" when every report plans it, and
    "expected" when some only foresee it."""
    told = {r.modality for r in reports}
    if "denied" in told:
        return "disputed" if told & DONE else "denied"
    if "happened" in told or not told:
        return "happened"
    if "alleged" in told:
        return "alleged"
    return "planned" if told == {"planned"} else "expected"
