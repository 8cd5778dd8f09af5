"""Resolve recognised place names against the gazetteer, with the article as context.

Each candidate is scored in two passes. The first, in `place_candidates`, uses what the name
itself says: its feature type and population (the prior), feature words around it ("the city of
X", "X province") and a comma qualifier ("Portland, Maine"). The second, here, adds what the rest
of the article says (`place_evidence`), read from the first pass of the *other* names: the
countries it is about, the admin-1 units it names, and the towns it places nearby; and what its
lists say (cities, or states of one country). One reading per name across the article. A name the
gazetteer lacks (a street, a school) that holds a known place ("Colchester General Hospital")
takes that place; otherwise it is placed, with low confidence, at the article's most named
locality.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from sitrep.extract.datelines import in_dateline
from sitrep.extract.metonymy import comma_addresses, with_role
from sitrep.extract.place_candidates import (
    ADMIN_LEVELS,
    COUNTRY_LEVELS,
    LEVEL_PRIORS,
    NAME_ALTERNATE,
    NAME_PART,
    Choice,
    Mention,
    find_qualifiers,
    important,
    mention_key,
    rank_alone,
)
from sitrep.extract.place_compass import compass_readings
from sitrep.extract.place_distances import km_apart
from sitrep.extract.place_entries import entry_fields
from sitrep.extract.place_evidence import LOCAL_LEVELS, Evidence
from sitrep.extract.place_faraway import nearby_but_far_away
from sitrep.extract.place_home_aliases import home_alias_bonus
from sitrep.extract.place_landmarks import local_readings, names_landmark, names_unit
from sitrep.extract.place_measured_names import far_from_where_measured
from sitrep.extract.place_names import unit_after
from sitrep.extract.place_possessors import in_owners, owner_countries, within_possessors
from sitrep.extract.place_shared_names import with_shared_readings
from sitrep.extract.place_stated_regions import stated_regions
from sitrep.extract.place_units import as_named_unit
from sitrep.extract.token_positions import token_at
from sitrep.gazetteer.names import normalize
from sitrep.model import Candidate, Place

if TYPE_CHECKING:
    from sitrep.extract.context import DocContext
    from sitrep.gazetteer import Entry, Gazetteer


def resolve_mentions(ctx: DocContext, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Place]:
    """Resolve every mention: one reading per name, then the metonymy check."""
    mentions = with_shared_readings(gazetteer, ctx.text, mentions)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[mention_key(ctx, mention)].append(mention)
    counts = Counter({key: len(group) for key, group in groups.items()})
    owners = owner_countries(ctx, gazetteer, mentions)
    qualified = within_possessors(find_qualifiers(mentions, ctx.text), owners, mentions)
    first = {k: in_owners(rank_alone(ctx, g, qualified), g, owners) for k, g in groups.items()}
    evidence = Evidence.of({k: r for k, r in first.items() if not k.endswith(NAME_PART)}, counts)
    chains = _list_chains(ctx, mentions)
    named_chains = [[mention_key(ctx, m) for m in chain] for chain in chains]
    kinds = _list_kinds(named_chains, first)
    list_levels = _list_levels(named_chains, first)
    sizes = {key: _town_sizes(ranked) for key, ranked in first.items()}
    readings = {
        key: sorted(
            (
                Choice(
                    c.entry,
                    c.score
                    + evidence.bonus(
                        c.entry,
                        key,
                        max(sizes[key].values(), default=0),
                        sizes[key].get(c.entry.id),
                    )
                    + _list_bonus(c, kinds, key, ranked)
                    + _list_level_bonus(c.entry, list_levels.get(key), ranked)
                    + _state_bonus(c.entry, key, ranked, evidence)
                    + _home_unit_bonus(c.entry, key, ranked, evidence)
                    - _foreign_region_penalty(c.entry, key, ranked, evidence)
                    + home_alias_bonus(c.entry, key, ranked, evidence),
                )
                for c in ranked
            ),
            key=lambda c: -c.score,
        )
        for key, ranked in first.items()
    }
    for key, group in groups.items():
        if key.endswith(NAME_PART):  # a firm's name says nothing of the article's places
            readings[key] = first[key]
        if not any(m.entries for m in group):  # only a place inside the name: must fit the article
            readings[key] = [c for c in readings[key] if evidence.fits(c.entry, key)]
        if names_landmark(ctx.text, group):
            elsewhere = evidence.countries_elsewhere(key)
            unit = names_unit(ctx.text, group)
            points = _story_points(first, key)
            readings[key] = local_readings(readings[key], elsewhere, unit, points)
        elif nearby_but_far_away(ctx, group, readings[key], evidence.countries_elsewhere(key)):
            readings[key] = []
        compass = compass_readings(
            gazetteer,
            ctx.text[group[0].start : group[0].end],
            readings[key],
            evidence.country_keys,
        )
        if compass is not None:
            readings[key] = compass
    story_counts = _story_counts(ctx, mentions, readings)
    anchor = _anchor(readings, story_counts)
    region_anchor = _region_anchor(readings, story_counts) or anchor
    addresses = comma_addresses(ctx, mentions, chains)
    regions = stated_regions(ctx, mentions, readings, qualified, owners)
    return [
        as_named_unit(
            ctx,
            gazetteer,
            mention,
            _at_stated_region(ctx, mention, regions.get(mention_key(ctx, mention)))
            or _place(
                ctx,
                gazetteer,
                mention,
                readings[mention_key(ctx, mention)],
                region_anchor if unit_after(ctx.doc, mention) else anchor,
                addresses,
            ),
        )
        for mention in mentions
    ]


def _story_points(first: dict[str, list[Choice]], key: str) -> list[tuple[float, float]]:
    """Where the article's other names lie: each one's first-pass reading, town or country."""
    return [
        (ranked[0].entry.lat, ranked[0].entry.lon)
        for other, ranked in first.items()
        if other != key
        and ranked
        and ranked[0].entry.lat is not None
        and ranked[0].entry.lon is not None
    ]


def _at_stated_region(ctx: DocContext, mention: Mention, region: Entry | None) -> Place | None:
    if region is None:
        return None
    where = "near" if region.level.startswith("PPL") else "in"
    reason = (
        f"no place of this name {where} {region.name} in the gazetteer; placed at {region.name}"
    )
    return _unknown(mention, ctx.text[mention.start : mention.end], region, reason)


def _town_sizes(ranked: list[Choice]) -> dict[int, int]:
    """The size of each town or admin-1 unit known by this very name (not by an alias): a
    village named "Wales" in England does not take England's support from Wales. A town counts
    a province of its region that goes by a local name but answers to the town's name too
    ("Torino" for Turin): English has a name of its own only for towns known far abroad, and a
    small city proper (an old town centre) understates that against a namesake suburb. A unit
    that merely bears the town's name ("Franklin County", "Bezirk Horgen") says nothing of the
    kind."""
    towns = [
        c.entry
        for c in ranked
        if (c.entry.level.startswith("PPL") or c.entry.level == "ADM1") and c.entry.kind == 0
    ]
    sizes = {town.id: town.population for town in towns}
    for choice in ranked:
        unit = choice.entry
        if unit.level != "ADM2" or unit.kind != NAME_ALTERNATE or unit.admin1_id is None:
            continue
        for town in towns:
            if (
                town.level.startswith("PPL")
                and town.admin1_id == unit.admin1_id
                and normalize(town.name) not in normalize(unit.name)
            ):
                sizes[town.id] = max(sizes[town.id], unit.population)
    return sizes


LIST_JOINS = frozenset({",", "and", ", and", "or", ", or", "&"})
LIST_BONUS = 8.0
HOME_UNIT_BONUS = 3.0  # more than a country's prior over a state's, less than a list's say


def _level_kind(level: str) -> str | None:
    return "city" if level in ("PPL", "PPLC") else ("unit" if level == "ADM1" else None)


def _list_chains(ctx: DocContext, mentions: list[Mention]) -> list[list[Mention]]:
    """The lists of places: three or more names, or two joined by "and"/"or"; a lone comma
    pair is a qualifier ("Albany, New York")."""
    ordered = sorted(mentions, key=lambda m: m.start)
    chains: list[list[Mention]] = []
    joined: list[bool] = []
    for mention in ordered:
        if chains:
            gap = " ".join(ctx.text[chains[-1][-1].end : mention.start].split())
            if gap in LIST_JOINS:
                chains[-1].append(mention)
                joined[-1] = joined[-1] or gap != ","
                continue
        chains.append([mention])
        joined.append(False)
    return [
        chain
        for chain, conj in zip(chains, joined, strict=True)
        if len(chain) > 2 or (len(chain) == 2 and conj)
    ]


def _list_kinds(chains: list[list[str]], first: dict[str, list[Choice]]) -> dict[str, str]:
    """The kind of place a name's list-mates are: "Los Angeles, Miami, New York and Detroit"
    lists cities, "California or Washington" states. A name named both ways takes the kind its
    sure list-mates share."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for keys in chains:
        for key in keys:
            for other in keys:
                ranked = first.get(other)
                if other == key or not ranked:
                    continue
                top = ranked[0].entry
                kind = _level_kind(top.level)
                units = {c.entry.id for c in first.get(key, []) if c.entry.level == "ADM1"}
                if top.admin1_id in units:
                    continue  # "Melbourne and Victoria": a city beside its own state
                votes[key][kind if kind and not _dual(ranked) else "other"] += 1
    kinds: dict[str, str] = {}
    for key, tally in votes.items():
        kind, n = max(
            ((k, v) for k, v in tally.items() if k != "other"),
            default=("", 0),
            key=lambda kv: kv[1],
        )
        if (
            n
            and n * 2 > sum(tally.values())
            and len([k for k in tally if k not in ("other", kind)]) == 0
        ):
            kinds[key] = kind
    return kinds


