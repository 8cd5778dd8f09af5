"""Claim histories: the values one precise subject took over time, and the contradictions."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sitrep.link.article_versions import SUPERSEDED
from sitrep.link.claim_incidents import RUNNING_TOLL_TOPIC, by_incident, incident_toll
from sitrep.link.claim_starts import SeriesKey, join_unstarted_counts, series_start, worded_start
from sitrep.link.claim_stories import join_story_figures, province_of
from sitrep.link.corrections import (
    figure_it_revises,
    revised_in_one_breath,
    revises_a_figure,
    tells_a_superseded_figure,
)
from sitrep.link.dates import date_interval
from sitrep.link.entities import DETERMINERS, EntityIndex, canonical_entity, fold
from sitrep.link.events import EVENT_WINDOW_DAYS
from sitrep.link.provinces import towns_named_for
from sitrep.link.records import (
    CUMULATIVE_MEASURES,
    ClaimRecord,
    claim_order,
    figure,
    hedged_interval,
    worded_toll,
)
from sitrep.link.series_keys import series_key
from sitrep.link.vocabulary import common_unit, conversion_factor

CLAIM_WINDOW_DAYS = 1

# Who a toll counts, whatever word a source uses: the army's "11 soldiers" and a jihadist
# group's "more than 40 troops" count the same dead, and so do "terrorists" and "fighters".
VICTIM_CLASSES = {
    **dict.fromkeys(
        ("soldier", "soldiers", "troop", "troops", "servicemen", "service members", "personnel"),
        "soldiers",
    ),
    **dict.fromkeys(
        (
            "fighters",
            "militants",
            "jihadists",
            "terrorists",
            "insurgents",
            "rebels",
            "assailants",
            "attackers",
            "gunmen",
        ),
        "militants",
    ),
    **dict.fromkeys(("people", "persons", "bodies", "dead", "corpses", "lives"), "people"),
}

# Whom a count of the held counts, whatever word a source uses: the mediators' "still hold 25
# people" and "the 25 hostages still held" are the same captives.
CAPTIVE_WORDS = frozenset(
    {"hostages", "hostage", "captives", "prisoners", "detainees", "people", "persons"}
)

# Events that kill, wound or uproot nobody: a toll in a sentence with a call for a ceasefire or
# a statement is the toll of the fighting, not of the call ("calling for a ceasefire").
TOPICS_WITHOUT_TOLLS = frozenset({"agreement", "aid", "sanction", "statement", "train"})
CONVERSION_ROUNDING = 0.05  # how far a value converted from another unit may be off its source
LONGEST_INCIDENT_DAYS = 7  # a toll dated to a longer period (a month) counts that period
TOLL_COUNTING_DAYS = 7  # how long after an attack its dead are still being counted

# A count of a whole war or period, not of one incident: "has killed more than 40,000 people
# since 2009", "the conflict has displaced ...", "so far this year".
_RUNNING_AFTER = re.compile(
    r"^[^,;]*?\b(?:since|so far|to date|in total|altogether|over the (?:past|last)|"
    r"in the (?:past|last)|this year|this month)\b"
)
_RUNNING_BEFORE = re.compile(
    r"\b(?:war|conflict|fighting|insurgency|violence|campaign|offensive)\b[^,;.]*\b(?:has|have)\b"
    r"[^,;.]*$"
)

# A toll over a whole country ("wounding at least 60 across the country"), not at one place.
_COUNTRYWIDE_AFTER = re.compile(
    r"^\s*(?:people\s+)?(?:across|throughout|nationwide|countrywide|all over)\b"
)

_BODIES_OF = re.compile(r"\s+of\s+(?:the\s+)?([a-z]+(?:\s+members)?)")


@dataclass
class History:
    """The values one subject took over time, report by report; a running count counted from a
    start ("since 2005") is its own series, `start` (`series_start`)."""

    subject: tuple[str, str, str, str, str]  # measure, unit, actor, place, topic
    values: list[ClaimRecord]
    start: str = ""
    # the incident keying its id: a later incident whose toll has the subject of an earlier one
    incident: str = ""
    # the day telling it apart from another incident's toll of the same subject, in its label
    incident_day: str = ""

    @property
    def id(self) -> str:
        """Stable whichever unit of its kind the first report used (square miles or km²), and
        when a started report joins counts with no start (hashed only if every value names it)."""
        key = "|".join(comparable_subject(self.subject))
        if self.start and all(series_start(v.since) for v in self.values):
            key += f"|since {self.start}"
        if self.incident:
            key += f"|incident {self.incident}"
        return "cl-" + hashlib.sha1(key.encode()).hexdigest()[:12]

    @property
    def label(self) -> str:
        """The subject in words, with its series start and the day of the incident that tells
        it apart from another incident's toll of the same subject."""
        label = subject_label(self.subject)
        if self.start:
            label += f" since {worded_start(self.start, [v.since for v in self.values])}"
        return f"{label} ({self.incident_day})" if self.incident_day else label


