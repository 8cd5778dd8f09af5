"""A place name's gazetteer candidates scored on what the name itself says, before the article.

This is the first pass of resolution (`place_resolution` adds the article's other places): the
prior from feature type and population, feature words around the name ("the city of X", "X
province"), a unit suffix ("Sokoto State"), a comma qualifier ("Portland, Maine") and which
candidate owns the name. It also holds the vocabulary of levels and cues the recognisers share,
so that recognition and resolution read a name the same way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

# haversine_km is read from here by older callers (evaluation, tests); it lives in place_distances
from sitrep.extract.place_building_names import building_penalty
from sitrep.extract.place_distances import haversine_km as haversine_km
from sitrep.extract.place_distances import within_km
from sitrep.extract.place_spellings import SPELLING_BONUS, outsized_spelling
from sitrep.gazetteer.names import normalize

if TYPE_CHECKING:
    from sitrep.extract.context import DocContext
    from sitrep.gazetteer import Entry

CITY_CUES = frozenset(
    {"city", "town", "village", "capital", "port", "settlement", "hamlet", "suburb", "municipality"}
)
ADMIN1_CUES = frozenset(
    {"province", "region", "oblast", "state", "governorate", "krai", "republic", "prefecture"}
)
ADMIN2_CUES = frozenset({"county", "district", "raion", "parish"})
FEATURE_CUES = CITY_CUES | ADMIN1_CUES | ADMIN2_CUES
# Words that call a place a country ("the Black Sea nation of X"); "republic" names countries
# first, and also the republics inside Russia, so it favours both levels, countries more.
COUNTRY_CUES = frozenset({"country", "nation", "kingdom", "republic"})
TYPE_CUES = FEATURE_CUES | COUNTRY_CUES
# Passages named after the place where they lie or that they lead to: "the Rafah crossing".
PASSAGE_WORDS = frozenset({"checkpoint", "checkpoints", "crossing", "corridor"})
ADMIN_LEVELS = frozenset({"ADM1", "ADM2"})
COUNTRY_LEVELS = frozenset({"PCLI"})
IMPORTANT_LEVELS = frozenset({"PCLI", "CONT", "ADM1", "PPLC", "region", "SEA", "OCN", "GULF"})
IMPORTANT_POPULATION = 100_000
NAME_ALTERNATE, NAME_DEMONYM = 1, 3


@dataclass(frozen=True)
class Mention:
    """A recognised name before resolution; `entries` are its gazetteer candidates."""

    start: int
    end: int
    entries: tuple[Entry, ...]
    demonym: bool = False
    head: int = -1  # token index of the name's last token, for the parse-based rules
    inner: tuple[Entry, ...] = ()  # candidates of a known place inside an unknown name
    in_name: bool = False  # opens a firm's or a person's name ("Norwich Quantiva")


# What marks the key of a place's name inside another name: it is read apart from the others.
NAME_PART = " (in a name)"


def mention_key(ctx: DocContext, mention: Mention) -> str:
    """The name a mention is indexed by: every mention of one name shares its readings; a name
    inside a firm's name shares them with the others inside one."""
    key = normalize(ctx.text[mention.start : mention.end])
    return key + NAME_PART if mention.in_name else key


@dataclass(frozen=True)
class Choice:
    """A candidate reading of a name with its score so far; the higher, the likelier."""

    entry: Entry
    score: float