def _list_levels(
    chains: list[list[str]], first: dict[str, list[Choice]]
) -> dict[str, tuple[str, str | None]]:
    """What a name's list-mates all are: countries ("Mali, Niger and Chad"), or states or
    provinces of one country ("Alabama and Georgia", "Ontario, Quebec and New Brunswick"); the
    name is one more of them."""
    levels: dict[str, tuple[str, str | None]] = {}
    for keys in chains:
        for key in keys:
            tops = [first[o][0].entry for o in keys if o != key and first.get(o)]
            named = {e.country for e in tops}
            if tops and all(e.level in COUNTRY_LEVELS for e in tops):
                levels[key] = ("PCLI", None)
            elif tops and all(e.level == "ADM1" for e in tops) and len(named) == 1:
                levels[key] = ("ADM1", tops[0].country)
    return levels


def _list_bonus(choice: Choice, kinds: dict[str, str], key: str, ranked: list[Choice]) -> float:
    kind = kinds.get(key)
    if kind is None or _level_kind(choice.entry.level) != kind or not important(choice.entry):
        return 0.0
    if kind == "unit" and any(
        c.entry.admin1_id == choice.entry.id and _level_kind(c.entry.level) == "city"
        for c in ranked
    ):
        return 0.0  # the city lies in its namesake unit ("Hamburg"): its point serves both
    return LIST_BONUS if _dual(ranked) else 0.0