def subject_label(subject: Sequence[str]) -> str:
    """ "troops (troops) of North Korea in Kursk Oblast [deploy]", compactly."""
    measure, unit, actor, place, topic = subject
    text = measure if not unit or unit == measure else f"{measure} ({unit})"
    if actor:
        text += f" of {actor}"
    if place:
        text += f" in {place}"
    return text + (f" [{topic}]" if topic else "")


def claim_histories(
    records: Iterable[ClaimRecord],
    index: EntityIndex | None = None,
    incident_places: Mapping[tuple[str, int], str] | None = None,
    incidents: Mapping[tuple[str, int], str] | None = None,
) -> list[History]:
    """Numbers grouped by precise subject, each history in time order, repeats within a report dropped.

    A toll of an event takes the place of the canonical event (`incident_places`, by report),
    and counts its victims by side (`victim_class`) whoever gives it, so every source's figure
    for one incident lands in one history; where the incident of each report is known
    (`incidents`, its cluster id), one incident's tolls join and two incidents' stay apart
    (`claim_incidents`). A figure for a province named after a town the records name is filed
    under the town (`sitrep.link.provinces`), keeping its `given_place`.
    """
    grouped: dict[SeriesKey, list[ClaimRecord]] = defaultdict(list)
    seen: set[tuple[Any, ...]] = set()
    records = list(records)
    towns = towns_named_for({(r.place, r.province) for r in records})
    for record in sorted(records, key=claim_order):
        if index is not None and record.actor:
            record = replace(record, actor=canonical_entity(record.actor, index))
        if index is not None and record.source:
            record = replace(record, source=canonical_entity(record.source, index))
        if record.measure in CUMULATIVE_MEASURES:
            place = (
                incident_places.get((record.article_id, record.event))
                if incident_places and record.event is not None and not countrywide(record)
                else None
            )
            record = replace(record, unit=victim_class(record), place=place or record.place)
            if record.topic in TOPICS_WITHOUT_TOLLS:
                record = replace(record, topic=None)
            if running_toll(record):
                record = replace(record, topic=RUNNING_TOLL_TOPIC)
        elif record.measure == "troops" and victim_class(record) == "soldiers":
            record = replace(record, unit="troops")  # "3,000 soldiers" and "10,000 troops"
        record = _filed_under_town(record, towns)
        repeat = (
            record.article_id,
            record.subject,
            record.value,
            record.low,
            record.high,
            record.hedge,
            series_start(record.since),
        )
        if repeat in seen:
            continue
        seen.add(repeat)
        grouped[(comparable_subject(record.subject), series_start(record.since))].append(record)
    join_unstarted_counts(grouped, claim_order)
    # The most specific first: "in X [attack]" joins "of Y in X [attack]" before "in X" looks.
    # After `join_unstarted_counts`: a place's "20,000 displaced" and "45,000 since March 3" are
    # one series by then; a count with no start joins only fuller series of one start.
    vague = [key for key in grouped if not key[0][2] or not key[0][4]]
    at_provinces = {key: p for key in vague if (p := province_of(grouped[key]))}
    # a province's figure last: by then its town's counts are one history it may join
    vague.sort(key=lambda key: (-_filled(key[0]), key in at_provinces, key))
    for key in vague:
        province = at_provinces.get(key)
        fuller = [
            k
            for k in grouped
            if k != key
            and key[1] in ("", k[1])
            and (_narrows(k[0], key[0]) or (province and _in_province(k, key, province, grouped)))
        ]
        if not key[1] and len({k[1] for k in fuller}) > 1:
            continue
        if len(fuller) > 1:  # several incidents at the place: the one of the same days, if any
            fuller = [k for k in fuller if _near_in_time(grouped[k], grouped[key])]
        if len(fuller) == 1:  # "wounded eight" in a report that names no attacker: the same count
            grouped[fuller[0]] = sorted([*grouped[fuller[0]], *grouped.pop(key)], key=claim_order)
    join_story_figures(grouped, claim_order)  # "8,000 troops" one day, "up to 15,000" the next
    series = by_incident(grouped, incidents or {}, claim_order)
    return [
        replace(_in_first_unit(key, values, incident), incident_day=day)
        for key, values, incident, day in series
    ]