def rank_alone(
    ctx: DocContext, group: list[Mention], qualified: dict[int, tuple[Entry, ...]]
) -> list[Choice]:
    """The group's candidates, best first, on what the names and their neighbours say."""
    entries = list({e.id: e for m in group for e in (m.entries or m.inner)}.values())
    if any(e.kind == NAME_DEMONYM for e in entries):  # "English" is England, not English, Ind.
        entries = [e for e in entries if e.kind == NAME_DEMONYM or important(e)]
    cues = _cues(ctx, _bare_capital_mentions(ctx, group, entries))
    qualifiers = tuple(e for m in group for e in qualified.get(m.start, ()))
    choices = [
        Choice(
            e,
            prior(e)
            + _cue_bonus(e, cues)
            + qualifier_bonus(e, qualifiers)
            + _name_owner_bonus(e, entries, ctx.text[group[0].start : group[0].end])
            + building_penalty(e, entries, ctx.text[group[0].start : group[0].end]),
        )
        for e in entries
    ]
    suffix = _unit_suffix(ctx, group)
    if suffix:  # "Sokoto State", "Guma LGA": the unit the name's own last word says
        choices = [Choice(c.entry, c.score + 3.0 * (c.entry.level == suffix)) for c in choices]
    elif _admin_context(ctx, group):  # "upstate X", "X state", "Albany, X": the state
        choices = [Choice(c.entry, c.score + 3.0 * _named_unit(c.entry, entries)) for c in choices]
    elif not cues & ADMIN1_CUES:
        choices = [Choice(c.entry, c.score + _city_over_state(c.entry, entries)) for c in choices]
    return sorted(choices, key=lambda c: -c.score)


def _bare_capital_mentions(
    ctx: DocContext, group: list[Mention], entries: Iterable[Entry]
) -> list[Mention]:
    """The mentions whose feature words tell what a capital's name means: "Kyiv and Moscow swap
    prisoners" stays the capital though "the Moscow region" is named too, for a unit word after
    the name settles that mention alone (`place_units`). Other names keep every mention's cue
    ("Idlib province ... in Idlib")."""
    if not any(e.level == "PPLC" for e in entries):
        return group
    bare = [m for m in group if not _unit_word_after(ctx.text, m.end)]
    return bare or group


def _unit_word_after(text: str, end: int) -> bool:
    """ "Moscow region", "Kabul province": a first-level unit word follows the name."""
    words = text[end : end + 20].split()
    return bool(words) and words[0].lower().strip(".,;:") in ADMIN1_CUES


BIG_CITY = 1_000_000
OWNER_RATIO = 10


def _named_unit(entry: Entry, entries: Iterable[Entry]) -> bool:
    """A state, or a county no town of its country shares a name with ("Ipswich, Suffolk"):
    a county named like a town ("Liverpool", "Bristol") is still the town."""
    if entry.level == "ADM1":
        return True
    return entry.level == "ADM2" and not any(
        e.level.startswith("PPL") and e.country == entry.country for e in entries
    )


# How much less a town known by a name only as an alias is worth than a town of that main name.
ODD_ALIAS_PENALTY = 1.0


def _name_owner_bonus(entry: Entry, entries: Iterable[Entry], text: str) -> float:
    """A name owned by an important place is that place: "Oklahoma" is the state, not Oklahoma
    City by its short form; "Mexico" is the country, not its state of México. An owner a tenth
    the size does not own a spelling of a bigger place's name: "St. Petersburg" is still
    Russia's city."""
    entries = list(entries)
    rivals = [e for e in entries if e.kind == 0 and e.id != entry.id]
    if entry.kind == NAME_ALTERNATE and set(normalize(text).split()) & set(
        normalize(entry.name).split()
    ):
        rivals = [e for e in rivals if e.population * OWNER_RATIO >= entry.population]
    owners = [e for e in rivals if important(e)]
    if entry.kind == NAME_ALTERNATE and owners:
        return -1.5
    towns = [e for e in rivals if e.level.startswith("PPL")]
    if entry.kind == NAME_ALTERNATE and entry.level.startswith("PPL") and towns:
        if outsized_spelling(entry, towns, text):
            return SPELLING_BONUS
        return -ODD_ALIAS_PENALTY  # "the town of Centralia" is Centralia, not Fargo by an alias
    if entry.level == "ADM1" and any(
        e.level in COUNTRY_LEVELS and e.country == entry.country for e in owners
    ):
        return -2.0
    if (
        entry.level == "region"
        and entry.country
        and any(e.level in COUNTRY_LEVELS and e.country == entry.country for e in entries)
    ):
        return -3.0  # "Great Britain", "Britain": the state the news means, not the island
    return 0.0