def _list_level_bonus(
    entry: Entry, listed: tuple[str, str | None] | None, ranked: list[Choice]
) -> float:
    """A reading of the kind the list names; not a unit when a city lies in its namesake unit
    ("Beijing", "Khartoum"): the city's point serves both."""
    if listed is None or entry.level != listed[0]:
        return 0.0
    level, country = listed
    if level == "ADM1" and (
        entry.country != country
        or any(
            _level_kind(c.entry.level) == "city" and c.entry.admin1_id == entry.id for c in ranked
        )
    ):
        return 0.0
    return LIST_BONUS


def _state_bonus(entry: Entry, key: str, ranked: list[Choice], evidence: Evidence) -> float:
    """A state named like a city elsewhere ("Washington"), in an article whose other places lie
    in that state (Seattle, Spokane), is the state; not when the city lies inside the state
    ("New York" with Brooklyn stays the city)."""
    if entry.level != "ADM1" or not _dual(ranked) or ranked[0].entry.level == "ADM1":
        return 0.0
    cities = [
        c.entry for c in ranked if _level_kind(c.entry.level) == "city" and important(c.entry)
    ]
    if any(city.admin1_id == entry.id for city in cities):
        return 0.0
    others = {k for k, _ in evidence.admin1_ids.get(entry.id, set()) if k != key}
    inside_city_units = {
        k
        for city in cities
        for k, _ in evidence.admin1_ids.get(city.admin1_id or 0, set())
        if k != key
    }
    return LIST_BONUS if len(others) >= 2 and len(others) > len(inside_city_units) else 0.0


