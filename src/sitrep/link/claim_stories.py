"""One force's size or the ground it took, followed across the reports of one story.

Reports of an offensive re-estimate its troops and the ground taken day by day ("as many as
8,000 troops", then "up to 15,000", then "about 12,000"), and each report words the subject a
little differently: one names the attackers and the town, another only the province's village
the first shelling hit, another no side at all, another the event as a seizure rather than an
attack. An exact subject key opens a history for each. Here the histories of such a figure join
when they cannot be told apart: the same measure and unit, no two sides, no two fronts (a town
and its province are one front, but two named towns of one province are two; a country's whole
count is not its province's), near in time, and no other history either could join
(`join_story_figures`).

Tolls are not joined this way: two towns' dead are two counts, and an incident's toll takes its
incident's place already (`sitrep.link.claims.claim_histories`). The one rule they share is
`province_of`: a toll given for a province is the toll of the one town of it that has one,
unless it is told as the province's ("across Marvia Oblast", "in the region").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sitrep.extract.actors import country_of_word
from sitrep.link.claim_starts import SeriesKey
from sitrep.link.dates import date_interval
from sitrep.link.records import ClaimRecord

# A force's size and the ground it holds: the figures one offensive's reports re-estimate.
STORY_MEASURES = frozenset({"troops", "area"})
# Measures whose event type says little of what is counted: the troops of an attack are the
# troops of the fighting and the seizure it became, or of the deployment before it. Ground taken
# and ground retaken are kept apart, and so are troops withdrawn and troops of any other event.
TOPIC_BLIND_MEASURES = frozenset({"troops"})
OPPOSITE_TOPICS = frozenset({"withdraw"})
STORY_WINDOW_DAYS = 7  # how far apart two reports of one offensive's figure may be


@dataclass(frozen=True)
class _Summary:
    """What a history says of where and when: the countries and fronts it names, its days."""

    countries: frozenset[str]
    fronts: frozenset[str]
    towns: frozenset[str]  # the places it names below its province: two are two fronts
    days: tuple[dt.date, dt.date] | None  # from its first day to its last


def join_story_figures(
    grouped: dict[SeriesKey, list[ClaimRecord]], order: Callable[[ClaimRecord], Any]
) -> None:
    """Join, in place, each history of a force's size or ground taken with the histories of the
    same figure it cannot be told apart from (`_one_story`), where they cannot be told apart
    from each other either and from no other (`_closed`): one that could be either of two
    sides' stays apart. The joined history's subject names the side, the place most reports
    name, and the event type where all agree."""
    summaries = {k: _summary(v) for k, v in grouped.items() if k[0][0] in STORY_MEASURES}
    buckets: dict[tuple[str, str, str], list[SeriesKey]] = defaultdict(list)
    for key in summaries:
        buckets[(key[0][0], key[0][1], key[1])].append(key)
    for bucket in buckets.values():
        for _ in range(2):  # a second pass joins what a first join made unambiguous
            for key in sorted(bucket, key=lambda k: (_filled(k[0]), k)):
                if key not in summaries:
                    continue
                partners = _partners(key, bucket, summaries)
                if partners and _closed([key, *partners], bucket, summaries):
                    bucket.append(_join(grouped, summaries, [key, *partners], order))


def _closed(
    story: list[SeriesKey], bucket: Iterable[SeriesKey], summaries: dict[SeriesKey, _Summary]
) -> bool:
    """Every history of `story` matches every other and none outside it: a history that could
    be either of two sides' (or two fronts') joins neither."""
    members = set(story)
    return all(set(_partners(key, bucket, summaries)) == members - {key} for key in story)


def _partners(
    key: SeriesKey, bucket: Iterable[SeriesKey], summaries: dict[SeriesKey, _Summary]
) -> list[SeriesKey]:
    summary = summaries[key]
    return [
        other
        for other in bucket
        if other != key
        and other in summaries
        and (
            not summary.fronts
            or not summaries[other].fronts
            or summary.fronts == summaries[other].fronts
        )
        and _one_story(key, summary, other, summaries[other])
    ]


def _join(
    grouped: dict[SeriesKey, list[ClaimRecord]],
    summaries: dict[SeriesKey, _Summary],
    story: list[SeriesKey],
    order: Callable[[ClaimRecord], Any],
) -> SeriesKey:
    """One history of the histories of `story`, under the subject they share (`story_subject`)."""
    values = [value for key in story for value in grouped.pop(key)]
    for key in story:
        del summaries[key]
    joined = (story_subject(values, story[0][0][1]), story[0][1])
    values = sorted([*grouped.pop(joined, []), *values], key=order)
    grouped[joined] = values
    summaries[joined] = _summary(values)
    return joined


def _one_story(key: SeriesKey, summary: _Summary, other: SeriesKey, others: _Summary) -> bool:
    (measure, _, actor, _, topic), (_, _, other_actor, _, other_topic) = key[0], other[0]
    if actor and other_actor and actor != other_actor:
        return False  # the troops of two sides
    blind = measure in TOPIC_BLIND_MEASURES and not {topic, other_topic} & OPPOSITE_TOPICS
    if topic and other_topic and topic != other_topic and not blind:
        return False  # ground taken and retaken, troops sent and withdrawn
    if len(summary.countries | others.countries) > 1 or len(summary.fronts | others.fronts) > 1:
        return False  # two countries, two provinces, or two towns of no known province
    if len(summary.towns | others.towns) > 1:
        return False  # two named towns of one province: the province joins only a townless one
    return _near(summary.days, others.days)


def _summary(values: Iterable[ClaimRecord]) -> _Summary:
    countries, fronts, towns, days = set(), set(), set(), []
    for value in values:
        country, front = _whereabouts(value)
        countries |= {country} if country else set()
        fronts |= {front} if front else set()
        if value.place and value.province not in (None, value.place):
            towns.add(value.place)
        if when := date_interval(value.as_of or value.published):
            days.append(when)
    span = (min(d[0] for d in days), max(d[1] for d in days)) if days else None
    return _Summary(frozenset(countries), frozenset(fronts), frozenset(towns), span)


def _whereabouts(value: ClaimRecord) -> tuple[str | None, str | None]:
    """The value's country and front: its province, else its place. A country's name is a front
    of its own: "12,000 troops in Russia" counts the whole country, not one of its provinces."""
    return value.country, value.province or value.place or None


def _near(days: tuple[dt.date, dt.date] | None, others: tuple[dt.date, dt.date] | None) -> bool:
    """The two histories' days come within `STORY_WINDOW_DAYS` of each other, or one is undated."""
    if days is None or others is None:
        return True
    return (others[0] - days[1]).days <= STORY_WINDOW_DAYS and (
        days[0] - others[1]
    ).days <= STORY_WINDOW_DAYS