def _city_over_state(entry: Entry, entries: Iterable[Entry]) -> float:
    """ "New York", "Washington": a big city or capital named like a state means the city,
    unless a state cue says otherwise ("New York State", "upstate", "Albany, New York")."""
    level = _ranked_level(entry)  # a capital of 1,000 people is no "big city" (Hamilton, BM)
    if level not in ("PPL", "PPLC") or (level != "PPLC" and entry.population < BIG_CITY):
        return 0.0
    if any(e.level in COUNTRY_LEVELS for e in entries):
        return 0.0  # "Mexico" is the country
    return 4.0 if any(e.level == "ADM1" and e.country == entry.country for e in entries) else 0.0


UNIT_SUFFIXES = {
    "state": "ADM1",
    "province": "ADM1",
    "region": "ADM1",
    "governorate": "ADM1",
    "oblast": "ADM1",
    "lga": "ADM2",
    "area": "ADM2",
    "county": "ADM2",
    "district": "ADM2",
}


def _unit_suffix(ctx: DocContext, group: list[Mention]) -> str | None:
    """The unit level named by the last word of a name the gazetteer knows only inside it."""
    if any(m.entries for m in group):
        return None
    words = ctx.text[group[0].start : group[0].end].lower().split()
    return UNIT_SUFFIXES.get(words[-1]) if len(words) > 1 else None


def _admin_context(ctx: DocContext, group: list[Mention]) -> bool:
    """A state reading is cued: "upstate X", "X state", or "Town, X" (a qualifier)."""
    for mention in group:
        before = ctx.text[max(mention.start - 30, 0) : mention.start]
        after = ctx.text[mention.end : mention.end + 10].lower()
        if "upstate" in before.lower() or after.startswith((" state", " governor", " legislat")):
            return True
        words = before.rstrip().split()
        if words and words[-1].endswith(",") and words[-1][:1].isupper():
            return True
    return False


LEVEL_PRIORS = {
    "PCLI": 4.0,
    "CONT": 3.5,
    "region": 6.0,
    "SEA": 6.0,
    "OCN": 6.0,
    "GULF": 5.0,
    "PPLC": 2.0,
    "ADM1": 1.5,
    "PPL": 0.5,
    "ADM2": -0.5,
}


# A capital smaller than this starts as a town does: its rank as a capital would make it outrank
# every larger namesake ("Victoria", Seychelles, over Victoria, British Columbia).
SMALL_CAPITAL_POPULATION = 50_000


def prior(entry: Entry) -> float:
    """How likely a bare mention of this name means this place, before context."""
    level_prior = LEVEL_PRIORS.get(_ranked_level(entry), 0.0)
    population = math.log10(entry.population + 1) * 0.6
    if entry.level in ADMIN_LEVELS:
        population -= 1.2  # a unit's population sums its towns; do not let it beat its capital
    return level_prior + population + _kind_penalty(entry)


def _kind_penalty(entry: Entry) -> float:
    """An alternate name says less than a main one, except for the places everyone renames."""
    if entry.kind == NAME_ALTERNATE:
        return -0.5 if important(entry) else -2.0
    return {2: -0.6}.get(entry.kind, 0.0)


def important(entry: Entry) -> bool:
    return _ranked_level(entry) in IMPORTANT_LEVELS or entry.population >= IMPORTANT_POPULATION


def _ranked_level(entry: Entry) -> str:
    """The level a reading is ranked by: a small capital ("Downtown", "Stanley", "Victoria" of
    the Seychelles) is a town like any other when it comes to outranking namesakes or surviving
    as a common word; it stays a capital for "the Maltese capital" and "Valletta said"."""
    if entry.level == "PPLC" and entry.population < SMALL_CAPITAL_POPULATION:
        return "PPL"
    return entry.level