def _home_unit_bonus(entry: Entry, key: str, ranked: list[Choice], evidence: Evidence) -> float:
    """A country's name that is also a state of the country the article is about ("Georgia" in a
    story of Atlanta and Savannah) is the state, unless another name of the article puts the
    foreign country in it ("Tbilisi", "Georgian"), or its list is one of countries ("Mali, Niger
    and Chad", whose bonus this does not outweigh)."""
    if entry.level != "ADM1" or entry.country is None or entry.country != evidence.focus:
        return 0.0
    if not evidence.names_elsewhere(entry.country, key):
        return 0.0
    foreign = {
        c.entry.country
        for c in ranked
        if c.entry.level in COUNTRY_LEVELS and c.entry.country not in (None, entry.country)
    }
    if not foreign or any(evidence.names_elsewhere(country, key) for country in foreign):
        return 0.0
    return HOME_UNIT_BONUS


def _foreign_region_penalty(
    entry: Entry, key: str, ranked: list[Choice], evidence: Evidence
) -> float:
    """A region of one country ("West Coast", of the US) yields to a namesake unit or important
    place of a country the article names (New Zealand's West Coast region) when the article never
    names the region's own country: the strong prior of the regions table is for the usual
    reading, not against the article's context. The region is then weighed like a state."""
    if entry.level != "region" or not entry.country:
        return 0.0
    if evidence.names_elsewhere(entry.country, key):
        return 0.0
    rival = any(
        c.entry.country
        and c.entry.country != entry.country
        and (c.entry.level in ADMIN_LEVELS or important(c.entry))
        and evidence.names_elsewhere(c.entry.country, key)
        for c in ranked
    )
    return LEVEL_PRIORS["region"] - LEVEL_PRIORS["ADM1"] if rival else 0.0


def _dual(ranked: list[Choice]) -> bool:
    """A name both a major city and a state or province go by ("Washington", "Hamburg", "New
    York"); a city known by it only as a foreign alias does not count ("Florida" is not
    Floridablanca's)."""
    units = {c.entry.country for c in ranked if c.entry.level == "ADM1"}
    return bool(units) and any(
        _level_kind(c.entry.level) == "city"
        and important(c.entry)
        and (c.entry.kind == 0 or c.entry.country in units)
        for c in ranked
    )


def _story_counts(
    ctx: DocContext, mentions: list[Mention], readings: dict[str, list[Choice]]
) -> Counter[str]:
    """How often the story names each name, the dateline's count left out unless the story names
    the dateline's country too: the bureau a report is filed from (Geneva, Nairobi) is no clue
    where a town the gazetteer lacks lies ("GENEVA - shells hit the town of X"); a dateline in
    the country the story is about is ("NAIROBI - ... in Kenya's Rift Valley")."""
    counts: Counter[str] = Counter()
    datelined: Counter[str] = Counter()
    for mention in mentions:
        key = mention_key(ctx, mention)
        (datelined if _in_dateline(ctx, mention) else counts)[key] += 1
    story_countries = {readings[k][0].entry.country for k in counts if readings.get(k)}
    for key, count in datelined.items():
        if readings.get(key) and readings[key][0].entry.country in story_countries:
            counts[key] += count
    return counts


def _in_dateline(ctx: DocContext, mention: Mention) -> bool:
    token = token_at(ctx.doc, mention.start)
    return token is not None and in_dateline(token)


def _region_anchor(readings: dict[str, list[Choice]], counts: Counter[str]) -> Entry | None:
    """The region the article names most, where a unit it does not know lies ("Nduga regency"
    in a Papua story datelined Jakarta); None when it names no region, and the unit then lies at
    the article's locality ("the Njoro Mashariki district of Nairobi"), not in the country."""
    region = _anchor(readings, counts, 1)
    return region if region is not None and region.level == "ADM1" else None


