"""Claim histories: the values one precise subject took over time, and the contradictions."""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sitrep.extract.actors import country_of_word
from sitrep.link.dates import date_interval
from sitrep.link.entities import EntityIndex, canonical_entity, fold
from sitrep.link.records import ClaimRecord

CLAIM_WINDOW_DAYS = 1


CUMULATIVE_MEASURES = frozenset({"killed", "injured", "missing", "displaced", "detained"})


@dataclass
class History:
    """The values one subject took over time, report by report."""

    subject: tuple[str, str, str, str, str]  # measure, unit, actor, place, topic
    values: list[ClaimRecord]

    @property
    def id(self) -> str:
        return "cl-" + hashlib.sha1("|".join(self.subject).encode()).hexdigest()[:12]

    @property
    def label(self) -> str:
        return subject_label(self.subject)


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
    records: Iterable[ClaimRecord], index: EntityIndex | None = None
) -> list[History]:
    """Numbers grouped by precise subject, each history in time order, repeats within a report dropped."""
    grouped: dict[tuple[str, str, str, str, str], list[ClaimRecord]] = defaultdict(list)
    seen: set[tuple[Any, ...]] = set()
    for record in sorted(records, key=_claim_order):
        if index is not None and record.actor:
            record = replace(record, actor=canonical_entity(record.actor, index))
        if index is not None and record.source:
            record = replace(record, source=canonical_entity(record.source, index))
        repeat = (
            record.article_id,
            record.subject,
            record.value,
            record.low,
            record.high,
            record.hedge,
        )
        if repeat in seen:
            continue
        seen.add(repeat)
        grouped[record.subject].append(record)
    for subject in sorted(s for s in grouped if not s[2] or not s[4]):
        fuller = [s for s in grouped if s != subject and _narrows(s, subject)]
        if len(fuller) == 1:  # "wounded eight" in a report that names no attacker: the same count
            grouped[fuller[0]] = sorted(
                [*grouped[fuller[0]], *grouped.pop(subject)], key=_claim_order
            )
    return [History(subject, values) for subject, values in sorted(grouped.items())]


def _narrows(specific: Sequence[str], vague: Sequence[str]) -> bool:
    """Same measure, unit and place, and the vague subject's actor and topic, where it has them."""
    if tuple(specific[:2]) != tuple(vague[:2]) or specific[3] != vague[3]:
        return False
    return all(not v or v == s for s, v in ((specific[2], vague[2]), (specific[4], vague[4])))


def _claim_order(record: ClaimRecord) -> tuple[str, str, str, int]:
    return (record.as_of or "9999", record.published or "9999", record.article_id, record.idx)


def value_interval(record: ClaimRecord) -> tuple[float, float] | None:
    """The values a claim allows, given its hedge: "up to 12,000" allows 0 to 12,000."""
    value = record.value
    if record.hedge == "range" and record.low is not None and record.high is not None:
        return record.low, record.high
    if value is None:
        value = record.high if record.high is not None else record.low
    if value is None:
        return None
    return {
        "exact": (value, value),
        "approximate": (value * 0.8, value * 1.2),
        "upper_bound": (0.0, value),
        "lower_bound": (value, math.inf),
        "vague": (value, value * 10),
    }.get(record.hedge, (value, value))


@dataclass(frozen=True)
class Contradiction:
    subject: tuple[str, str, str, str, str]
    first: ClaimRecord
    second: ClaimRecord
    reason: str


def contradictions(history: History, window_days: int = CLAIM_WINDOW_DAYS) -> list[Contradiction]:
    """Pairs of values from different reports about the same subject and days that cannot both hold.

    Projections ("expected by Monday") and denied claims are not counts and never contradict.
    Values are swept in date order so that only those within `window_days` of each other are
    compared: a subject with thousands of values over months costs far less than every pair.
    """
    values = [v for v in history.values if not v.expected and v.certainty != "denied"]
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
        if first.article_id != second.article_id and not _update(first, second, a, b):
            reason = f"{_describe(first)} vs {_describe(second)}"
            found.append(Contradiction(history.subject, first, second, reason))
    return found


def _disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def _update(
    first: ClaimRecord, second: ClaimRecord, a: tuple[float, float], b: tuple[float, float]
) -> bool:
    """A toll reported higher by a later report: the count moved on, nobody disagreed."""
    if first.measure not in CUMULATIVE_MEASURES or not first.published or not second.published:
        return False
    if first.published == second.published:
        return False
    earlier, later = (a, b) if first.published < second.published else (b, a)
    return later[0] > earlier[1]


def _describe(record: ClaimRecord) -> str:
    words = {
        "upper_bound": "up to ",
        "lower_bound": "at least ",
        "approximate": "about ",
        "vague": "some ",
    }
    value = record.value if record.value is not None else record.high
    if record.hedge == "range":
        shown = f"{record.low:g}-{record.high:g}"
    else:
        shown = f"{words.get(record.hedge, '')}{value:g}" if value is not None else "?"
    return f"{shown} ({record.source or record.outlet or 'unattributed'}, {record.as_of})"


def matching_subjects(histories: Iterable[History], about: str) -> list[History]:
    """The histories whose subject the words of `about` name best ("North Korean troops in Kursk")."""
    wanted = [w for w in _subject_words(about) if w not in _QUERY_STOPWORDS]
    if not wanted:
        return []
    scored = []
    for history in histories:
        have = _subject_words(" ".join(history.subject))
        hits = sum(
            1 for w in wanted if any(h.startswith(w) or w.startswith(h) for h in have if len(h) > 2)
        )
        if hits:
            scored.append((hits / len(wanted), history))
    best = max((s for s, _ in scored), default=0.0)
    return [h for s, h in scored if s == best and s >= 0.5]


_QUERY_STOPWORDS = frozenset(
    {"in", "of", "the", "a", "an", "by", "at", "on", "for", "to", "held", "number", "how", "many"}
)


def _subject_words(text: str) -> set[str]:
    words = set(fold(text).split())
    for word in list(words):
        country = country_of_word(word)
        if country:
            words |= set(fold(country).split())
    return words