def province_of(values: Iterable[ClaimRecord]) -> str | None:
    """The province every one of `values` is placed at, where each is placed at a province (its
    place its own province): a province's figure, which may be the toll of one of its towns;
    not one told as the whole province's ("killed 19 people across Marvia Oblast")."""
    values = list(values)
    provinces = {value.province if value.place == value.province else None for value in values}
    province = provinces.pop() if len(provinces) == 1 else None
    if province and any(_province_wide(value.sentence or "", province) for value in values):
        return None
    return province


# A figure told over a whole province: "across Marvia Oblast", "throughout the region".
_WIDE = re.compile(
    r"\b(?:(?:across|throughout)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"|in\s+the\s+(?:whole\s+|entire\s+)?)(?:region|province|oblast)\b",
    re.IGNORECASE,
)


def _province_wide(sentence: str, province: str) -> bool:
    """The sentence gives its figure over `province` as a whole, not at one of its towns."""
    name = province.split()[0] if province.split() else ""
    spread = re.compile(rf"\b(?:across|throughout)\s+(?:the\s+)?{re.escape(name)}\b")
    return bool(_WIDE.search(sentence) or (name and spread.search(sentence)))


def story_subject(values: Sequence[ClaimRecord], unit: str) -> tuple[str, str, str, str, str]:
    """The subject of a joined history: its side, the place most of its values name (a town
    over a country), and the event type where every value with one agrees."""
    first = values[0]
    actors = {v.actor for v in values if v.actor}
    topics = {v.topic for v in values if v.topic}
    towns = [v.place for v in values if v.place and country_of_word(v.place) != v.place]
    places = towns or [v.place for v in values if v.place]
    place = Counter(places).most_common(1)[0][0] if places else ""
    return (
        first.measure,
        unit,
        actors.pop() if len(actors) == 1 else "",
        place or "",
        topics.pop() if len(topics) == 1 else "",
    )


def _filled(subject: Sequence[str]) -> int:
    return sum(1 for part in subject if part)
