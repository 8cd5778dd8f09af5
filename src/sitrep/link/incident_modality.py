"""How an incident is told: happened, disputed, denied, expected or planned, from its reports.

Reports of one incident may tell it differently: the accused denying a strike another article
reports speaks of that same strike, so a denial joins the incident and marks it disputed. A
forecast or a plan ("troops will enter the town on Friday") is a different thing from the act,
unless it was told before the day it names and a later report tells that day's act: a plan
carried out. In one article, a plan beside an act is another act to come ("shelled the town
and vowed to shell it again"), never a retelling of the first.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.link.dates import date_interval
from sitrep.link.records import EventRecord

# An incident's modality, as /api/timeline gives and filters it.
INCIDENT_MODALITIES = ("happened", "disputed", "denied", "expected", "planned")

TOLD_AS_FACT = frozenset({"happened", "denied"})  # what was (or was not) done
AHEAD = frozenset({"expected", "planned"})  # what is still to come


def modalities_fit(a: EventRecord, b: EventRecord) -> bool:
    """Whether two reports may tell one incident as far as their modalities go: acts and their
    denials may, forecasts and plans among themselves may, and a forecast and an act only when
    the forecast was told before its day in another article (`_carried_out`)."""
    if a.modality == b.modality or (a.modality in AHEAD) == (b.modality in AHEAD):
        return True
    ahead, done = (a, b) if a.modality in AHEAD else (b, a)
    return _carried_out(ahead, done)


def _carried_out(ahead: EventRecord, done: EventRecord) -> bool:
    if ahead.article_id == done.article_id or done.modality != "happened":
        return False
    day, published = date_interval(ahead.date), date_interval(ahead.published)
    return day is not None and published is not None and published[1] < day[0]


def incident_modality(reports: Iterable[EventRecord]) -> str:
    """The incident's modality: "disputed" when one report denies what another tells, "denied"
    when every report denies it, "happened" when one tells it done; else "planned" when every
    report plans it, and "expected" when some only foresee it."""
    told = {r.modality for r in reports}
    if "denied" in told:
        return "disputed" if len(told) > 1 else "denied"
    if "happened" in told or not told:
        return "happened"
    return "planned" if told == {"planned"} else "expected"