def _in_province(
    key: SeriesKey, vague: SeriesKey, province: str, grouped: Mapping[SeriesKey, list[ClaimRecord]]
) -> bool:
    """`key` says all `vague` says and more at a town of `province`, `vague`'s place ("19 killed
    in Marvia Oblast" is the toll of the shelling of its town)."""
    at_the_town = (*vague[0][:3], key[0][3], *vague[0][4:])
    return _narrows(key[0], at_the_town) and all(v.province == province for v in grouped[key])


def _filed_under_town(record: ClaimRecord, towns: Mapping[str, str]) -> ClaimRecord:
    """A figure for a province named after its town, filed under the town with its own place
    kept to show: "fled Kidal" placed at Kidal Region joins the history of Kidal."""
    town = towns.get(record.place or "")
    return replace(record, place=town, given_place=record.place) if town else record


def _near_in_time(values: Sequence[ClaimRecord], others: Sequence[ClaimRecord]) -> bool:
    """Every one of `others` counts a day within `EVENT_WINDOW_DAYS` of one of `values`."""
    days = [interval for v in values if (interval := date_interval(v.as_of))]
    for other in others:
        when = date_interval(other.as_of)
        if when is None or not any(
            (when[0] - day[1]).days <= EVENT_WINDOW_DAYS
            and (day[0] - when[1]).days <= EVENT_WINDOW_DAYS
            for day in days
        ):
            return False
    return True


def comparable_subject(subject: tuple[str, str, str, str, str]) -> tuple[str, str, str, str, str]:
    """The subject with its unit as its kind is compared in: "about 150 square miles" and
    another report's "more than 300 square kilometers" are one history."""
    found = common_unit(subject[1])
    return subject if found is None else (subject[0], found[0], *subject[2:])


def _in_first_unit(key: SeriesKey, values: list[ClaimRecord], incident: str = "") -> History:
    """A history in the unit its first report used, every value converted to it (its words stay
    as written), so values in square miles and in square kilometres are drawn and compared alike."""
    (measure, _, actor, place, topic), start = key
    unit = values[0].unit
    subject = (measure, unit or "", actor, place, topic)
    return History(subject, [in_unit(v, unit) for v in values], start, incident)


def in_unit(record: ClaimRecord, unit: str | None) -> ClaimRecord:
    """The record's value, bounds and unit in `unit`, when the two units are of one kind."""
    factor = conversion_factor(record.unit, unit)
    if factor is None or factor == 1:
        return record
    return replace(
        record,
        unit=unit,
        converted=True,
        value=_scaled(record.value, factor),
        low=_scaled(record.low, factor),
        high=_scaled(record.high, factor),
    )


def _scaled(value: float | None, factor: float) -> float | None:
    """Five significant figures: "10 acres" is 0.040469 km², not 0."""
    return None if value is None else float(f"{value * factor:.5g}")


def _filled(subject: Sequence[str]) -> int:
    return sum(1 for part in subject if part)


def victim_class(record: ClaimRecord) -> str:
    """Who a toll counts, in one word per side: "about 30 bodies of soldiers" counts soldiers, and
    the civilians a source counts against another's toll count its people (`sitrep.link.disputes`)."""
    if record.rival:
        return "people"
    unit = (record.unit or "").lower()
    if record.measure == "detained" and unit in CAPTIVE_WORDS:
        return "people"
    context = _context(record)
    if unit in ("bodies", "dead", "corpses") and context:
        named = _BODIES_OF.match(context[1])
        unit = named.group(1) if named and named.group(1) in VICTIM_CLASSES else unit
    return VICTIM_CLASSES.get(unit, record.unit or "")


def running_toll(record: ClaimRecord) -> bool:
    """A toll of a whole war or period ("the war has killed 14,000", "killed in July"), kept
    apart from the toll of one incident, which it would otherwise contradict."""
    period = date_interval(record.as_of)
    if record.since or (period and (period[1] - period[0]).days >= LONGEST_INCIDENT_DAYS):
        return True  # "since March 1": a count from a start, not one incident's
    context = _context(record)
    return bool(
        context and (_RUNNING_AFTER.match(context[1]) or _RUNNING_BEFORE.search(context[0]))
    )


def countrywide(record: ClaimRecord) -> bool:
    """A toll over the whole country an event struck, which keeps its own place when the event
    is placed more narrowly ("at least 60 across the country" is not Tel Aviv's toll)."""
    context = _context(record)
    return bool(context and _COUNTRYWIDE_AFTER.match(context[1]))


