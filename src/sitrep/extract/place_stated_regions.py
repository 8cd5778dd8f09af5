"""A name the gazetteer cannot place where the text says it lies is kept at the stated region.

"the village of Vyshneve in the Donetsk region", "Tiverton, Ontario": when no place of the name lies
in the region the text puts it in, the namesake elsewhere (a town near Kyiv) would be a confident
mistake, and a name the gazetteer lacks would otherwise go to the article's most named town (the
dateline's capital). Every mention of that name is kept at the region, marked unresolved: the
article names one place however often it repeats it. So is a name said to lie in a country, in the
possessive or by the country's adjective ("the Italian island of Elba"), of which the gazetteer
holds only namesakes in other countries: it is kept at that country. A village said to lie near a
town ("the village of Velyka near Kupyansk"), which the gazetteer lacks or holds only far from
that town, is kept at the town: its point is the best the text gives.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import (
    ADMIN_LEVELS,
    COUNTRY_LEVELS,
    important,
    mention_key,
    qualifier_bonus,
)
from sitrep.extract.place_distances import within_km

if TYPE_CHECKING:
    from sitrep.extract.context import DocContext
    from sitrep.extract.place_candidates import Choice, Mention
    from sitrep.gazetteer import Entry

# The larger place named as such right after: "in the Donetsk region", "in Sokoto State",
# "in neighbouring Kaduna state", "lies in Zvecan municipality".
STATED_REGION = re.compile(
    r"(?:,? in| lies in) (?:the )?"
    r"(?:(?:north|south|east|west|central|neighbou?ring|nearby)[\w-]* )?(?:[A-Z][\w'’-]*'s )?"
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* "
    r"(?i:region|province|oblast|state|governorate|district|county|prefecture|municipality"
    r"|local government area)\b"
)

# What tells a name after a comma as the town of an address: "Tipo-Tipo town,", "Yigi, Nduga
# regency".
TOWN_TOLD_AFTER = re.compile(
    r" (?i:town|city|municipality)\b|, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* "
    r"(?i:province|region|state|district|county|regency)\b"
)

# What says a name lies by the town named next: "X near Y", "X, near Y", "X outside Y".
NEAR_LINK = re.compile(
    r",? (?:near|outside|close to|not far from|on the outskirts of) "
    r"(?:the (?:town|city) of )?"
)
# A reading farther than this from the town the text puts the name near is a namesake elsewhere:
# "near" is loose ("Bakhmut, near Donetsk", some 70 km off), a namesake mostly hundreds away.
NEAR_TOWN_KM = 150.0


def stated_regions(
    ctx: DocContext,
    mentions: list[Mention],
    readings: dict[str, list[Choice]],
    qualified: dict[int, tuple[Entry, ...]],
    owners: dict[int, tuple[Entry, ...]],
) -> dict[str, Entry]:
    """The region each name is kept at (by its index key), read from its first stated region
    or country."""
    regions: dict[str, Entry] = {}
    by_start = {m.start: m for m in mentions}
    for mention in mentions:
        key = mention_key(ctx, mention)
        region = _region_outside_readings(ctx, mention, readings[key], qualified)
        region = region or _country_outside_readings(owners.get(mention.start, ()), readings[key])
        region = region or _state_of_the_address(ctx, mention, by_start, readings)
        region = region or _town_said_near(ctx, mention, mentions, readings)
        if region is None and not readings[key]:
            region = _town_of_the_address(ctx, mention, by_start, readings)
        if region is not None:
            regions.setdefault(key, region)
    return regions


def _town_of_the_address(
    ctx: DocContext,
    mention: Mention,
    by_start: dict[int, Mention],
    readings: dict[str, list[Choice]],
) -> Entry | None:
    """ "the village of Baguindan, Tipo-Tipo town, Basilan province": a name the gazetteer lacks,
    written as an address before a town it knows, lies at that town, not at the article's most
    named one. The town must be told as such (its kind word, or its own larger unit after it):
    a bare list of names ("Baguindan, Tipo-Tipo and Lamitan") places none in another."""
    following = by_start.get(mention.end + 2)
    if ctx.text[mention.end : mention.end + 2] != ", " or following is None:
        return None
    ranked = readings[mention_key(ctx, following)]
    if not ranked or not ranked[0].entry.level.startswith("PPL"):
        return None
    after = ctx.text[following.end : following.end + 40]
    return ranked[0].entry if TOWN_TOLD_AFTER.match(after) else None


def _town_said_near(
    ctx: DocContext,
    mention: Mention,
    mentions: list[Mention],
    readings: dict[str, list[Choice]],
) -> Entry | None:
    """ "the village of Velyka near Kupyansk": the town a name the gazetteer lacks, or holds only
    as small places far from that town, is said to lie near."""
    town = next((m for m in mentions if m.start > mention.end), None)
    if town is None or not NEAR_LINK.fullmatch(ctx.text, mention.end, town.start):
        return None
    towns = readings[mention_key(ctx, town)]
    if not towns or not towns[0].entry.level.startswith("PPL"):
        return None
    place = towns[0].entry
    ranked = readings[mention_key(ctx, mention)]
    if any(important(c.entry) or within_km(c.entry, place, NEAR_TOWN_KM) for c in ranked):
        return None
    return place


def _region_outside_readings(
    ctx: DocContext,
    mention: Mention,
    ranked: list[Choice],
    qualified: dict[int, tuple[Entry, ...]],
) -> Entry | None:
    qualifiers = qualified.get(mention.start, ())
    if not qualifiers or not STATED_REGION.match(ctx.text, mention.end):
        return None
    if any(
        c.entry.level in COUNTRY_LEVELS or qualifier_bonus(c.entry, qualifiers) > 0 for c in ranked
    ):
        return None
    return qualifiers[0]


def _state_of_the_address(
    ctx: DocContext,
    mention: Mention,
    by_start: dict[int, Mention],
    readings: dict[str, list[Choice]],
) -> Entry | None:
    """ "Tiverton, Ontario": a name written with its state or province after a comma, which the
    gazetteer knows only as small places elsewhere, lies in that state; not a name inside a list
    ("Zaire, Bundibugyo, Ivory Coast") nor one the gazetteer lacks, which stays where the
    article's other places are."""
    ranked = readings[mention_key(ctx, mention)]
    following = by_start.get(mention.end + 2)
    if (
        not ranked
        or following is None
        or ctx.text[mention.end : following.start] != ", "
        or ctx.text[max(0, mention.start - 2) : mention.start] == ", "
        or any(important(c.entry) for c in ranked)
    ):
        return None
    states = readings[mention_key(ctx, following)]
    state = states[0].entry if states else None
    if state is None or state.level not in ADMIN_LEVELS:
        return None
    return None if any(qualifier_bonus(c.entry, (state,)) > 0 for c in ranked) else state


def _country_outside_readings(owners: tuple[Entry, ...], ranked: list[Choice]) -> Entry | None:
    """The country the name is said to lie in, when its readings are only small places in
    other countries; a well-known place stays itself ("Russia's envoy in London"), and a name
    the gazetteer lacks is placed more closely, where the article's other places are."""
    countries = {e.country for e in owners}
    if not ranked or any(c.entry.country in countries or important(c.entry) for c in ranked):
        return None
    return owners[0] if owners else None