def _cues(ctx: DocContext, group: list[Mention]) -> set[str]:
    """Feature-type words that name the type of any of the mentions.

    "the city of X", "X province", "X, the western Russian province", "X is a town"; not an
    owner ("X, the country's largest state" is a state, whatever the country is).
    """
    cues: set[str] = set()
    doc = ctx.doc
    for mention in group:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
        after = [t.lower_ for t in doc[span.end : span.end + 7]]  # six words and the next
        if len(before) == 2 and before[1] == "of" and before[0] in TYPE_CUES - {"capital"}:
            cues.add(before[0])
        if after[:1] and after[0] in FEATURE_CUES:
            cues.add(after[0])
        if after[:2] in ([",", "the"], [",", "a"], ["is", "a"], ["is", "the"], ["was", "a"]):
            cues |= {
                word
                for i, word in enumerate(after[2:6], start=2)
                if word in TYPE_CUES and after[i + 1 : i + 2] not in (["'s"], ["’s"])
            }
    return cues


def _cue_bonus(entry: Entry, cues: set[str]) -> float:
    if not cues:
        return 0.0
    if cues & CITY_CUES:
        return 3.0 if entry.level.startswith("PPL") else -2.0
    if cues & COUNTRY_CUES:  # "X, the former Soviet republic": the country, or a republic in one
        if entry.level in COUNTRY_LEVELS:
            return 3.0
        return 1.0 if "republic" in cues and entry.level == "ADM1" else -2.0
    if cues & ADMIN1_CUES:
        return 3.0 if entry.level == "ADM1" else (1.0 if entry.level == "ADM2" else -2.0)
    return 3.0 if entry.level == "ADM2" else -1.0


# ", " / ", in " / " in the " / " lies in ": what joins a place to the larger one it lies in;
# "in neighbouring Kaduna state" tells the state as surely as "in Kaduna state".
QUALIFIER_LINK = re.compile(
    r",(?: in)?(?: the)? ?(?:(?:neighbou?ring|nearby) )?"
    r"|(?: lies)? in(?: the)? (?:(?:north|south|east|west|central|neighbou?ring|nearby)[\w-]* )?"
    r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}['’]s )?"  # "South Sudan's Upper Nile state"
)


def find_qualifiers(mentions: list[Mention], text: str) -> dict[int, tuple[Entry, ...]]:
    """ "Parkland, Florida", "Pandi, Bulacan", "Paris, in Lamar County", "the village of
    Vyshneve in the Donetsk region": the larger place after a comma or "in"."""
    by_start = {m.start: m for m in mentions}
    found: dict[int, tuple[Entry, ...]] = {}
    for mention in mentions:
        link = QUALIFIER_LINK.match(text, mention.end)
        if link is None:
            continue
        after = link.end()
        following = next((by_start[s] for s in range(after, after + 3) if s in by_start), None)
        if following is not None:
            larger = tuple(e for e in following.entries if e.level in QUALIFIER_LEVELS)
            if larger:
                found[mention.start] = larger
    return found


QUALIFIER_LEVELS = frozenset({"ADM1", "ADM2", "PCLI"})


def qualifier_bonus(entry: Entry, qualifiers: tuple[Entry, ...]) -> float:
    """A candidate inside the qualifying place gains; one outside it loses."""
    if not qualifiers or entry.level in COUNTRY_LEVELS or entry.country is None:
        return 0.0  # a region across borders ("Kurdistan") is in no one country
    for larger in qualifiers:
        if larger.level == "ADM1" and entry.admin1_id == larger.id:
            return 3.0
        if larger.level == "PCLI" and entry.country == larger.country:
            return 2.0
        if larger.level == "ADM2" and entry.country == larger.country and _near(entry, larger):
            return 3.0
    return -1.0


def _near(a: Entry, b: Entry, km: float = 80.0) -> bool:
    return within_km(a, b, km)