def _context(record: ClaimRecord) -> tuple[str, str] | None:
    """The words of the number's sentence before it and after it, lowercased."""
    if not record.text or record.text not in record.sentence:
        return None
    where = record.sentence.index(record.text)
    end = where + len(record.text)
    return record.sentence[:where].lower(), record.sentence[end:].lower()


def _narrows(specific: Sequence[str], vague: Sequence[str]) -> bool:
    """Same measure, unit and place, and the vague subject's actor and topic, where it has them."""
    if tuple(specific[:2]) != tuple(vague[:2]) or specific[3] != vague[3]:
        return False
    if specific[4] == RUNNING_TOLL_TOPIC and not _stock_count(vague):
        return False  # a war's toll takes in no toll of one incident
    return all(not v or v == s for s, v in ((specific[2], vague[2]), (specific[4], vague[4])))


def _stock_count(subject: Sequence[str]) -> bool:
    """A count of the displaced tied to no event: how many have fled so far, a running figure
    ("the government put the number of displaced at 25,000"), never one incident's toll."""
    return subject[0] == "displaced" and not subject[4]


def value_interval(record: ClaimRecord) -> tuple[float, float] | None:
    """The values a claim allows, given its hedge: "up to 12,000" allows 0 to 12,000."""
    value = record.value
    if value is None:
        value = record.high if record.high is not None else record.low
    if record.hedge == "range" and record.low is not None and record.high is not None:
        interval: tuple[float, float] | None = (record.low, record.high)
    else:
        interval = hedged_interval(value, record.hedge)
    if interval is None or not record.converted:
        return interval
    # a writer rounds a conversion ("46,000 square miles (120,000 square kilometres)")
    return interval[0] * (1 - CONVERSION_ROUNDING), interval[1] * (1 + CONVERSION_ROUNDING)


@dataclass(frozen=True)
class Contradiction:
    subject: tuple[str, str, str, str, str]
    first: ClaimRecord
    second: ClaimRecord
    reason: str


# Certainties of values that are no count: a denial, and a figure a corrected version of its own
# article replaced (`article_versions.SUPERSEDED`).
_NO_COUNTS = frozenset({"denied", SUPERSEDED})


def contradictions(history: History, window_days: int | None = None) -> list[Contradiction]:
    """Pairs of values from different reports about the same subject and days that cannot both hold.

    The days compared are `window_days` apart at most: by default `CLAIM_WINDOW_DAYS`, and for
    the toll of an incident `EVENT_WINDOW_DAYS`, the days one event's reports may span (a group's
    claim on Saturday and the army's toll on Monday are about the same attack).

    Projections ("expected by Monday"), denied claims and figures a corrected version of their
    article superseded are not counts and never contradict;
    nor do a province's figure and its town's, or a source's figure and its own correction.
    Values are swept in date order so that only those within `window_days` of each other are
    compared: a subject with thousands of values over months costs far less than every pair.
    """
    if window_days is None:
        window_days = EVENT_WINDOW_DAYS if incident_toll(history.subject) else CLAIM_WINDOW_DAYS
    values = [v for v in history.values if not v.expected and v.certainty not in _NO_COUNTS]
    dated = sorted(
        (
            (interval, position, value_interval(value))
            for position, value in enumerate(values)
            if (interval := date_interval(value.as_of)) is not None
        ),
        key=lambda item: item[0][0],
    )
    pairs: list[tuple[int, int, tuple[float, float], tuple[float, float]]] = []
    for k, (days, position, bounds) in enumerate(dated):
        for other_days, other_position, other_bounds in dated[k + 1 :]:
            if (other_days[0] - days[1]).days > window_days:
                break
            if bounds and other_bounds and _disjoint(bounds, other_bounds):
                if position < other_position:
                    pairs.append((position, other_position, bounds, other_bounds))
                else:
                    pairs.append((other_position, position, other_bounds, bounds))
    found = []
    for i, j, a, b in sorted(pairs, key=lambda pair: pair[:2]):
        first, second = values[i], values[j]
        if first.given_place != second.given_place:  # the province's count is not the town's
            continue
        if _corrected_by_its_source(first, second):
            continue
        if _independent(first, second) and not _update(first, second, a, b):
            reason = f"{_describe(first)} vs {_describe(second)}"
            found.append(Contradiction(history.subject, first, second, reason))
    return found