def _anchor(
    readings: dict[str, list[Choice]], counts: Counter[str], tiers: int = 0
) -> Entry | None:
    """The article's most named locality (else admin-1 unit, else country): where it happens;
    past the first `tiers` of those levels (a district lies in a region, not in a town). A
    locality in the country the story names most goes first: a report on eastern Congo that
    quotes an agency in Geneva twice places a town it does not know in Congo, not Switzerland."""
    home = _most_named_country(readings, counts)
    for levels in (LOCAL_LEVELS, frozenset({"ADM1"}), COUNTRY_LEVELS)[tiers:]:
        tally: Counter[int] = Counter()
        entries: dict[int, Entry] = {}
        for key, ranked in readings.items():
            if (
                counts[key]
                and ranked
                and ranked[0].entry.level in levels
                and ranked[0].entry.lat is not None
            ):
                tally[ranked[0].entry.id] += counts[key]
                entries[ranked[0].entry.id] = ranked[0].entry
        at_home = Counter({i: n for i, n in tally.items() if entries[i].country == home})
        if at_home or tally:
            return entries[(at_home or tally).most_common(1)[0][0]]
    return None


def _most_named_country(readings: dict[str, list[Choice]], counts: Counter[str]) -> str | None:
    """The country the story's names (towns, units and the country itself) point to most."""
    tally: Counter[str] = Counter()
    for key, ranked in readings.items():
        if counts[key] and ranked and ranked[0].entry.country:
            tally[ranked[0].entry.country] += counts[key]
    return tally.most_common(1)[0][0] if tally else None


def _place(
    ctx: DocContext,
    gazetteer: Gazetteer,
    mention: Mention,
    ranked: list[Choice],
    anchor: Entry | None,
    addresses: set[int],
) -> Place:
    text = ctx.text[mention.start : mention.end]
    if not ranked:
        far = far_from_where_measured(ctx.text, mention.end)
        return _unknown(mention, text, None if far else anchor)
    best = ranked[0]
    ambiguous = _ambiguous(ranked)
    place = Place(
        start=mention.start,
        end=mention.end,
        text=text,
        **entry_fields(best.entry),
        confidence=_confidence(ranked) * (0.6 if not mention.entries else 1.0),
        ambiguous=ambiguous,
        demonym=mention.demonym,
        candidates=tuple(_candidate(c.entry) for c in ranked[:5]) if ambiguous else (),
    )
    return with_role(ctx, gazetteer, mention, place, best.entry, addresses)


def _unknown(mention: Mention, text: str, anchor: Entry | None, reason: str | None = None) -> Place:
    """A name the gazetteer lacks: placed at the article's locality (or the place the text puts
    it in), said so, low confidence, and `near` that place, so that a map draws the point as
    approximate."""
    if anchor is None:
        return Place(
            mention.start,
            mention.end,
            text,
            unresolved_reason="not in the gazetteer",
            demonym=mention.demonym,
        )
    return Place(
        mention.start,
        mention.end,
        text,
        country=anchor.country,
        admin1=anchor.admin1 if anchor.level not in COUNTRY_LEVELS else None,
        lat=anchor.lat,
        lon=anchor.lon,
        confidence=0.2,
        unresolved_reason=reason
        or f"not in the gazetteer; placed at {anchor.name}, the article's locality",
        demonym=mention.demonym,
        near=anchor.name,
    )


def _ambiguous(ranked: list[Choice]) -> bool:
    """Two readings nearly as likely and far apart: say so rather than guess silently."""
    if len(ranked) < 2 or ranked[0].score - ranked[1].score > 0.5:
        return False
    return (km_apart(ranked[0].entry, ranked[1].entry) or 0.0) > 161


def _confidence(ranked: list[Choice]) -> float:
    if len(ranked) == 1:
        return 0.9
    margin = ranked[0].score - ranked[1].score
    return round(0.5 + 0.45 * (1 - math.exp(-margin)), 2)


def _candidate(entry: Entry) -> Candidate:
    return Candidate(**entry_fields(entry))