def _independent(first: ClaimRecord, second: ClaimRecord) -> bool:
    """Two reports, or two named sources in one report: the army's 11 dead against a group's
    claim of more than 40 in the same dispatch is the dispute a reader wants flagged, while two
    figures one report gives in its own voice are parts of one story (a total, a subgroup)."""
    if first.article_id != second.article_id:
        return True
    return bool(first.source and second.source and first.source != second.source)


def _corrected_by_its_source(first: ClaimRecord, second: ClaimRecord) -> bool:
    """One figure is its source's correction of the other ("revised its toll down to 41"), or
    the sentence giving both says the later one replaced the earlier ("later raised its estimate
    to 9,000"): the count changed, nobody disagreed."""
    pair = [
        {"text": v.text, "sentence": v.sentence, "article_id": v.article_id, "source": v.source}
        for v in (first, second)
    ]
    if revised_in_one_breath(*pair) or revised_in_one_breath(*reversed(pair)):
        return True
    if _revised_from(first, second) or _revised_from(second, first):
        return True
    if any(tells_a_superseded_figure(v.sentence) for v in (first, second)):
        return True  # "Earlier counts had put the toll at 14": a step, not a rival
    if not first.source or not second.source or _speaker(first.source) != _speaker(second.source):
        return False
    return any(revises_a_figure(v.text, v.sentence) for v in (first, second))


def _revised_from(new: ClaimRecord, old: ClaimRecord) -> bool:
    """`new` replaces `old`'s figure by its sentence's own account ("revised the toll to 27
    from 31" against another report's 31), whoever gave the old one."""
    return old.value is not None and figure_it_revises(new.text, new.sentence) == old.value


def _speaker(source: str) -> str:
    return " ".join(word for word in fold(source).split() if word not in DETERMINERS)


def _disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def _update(
    first: ClaimRecord, second: ClaimRecord, a: tuple[float, float], b: tuple[float, float]
) -> bool:
    """A toll reported higher for a later day: the count moved on, nobody disagreed.

    Later by the day counted when both were printed within days of the day they are dated by
    (`_day_counted`: a toll printed days after its attack counts the dead known when printed);
    else by the days they are dated by, then by publication: a report repeating last month's
    toll as background is not an update of a lower figure given since, nor is its print day an
    earlier report's. A count for a period that holds the
    other's day ("in October" and "on Oct. 15") may be the earlier or the later one: either
    figure may be the count moving on.
    """
    if first.measure not in CUMULATIVE_MEASURES or not first.published or not second.published:
        return False
    first_days = date_interval(first.as_of) or date_interval(first.published)
    second_days = date_interval(second.as_of) or date_interval(second.published)
    if first_days is None or second_days is None:
        return False
    if first_days != second_days and not (
        first_days[1] < second_days[0] or second_days[1] < first_days[0]
    ):
        return True  # one period holds the other: no order to judge by
    first_counted = _day_counted(first_days, first.published)
    second_counted = _day_counted(second_days, second.published)
    if first_counted is None or second_counted is None:
        first_counted, second_counted = first_days[0], second_days[0]
    first_when = (first_counted, first_days, first.published)
    second_when = (second_counted, second_days, second.published)
    if first_when == second_when:
        return False
    earlier, later = (a, b) if first_when < second_when else (b, a)
    return later[0] > earlier[1]


def _day_counted(days: tuple[dt.date, dt.date], published: str) -> dt.date | None:
    """The day a toll was counted, when it was printed on or within `TOLL_COUNTING_DAYS` after
    the day it is dated by: the day it was printed (Monday's attack's "30 killed" printed on
    Thursday counts the dead known on Thursday, after Tuesday's undated "12 killed"). None for a
    toll printed later, a repeat told as background, whose print day says nothing of when it
    was counted."""
    printed = date_interval(published)
    if printed and 0 <= (printed[0] - days[1]).days <= TOLL_COUNTING_DAYS:
        return printed[0]
    return None


def _describe(record: ClaimRecord) -> str:
    """A value of a contradiction as its report gave it: "at least 30 (health ministry, ...)";
    one converted into the history's unit in its own words ("about 1,000 square kilometres"),
    not as "about 386.1" square miles that no one said."""
    value = record.value if record.value is not None else record.high
    if record.converted and record.text:
        shown = record.text
    elif record.hedge == "range":
        shown = "-".join(figure(bound) for bound in (record.low, record.high) if bound is not None)
    else:
        shown = worded_toll(value, record.hedge) if value is not None else "?"
    whose = series_key(record.source, record.outlet, record.article_id)
    return f"{shown} ({whose}, {record.as_of})"
